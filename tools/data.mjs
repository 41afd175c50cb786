// What the generators under tools/ share: the project root, and the rows of a table in data/ (tab-separated, its
// first line a header, lines starting with # and blank lines left out).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function rows(file) {
  return readFileSync(join(root, 'data', file), 'utf8')
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split('\t'));
}
