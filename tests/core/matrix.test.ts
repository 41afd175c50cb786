import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeMatrix } from './matrixTable';

const BEGIN = '<!-- matrix:begin -->';
const END = '<!-- matrix:end -->';

describe('docs/error-matrix.md', () => {
  it('shows exactly the codes esemu returns in each state', () => {
    const doc = readFileSync(join(__dirname, '../../docs/error-matrix.md'), 'utf8');
    const start = doc.indexOf(BEGIN);
    const end = doc.indexOf(END);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(start);
    const documented = doc.slice(start + BEGIN.length, end).trim();
    const computed = computeMatrix();
    if (documented !== computed) {
      throw new Error(`docs/error-matrix.md is out of date; the table between the markers should be:\n\n${computed}\n`);
    }
    expect(documented).toBe(computed);
  });
});
