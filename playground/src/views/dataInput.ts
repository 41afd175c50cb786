import { columnValueBytes, JET_coltypText, JET_coltypLongText } from '../../../src/index';
import { CONSTANTS } from '../grbits';
import { h } from '../dom';

/** The type a value is written for: a column type and, for text, its code page. */
export interface ValueType {
  coltyp: number;
  cp: number;
}

/** How a value is written as an expression of the script helpers, and its bytes (null: not a value of the type). */
interface Encoding {
  label: string;
  code: (v: string) => string;
  bytes: (v: string) => Uint8Array | null;
}

const UNICODE = 1200;
const ASCII = 1252;
const COLTYP_NAMES = new Map(Object.entries(CONSTANTS).filter(([n]) => /^JET_coltyp[A-Z]/.test(n) && !/^JET_coltyp(Nil|SLV|Max)$/.test(n)).map(([n, v]) => [v, n]));
const isText = (coltyp: number): boolean => coltyp === JET_coltypText || coltyp === JET_coltypLongText;

/** A value for a column type, as `value(JET_coltypShort, "5")` (text types with their code page). */
function typed(t: ValueType): Encoding {
  const name = COLTYP_NAMES.get(t.coltyp) ?? String(t.coltyp);
  const cp = isText(t.coltyp) ? `, ${t.cp === UNICODE ? UNICODE : ASCII}` : '';
  const page = isText(t.coltyp) ? (t.cp === UNICODE ? ' (Unicode)' : ' (ASCII)') : '';
  return { label: `${name}${page}`, code: (v) => `value(${name}, ${JSON.stringify(v)}${cp})`, bytes: (v) => columnValueBytes(t.coltyp, t.cp, v) };
}

const utf8 = (v: string): Uint8Array => new TextEncoder().encode(v);
const digits = (v: string): string => v.replace(/[^0-9a-f]/gi, '');

/** The fixed encodings, then one per column type. */
const ENCODINGS: Readonly<Record<string, Encoding>> = {
  text: { label: 'text (UTF-8)', code: (v) => `text(${JSON.stringify(v)})`, bytes: utf8 },
  int32: { label: '32-bit integer (JET_coltypLong)', code: (v) => `int32(${Number(v) | 0})`, bytes: () => new Uint8Array(4) },
  hex: { label: 'bytes in hex', code: (v) => `hex(${JSON.stringify(digits(v))})`, bytes: (v) => new Uint8Array(digits(v).length >> 1) },
  ...Object.fromEntries([...COLTYP_NAMES.keys()].flatMap((coltyp) => (isText(coltyp)
    ? [[`${coltyp}/${UNICODE}`, typed({ coltyp, cp: UNICODE })], [`${coltyp}/${ASCII}`, typed({ coltyp, cp: ASCII })]]
    : [[String(coltyp), typed({ coltyp, cp: 0 })]]))),
};

/** The encoding key of a column type. */
function keyOf(t: ValueType): string {
  return isText(t.coltyp) ? `${t.coltyp}/${t.cp === UNICODE ? UNICODE : ASCII}` : String(t.coltyp);
}

/**
 * The data helper beside a byte-array argument (pvData, ...): a value and how it is encoded. It writes the
 * argument's expression (`text("abc")`, `int32(5)`, `hex("0a0b")`, `value(JET_coltypShort, "5")`) and, when the
 * next argument is its size (cb...), the size. With `columnType` (the call names a column), "as the column's
 * type" follows the chosen column; `resync` is to be called when the column changes.
 */
export function dataInput(param: string, input: HTMLInputElement, size: HTMLInputElement | null, changed: () => void,
  columnType: (() => ValueType | null) | null): { element: HTMLElement; resync: () => void } {
  const enc = h('select', { 'aria-label': `encode ${param} as` },
    ...(columnType === null ? [] : [h('option', { value: 'column' }, "as the column's type")]),
    ...Object.entries(ENCODINGS).map(([k, e]) => h('option', { value: k }, e.label)));
  const value = h('input', { type: 'text', 'aria-label': `value of ${param}`, 'data-value-for': param, placeholder: 'value' });
  const note = h('span', { class: 'note', 'aria-live': 'polite', 'data-note-for': param });
  let touched = false;
  const sync = (): void => {
    touched = true;
    let e = ENCODINGS[enc.value];
    if (enc.value === 'column') {
      const t = columnType?.() ?? null;
      e = t === null ? ENCODINGS.text : ENCODINGS[keyOf(t)] ?? ENCODINGS.hex;
      note.textContent = t === null ? '(no column of a known type chosen: text)' : `(${e.label})`;
    } else note.textContent = '';
    const bytes = e.bytes(value.value);
    if (bytes === null) note.textContent = `"${value.value}" is not a value of ${e.label}`;
    input.value = e.code(value.value);
    if (size !== null) size.value = String(bytes?.length ?? 0);
    changed();
  };
  enc.addEventListener('change', sync);
  value.addEventListener('input', sync);
  return { element: h('span', { class: 'data' }, enc, value, note), resync: () => { if (touched && enc.value === 'column') sync(); } };
}
