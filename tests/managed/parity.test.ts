/**
 * Every flat Jet* function has a managed counterpart of the same name, or a documented reason in
 * src/managed/unmapped.ts for not having one, so the managed layer keeps up as the flat API grows.
 */
import { createEmulator } from '../../src';
import { Api, unmappedFlatFunctions } from '../../src/managed';

const flat = Object.keys(createEmulator().api).filter((name) => name.startsWith('Jet'));
const managed = Api as unknown as Record<string, unknown>;

describe('managed / flat parity', () => {
  it('finds the flat API (sanity: it has its core functions)', () => {
    expect(flat).toEqual(expect.arrayContaining(['JetBeginSession', 'JetSeek', 'JetRetrieveColumn']));
  });

  it('has a managed function for each flat Jet* function not listed as unmapped', () => {
    const missing = flat.filter((name) => typeof managed[name] !== 'function' && !(name in unmappedFlatFunctions));
    expect(missing).toEqual([]);
  });

  it('lists as unmapped only real flat functions, each with a reason, none also mapped', () => {
    for (const [name, reason] of Object.entries(unmappedFlatFunctions)) {
      expect(flat).toContain(name);
      expect(reason.trim().length).toBeGreaterThan(10);
      expect(typeof managed[name]).not.toBe('function');
    }
  });

  it('has no managed Jet* function without a flat one behind it', () => {
    const extra = Object.keys(managed).filter((name) => name.startsWith('Jet') && !flat.includes(name));
    expect(extra).toEqual([]);
  });
});
