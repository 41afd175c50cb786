import type { StateDump } from '../../src/index';
import type { Aliases } from './aliases';

/** A dump with its handles (the `handle` and `dbid` fields) shown as the page knows them. */
export function pageDump(dump: StateDump, aliases: Aliases): StateDump {
  if (aliases.size === 0) return dump;
  const copy = (v: unknown, key: string): unknown => {
    if (typeof v === 'number') return key === 'handle' || key === 'dbid' ? aliases.toPage(v) : v;
    if (typeof v !== 'object' || v === null) return v;
    if (Array.isArray(v)) return v.map((x) => copy(x, ''));
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) o[k] = copy(x, k);
    return o;
  };
  return copy(dump, '') as StateDump;
}
