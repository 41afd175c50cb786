/**
 * docs/managed.md's examples: every ts block of the page is quoted from examples/managed.ts (with 'esemu/managed'
 * for '../src/managed'), and the example program runs here with the results its own logic implies.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emulator } from '../../src';
import { main } from '../../examples/managed';
import { JET_err } from '../../src/managed';

const root = join(__dirname, '..', '..');

describe('docs/managed.md', () => {
  beforeEach(() => emulator.reset());

  it('quotes only code that is in examples/managed.ts', () => {
    const page = readFileSync(join(root, 'docs/managed.md'), 'utf8');
    const example = readFileSync(join(root, 'examples/managed.ts'), 'utf8');
    const blocks = [...page.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1].replace(/'esemu\/managed'/g, "'../src/managed'"));
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    for (const block of blocks) expect(example).toContain(block);
  });

  it('runs the address book: name order, a prefix range, a typed duplicate error, escrow, dates', () => {
    const result = main();
    expect(result.all).toEqual(['Alice', 'Anna', 'Bob']);
    expect(result.withA).toEqual(['Alice', 'Anna']);
    expect(result.duplicate).toBe(`duplicate (${JET_err.KeyDuplicate})`);
    expect(result.visits).toBe(2);
    expect(result.born).toEqual(new Date(Date.UTC(1985, 0, 2)));
  });

  it('leaves nothing open: every wrapper was disposed, so the instance is gone', () => {
    main();
    expect(emulator.dump().instances).toEqual([]);
  });
});
