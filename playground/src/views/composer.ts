import type { StateDump } from '../../../src/index';
import { byId, h } from '../dom';
import { SIGNATURES } from '../generated/signatures';
import { constantsFor } from '../grbits';
import type { ParamSignature } from '../paramSignature';
import { dataInput, ValueType } from './dataInput';

const HANDLE_TYPES = ['JET_INSTANCE', 'JET_SESID', 'JET_TABLEID', 'JET_DBID', 'JET_COLUMNID'];

/** The live handles of a kind, as [value, description]. */
function handles(d: StateDump, type: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  for (const i of d.instances) {
    if (type === 'JET_INSTANCE') out.push([i.handle, `instance ${i.handle} ${i.name ?? ''} [${i.state}]`]);
    if (type === 'JET_DBID') for (const a of i.attached) out.push([a.dbid, `database ${a.dbid} ${a.path}`]);
    for (const s of i.sessions) {
      if (type === 'JET_SESID') out.push([s.handle, `session ${s.handle} level ${s.level}`]);
      if (type === 'JET_TABLEID') for (const c of s.cursors) out.push([c.handle, `${c.kind} ${c.handle} (session ${s.handle})`]);
    }
  }
  if (type === 'JET_COLUMNID') {
    for (const f of d.files) for (const t of f.tables) for (const c of t.columns) out.push([c.columnid, `column ${c.columnid} ${t.name}.${c.name}`]);
    for (const i of d.instances) {
      for (const s of i.sessions) for (const c of s.cursors) for (const col of c.columns ?? []) out.push([col.columnid, `column ${col.columnid} of ${c.kind} ${c.handle}`]);
    }
  }
  return out;
}

/** The type of column `columnid` of what cursor `tableid` is on, when both are plain numbers and known. */
function columnOf(d: StateDump, tableid: number, columnid: number): ValueType | null {
  for (const i of d.instances) {
    for (const s of i.sessions) {
      for (const c of s.cursors) {
        if (c.handle !== tableid) continue;
        if (c.columns !== undefined) return c.columns.find((col) => col.columnid === columnid) ?? null;
        // A table cursor's phase is its table's name.
        for (const f of d.files) {
          const col = f.tables.find((t) => t.name === c.phase)?.columns.find((x) => x.columnid === columnid);
          if (col !== undefined) return col;
        }
        return null;
      }
    }
  }
  return null;
}

function defaultValue(p: ParamSignature, d: StateDump | null): string {
  const t = p.type;
  // JetInit's box: the newest instance's handle in it (JetInit(null) would mean the one-instance mode's instance).
  if (t === 'Out<JET_INSTANCE> | null') {
    const last = d?.instances[d.instances.length - 1];
    return last === undefined ? 'null' : `out(${last.handle})`;
  }
  if (t.startsWith('Out<')) return `${p.name} = out()`;
  if (t === 'string' || t.startsWith('string |')) return "''";
  if (t.includes('null')) return 'null';
  if (t.endsWith('[]')) return '[]';
  if (t === 'unknown') return 'null';
  return '0';
}

/**
 * The call composer: pick a function, fill its arguments (each a JavaScript expression, with helpers: live handles
 * to choose from, option flags as checkboxes, `out()` boxes named after the parameter), see the code, run it.
 */
export class Composer {
  private readonly select = byId<HTMLSelectElement>('composer-api');
  private readonly args = byId<HTMLElement>('composer-args');
  private readonly code = byId<HTMLElement>('composer-code');
  private inputs: HTMLInputElement[] = [];
  private resyncs: Array<() => void> = [];
  private dump: StateDump | null = null;

  constructor(apis: readonly string[], private readonly run: (code: string, outs: string[]) => void) {
    for (const name of [...apis].sort()) this.select.append(h('option', { value: name }, name));
    this.select.value = 'JetCreateInstance';
    this.select.addEventListener('change', () => this.build());
    byId('composer-run').addEventListener('click', () => this.run(this.line(), this.outs()));
  }

  /** Show the live handles; rebuilds the argument rows when the function changed. */
  update(dump: StateDump): void {
    const first = this.dump === null;
    this.dump = dump;
    if (first) this.build();
    else this.refreshHandles();
  }

  private sig(): readonly ParamSignature[] {
    return SIGNATURES[this.select.value] ?? [];
  }

  line(): string {
    return `${this.select.value}(${this.inputs.map((i) => i.value.trim() === '' ? 'undefined' : i.value).join(', ')})`;
  }

  private outs(): string[] {
    return this.sig().filter((p) => p.type.startsWith('Out<')).map((p) => p.name);
  }

  private showCode(): void {
    this.code.textContent = this.line();
  }

  /** The type of the column the call names (its tableid and columnid arguments), when known. */
  private columnType(): ValueType | null {
    const sig = this.sig();
    const arg = (name: string): number => Number(this.inputs[sig.findIndex((p) => p.name === name)]?.value);
    return this.dump === null ? null : columnOf(this.dump, arg('tableid'), arg('columnid'));
  }

  /** A change of an argument: data helpers that follow the column's type write their value again. */
  private edited(param: string): void {
    if (param === 'tableid' || param === 'columnid') for (const r of this.resyncs) r();
    this.showCode();
  }

  private build(): void {
    const sig = this.sig();
    this.resyncs = [];
    this.inputs = sig.map((p, n) => h('input', { id: `arg-${n}`, type: 'text', value: defaultValue(p, this.dump), 'data-param': p.name, oninput: () => this.edited(p.name) }));
    const namesColumn = sig.some((p) => p.name === 'columnid') && sig.some((p) => p.name === 'tableid');
    const rows = sig.map((p, n) => {
      const id = `arg-${n}`;
      const input = this.inputs[n];
      const extra: Node[] = [];
      if (HANDLE_TYPES.includes(p.type)) extra.push(this.handleSelect(p, input));
      if (p.type.startsWith('Uint8Array')) {
        const next = sig[n + 1] !== undefined && sig[n + 1].name.startsWith('cb') ? this.inputs[n + 1] : null;
        const data = dataInput(p.name, input, next, () => this.showCode(), namesColumn ? () => this.columnType() : null);
        this.resyncs.push(data.resync);
        extra.push(data.element);
      }
      const family = constantsFor(this.select.value, p.name);
      if (family.names.length > 0) extra.push(this.flags(p, family.names, family.combine, input));
      return h('div', { class: 'arg' }, h('label', { for: id }, `${p.name}`, h('span', { class: 'type' }, `: ${p.type}`)), input, ...extra);
    });
    this.args.replaceChildren(...rows);
    this.refreshHandles();
    this.showCode();
  }

  private handleSelect(p: ParamSignature, input: HTMLInputElement): HTMLSelectElement {
    const sel = h('select', { 'aria-label': `live handles for ${p.name}`, 'data-handles': p.type, onchange: () => {
      if (sel.value !== '') input.value = sel.value;
      this.edited(p.name);
    } });
    return sel;
  }

  private refreshHandles(): void {
    if (this.dump === null) return;
    for (const sel of Array.from(this.args.querySelectorAll<HTMLSelectElement>('select[data-handles]'))) {
      const type = sel.getAttribute('data-handles') ?? '';
      const list = handles(this.dump, type);
      const what = type === 'JET_COLUMNID' ? 'table column' : `live ${type}`;
      sel.replaceChildren(h('option', { value: '' }, list.length === 0 ? `(no ${what})` : `choose a ${what}`),
        ...list.map(([v, text]) => h('option', { value: String(v) }, text)));
      const input = sel.previousElementSibling as HTMLInputElement;
      if (input.value === '0' && list.length > 0 && type !== 'JET_COLUMNID') {
        input.value = String(list[list.length - 1][0]);
        sel.value = input.value;
      }
    }
    this.showCode();
  }

  private flags(p: ParamSignature, names: readonly string[], combine: boolean, input: HTMLInputElement): HTMLElement {
    const box = h('fieldset', { class: 'flags' }, h('legend', {}, combine ? `${p.name} flags` : `${p.name} values`));
    const boxes = names.map((n) => h('input', { type: combine ? 'checkbox' : 'radio', name: `flag-${p.name}`, value: n, id: `flag-${n}` }));
    const sync = (): void => {
      const on = boxes.filter((b) => b.checked).map((b) => b.value);
      input.value = on.length === 0 ? '0' : on.join(' | ');
      this.showCode();
    };
    boxes.forEach((b, i) => {
      b.addEventListener('change', sync);
      box.append(h('label', { for: `flag-${names[i]}` }, b, names[i]));
    });
    return box;
  }

  /** Choose a function and fill its arguments (as expressions), for lessons and tests. */
  set(api: string, values: readonly string[] = []): void {
    this.select.value = api;
    this.build();
    values.forEach((v, i) => {
      if (i < this.inputs.length) this.inputs[i].value = v;
    });
    this.showCode();
  }
}
