import { h } from '../dom';

/** How the composer writes a byte-array argument: the helper and how many bytes a value makes. */
const ENCODINGS = {
  text: { label: 'text (UTF-8)', code: (v: string) => `text(${JSON.stringify(v)})`, size: (v: string) => new TextEncoder().encode(v).length },
  int32: { label: '32-bit integer (JET_coltypLong)', code: (v: string) => `int32(${Number(v) | 0})`, size: () => 4 },
  hex: { label: 'bytes in hex', code: (v: string) => `hex(${JSON.stringify(v.replace(/[^0-9a-f]/gi, ''))})`, size: (v: string) => v.replace(/[^0-9a-f]/gi, '').length >> 1 },
} as const;
type Encoding = keyof typeof ENCODINGS;

/**
 * The data helper beside a byte-array argument (pvData, ...): a value and its encoding. It writes the argument's
 * expression (`text("abc")`, `int32(5)`, `hex("0a0b")`) and, when the next argument is its size (cb...), the size.
 */
export function dataInput(param: string, input: HTMLInputElement, size: HTMLInputElement | null, changed: () => void): HTMLElement {
  const enc = h('select', { 'aria-label': `encode ${param} as` },
    ...Object.entries(ENCODINGS).map(([k, e]) => h('option', { value: k }, e.label)));
  const value = h('input', { type: 'text', 'aria-label': `value of ${param}`, 'data-value-for': param, placeholder: 'value' });
  const sync = (): void => {
    const e = ENCODINGS[enc.value as Encoding];
    input.value = e.code(value.value);
    if (size !== null) size.value = String(e.size(value.value));
    changed();
  };
  enc.addEventListener('change', sync);
  value.addEventListener('input', sync);
  return h('span', { class: 'data' }, enc, value);
}
