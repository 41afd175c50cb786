import { errorName, rowText } from '../../src/index';
import type { CursorDump, StateDump } from '../../src/index';

/** One line of the state tree: a stable key (what it is), its depth and its text. */
export interface TreeLine {
  key: string;
  depth: number;
  text: string;
}

function cursorText(c: CursorDump): string {
  const what = c.kind === 'table' ? `table cursor ${c.handle} on ${c.phase}` : `${c.kind} ${c.handle} ${c.phase}`;
  return `${what}, ${c.rows} rows, opened at level ${c.levelOpen}${c.updatePrepared ? ', update prepared' : ''}`;
}

/** The line that says how many rows a preview left out, if it left out any. */
function more(lines: TreeLine[], key: string, depth: number, total: number, shown: readonly unknown[] | undefined, what: string): void {
  if (shown !== undefined && total > shown.length) lines.push({ key, depth, text: `… ${total - shown.length} more ${what}` });
}

/** The state tree as lines, in the order of `formatState`. */
export function flattenDump(d: StateDump): TreeLine[] {
  const checks = d.handleValidation === 'esent' ? '' : `, handle checks ${d.handleValidation}`;
  const lines: TreeLine[] = [{ key: 'emulator', depth: 0, text: `emulator (${d.runMode}, fidelity ${d.fidelity}${checks})` }];
  for (const inst of d.instances) {
    const flags = [inst.stopRequested ? 'stop requested' : '', inst.unavailable !== 0 ? `unavailable ${errorName(inst.unavailable)}` : '']
      .filter((f) => f !== '').map((f) => `, ${f}`).join('');
    const name = inst.name === null ? '(no name)' : `"${inst.name}"`;
    lines.push({ key: `i${inst.handle}`, depth: 1, text: `instance ${inst.handle} ${name} [${inst.state}${flags}]` });
    if (inst.versionStore.used > 0) {
      lines.push({ key: `i${inst.handle}/vs`, depth: 2, text: `version store ${inst.versionStore.used} of ${inst.versionStore.max} bytes` });
    }
    for (const a of inst.attached) {
      lines.push({ key: `i${inst.handle}/a${a.dbid}`, depth: 2, text: `database ${a.dbid} ${a.path} (opens ${a.opens}${a.readOnly ? ', read-only' : ''})` });
    }
    for (const s of inst.sessions) {
      const flags2 = [s.readOnly ? 'read-only' : '', s.context !== 0 ? `context ${s.context}` : '',
        s.rollbackFailure !== 0 ? `rollback failed ${errorName(s.rollbackFailure)}` : ''].filter((f) => f !== '').join(', ');
      lines.push({ key: `s${s.handle}`, depth: 2, text: `session ${s.handle} procid ${s.procid} level ${s.level}${flags2 === '' ? '' : `, ${flags2}`}` });
      for (const o of s.openDatabases) {
        lines.push({ key: `s${s.handle}/d${o.dbid}`, depth: 3, text: `open database ${o.dbid} ${o.path} x${o.count}` });
      }
      for (const c of s.cursors) {
        lines.push({ key: `c${c.handle}`, depth: 3, text: cursorText(c) });
        // A sort's rows have no identity of their own: they are keyed by position.
        (c.preview ?? []).forEach((r, n) => lines.push({ key: `c${c.handle}/${n}`, depth: 4, text: `row ${rowText(r)}` }));
        more(lines, `c${c.handle}/more`, 4, c.rows, c.preview, 'rows');
      }
      for (const t of s.tableChanges) {
        lines.push({ key: `s${s.handle}/t${t.table}`, depth: 3, text: `uncommitted: ${t.table}, ${t.changes} changes, ${t.locks} locks` });
        for (const r of t.preview ?? []) {
          lines.push({ key: `s${s.handle}/t${t.table}/${r.bookmark}`, depth: 4, text: `${r.change} ${rowText(r)}` });
        }
      }
    }
  }
  for (const f of d.files) {
    lines.push({ key: `f${f.path}`, depth: 1, text: `file ${f.path}` });
    for (const t of f.tables) {
      const cols = t.columns.map((c) => c.name).join(', ');
      lines.push({ key: `f${f.path}/${t.name}`, depth: 2, text: `table ${t.name}: ${t.records} records, columns (${cols})${t.versions > 0 ? `, ${t.versions} older versions` : ''}` });
      for (const r of t.preview ?? []) lines.push({ key: `f${f.path}/${t.name}/${r.bookmark}`, depth: 3, text: `record ${rowText(r)}` });
      more(lines, `f${f.path}/${t.name}/more`, 3, t.records, t.preview, 'records');
    }
  }
  return lines;
}

/** What changed between two states, one line each: "+ added", "- removed", "~ changed". */
export function diffLines(before: readonly TreeLine[], after: readonly TreeLine[]): string[] {
  const was = new Map(before.map((l) => [l.key, l.text]));
  const now = new Map(after.map((l) => [l.key, l.text]));
  const out: string[] = [];
  for (const l of before) if (!now.has(l.key)) out.push(`- ${l.text}`);
  for (const l of after) {
    const old = was.get(l.key);
    if (old === undefined) out.push(`+ ${l.text}`);
    else if (old !== l.text) out.push(`~ ${l.text} (was: ${old})`);
  }
  return out;
}
