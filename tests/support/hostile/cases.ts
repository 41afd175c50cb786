/** The hostile cases for each kind of argument, and what each must answer. */
import {
  JET_errInvalidSesid, JET_errInvalidTableId, JET_errInvalidInstance, JET_errSesidTableIdMismatch,
} from '../../../src';
import {
  boxValue, cyclicArray, cyclicObject, detached, getterOnlyBox, record, revoked, revokedArray, throwingField,
  throwingIndexArray, throwingSetterArray, throwingSetterBox,
} from './values';
import { foreign, keyDef } from './world';
import type { World } from './world';

/** Makes the value from the case's world and the valid argument it replaces. */
export type Make = (w: World, base: unknown) => unknown;
/** 'param': InvalidParameter; 'same': what the valid call answers; a number: that code. */
export type Expect = 'param' | 'same' | number;
export interface Case {
  label: string;
  expect: Expect;
  make: Make;
  /** Holds an array of length 2**32-1: run under `guarded`. */
  sparse?: boolean;
}

export const c = (label: string, expect: Expect, make: Make, sparse?: boolean): Case => ({ label, expect, make, sparse });

export function sparse(expect: Expect): Case[] {
  return [c('new Array(2**32-1)', expect, () => new Array<unknown>(2 ** 32 - 1), true)];
}

/** Values that are not numbers (nor handles) in any sense. */
export function notNumbers(expect: Expect, withNullish = true): Case[] {
  return [
    ...(withNullish ? [c('undefined', expect, () => undefined), c('null', expect, () => null)] : []),
    c('NaN', expect, () => NaN),
    c('Infinity', expect, () => Infinity),
    c('1.5', expect, () => 1.5),
    c("'1'", expect, () => '1'),
    c("''", expect, () => ''),
    c('Symbol()', expect, () => Symbol('s')),
    c('10n', expect, () => 10n),
    c('true', expect, () => true),
    c('a function', expect, () => () => 0),
    c('new Number(1)', expect, () => new Number(1)),
    c('{}', expect, () => ({})),
    c('frozen {}', expect, () => Object.freeze({})),
    c('sealed []', expect, () => Object.seal([])),
    c('revoked Proxy', expect, () => revoked()),
    c('revoked array Proxy', expect, () => revokedArray()),
    c('cyclic array', expect, () => cyclicArray()),
    c('cyclic object', expect, () => cyclicObject()),
    c('box with a throwing getter', expect, () => throwingField({ value: 0 }, 'value')),
    c('detached Uint8Array', expect, () => detached()),
    c('Uint8Array(4)', expect, () => new Uint8Array(4)),
    ...sparse(expect),
  ];
}

/** Junk in a handle position, plus the live handle in a form that is not a handle. */
function handleJunk(code: number, live: (w: World) => number, withNullish: boolean): Case[] {
  return [
    ...notNumbers(code, withNullish),
    c('live handle + 0.5', code, (w) => live(w) + 0.5),
    c('live handle + 2**32', code, (w) => live(w) + 2 ** 32),
    c('live handle as a string', code, (w) => String(live(w))),
    c('live handle as a BigInt', code, (w) => BigInt(live(w))),
  ];
}

export function sesCases(cursor: boolean, optional: boolean): Case[] {
  const code = JET_errInvalidSesid;
  return [
    c('stale sesid', code, (w) => w.stale.ses),
    c('foreign sesid', code, () => foreign().ses),
    c('an instance handle', code, (w) => w.inst),
    c("another session's tableid", code, (w) => w.otherTable),
    ...(optional ? [] : [c('0', code, () => 0), c('-1 (JET_sesidNil)', code, () => -1)]),
    ...(cursor ? [c('another live session', JET_errSesidTableIdMismatch, (w) => w.otherSes)] : []),
    ...handleJunk(code, (w) => w.ses, !optional),
  ];
}

export function tableCases(): Case[] {
  const code = JET_errInvalidTableId;
  return [
    c('stale tableid', code, (w) => w.stale.tableid),
    c('foreign tableid', code, () => foreign().tableid),
    c('a sesid', code, (w) => w.ses),
    c('0', code, () => 0),
    c('-1 (JET_tableidNil)', code, () => -1),
    c("another session's cursor", JET_errSesidTableIdMismatch, (w) => w.otherTable),
    ...handleJunk(code, (w) => w.otherTable, true),
  ];
}

export function instCases(optional: boolean): Case[] {
  const code = JET_errInvalidInstance;
  return [
    c('stale instance', code, (w) => w.stale.inst),
    c('foreign instance', code, () => foreign().inst),
    c('a sesid', code, (w) => w.ses),
    ...(optional ? [] : [c('0 (multi-instance mode)', 'param', () => 0), c('-1 (multi-instance mode)', 'param', () => -1)]),
    ...handleJunk(code, (w) => w.inst, false),
  ];
}

/** JetSetSystemParameter's pinstance: a box read for an instance handle. */
export function instBoxCases(): Case[] {
  const code = JET_errInvalidInstance;
  return [
    c('box of a stale instance', code, (w) => ({ value: w.stale.inst })),
    c('box of a foreign instance', code, () => ({ value: foreign().inst })),
    c('box of a sesid', code, (w) => ({ value: w.ses })),
    c("box of 'x'", code, () => ({ value: 'x' })),
    c('box of NaN', code, () => ({ value: NaN })),
    c('box of {}', code, () => ({ value: {} })),
    c('box with a throwing getter', 'param', () => throwingField({ value: 0 }, 'value')),
    c('revoked Proxy', 'param', () => revoked()),
    c('5', 'param', () => 5),
    c("'x'", 'param', () => 'x'),
    c('Symbol()', 'param', () => Symbol('b')),
    c('detached Uint8Array', 'param', () => detached()),
    ...sparse('param'),
  ];
}

/** Output boxes: must be objects whose `value` can be written. */
export function boxCases(required: boolean): Case[] {
  return [
    ...(required ? [c('null', 'param', () => null), c('undefined', 'param', () => undefined)] : []),
    c('0', 'param', () => 0),
    c("'x'", 'param', () => 'x'),
    c('Symbol()', 'param', () => Symbol('b')),
    c('10n', 'param', () => 10n),
    c('true', 'param', () => true),
    c('a function', 'param', () => () => 0),
    c('frozen box', 'param', (_w, base) => Object.freeze({ ...record(base) })),
    c('sealed {} (no value to write)', 'param', () => Object.seal({})),
    c('getter-only box', 'param', (_w, base) => getterOnlyBox(boxValue(base))),
    c('box with a throwing getter', 'param', () => throwingField({ value: 0 }, 'value')),
    c('box with a throwing setter', 'param', (_w, base) => throwingSetterBox(boxValue(base))),
    c('revoked Proxy', 'param', () => revoked()),
    c('revoked array Proxy', 'param', () => revokedArray()),
    c('sealed []', 'param', () => Object.seal([])),
    c('cyclic array', 'param', () => cyclicArray()),
    c('detached Uint8Array', 'param', () => detached()),
    c('Uint8Array(4)', 'param', () => new Uint8Array(4)),
    ...sparse('param'),
    c('cyclic box (valid)', 'same', (_w, base) => {
      const b: Record<string, unknown> = { ...record(base) };
      b.self = b;
      return b;
    }),
  ];
}

/** JetInit's in/out pinstance: read for the instance, written on the allocate path. */
export function initBoxCases(): Case[] {
  return [
    c('box of a stale instance', 'param', (w) => ({ value: w.stale.inst })),
    c('box of a foreign instance', 'param', () => ({ value: foreign().inst })),
    c('box of a sesid', 'param', (w) => ({ value: w.ses })),
    c("box of 'x'", 'param', () => ({ value: 'x' })),
    c('frozen box of the created instance', 'param', (_w, base) => Object.freeze({ ...record(base) })),
    c('sealed {}', 'param', () => Object.seal({})),
    c('getter-only box of the created instance', 'param', (_w, base) => getterOnlyBox(boxValue(base))),
    c('box with a throwing getter', 'param', () => throwingField({ value: 0 }, 'value')),
    c('box with a throwing setter', 'param', (_w, base) => throwingSetterBox(boxValue(base))),
    c('revoked Proxy', 'param', () => revoked()),
    c('5', 'param', () => 5),
    c("'x'", 'param', () => 'x'),
    c('Symbol()', 'param', () => Symbol('b')),
    ...sparse('param'),
  ];
}

export function stringCases(): Case[] {
  return [
    c('0', 'param', () => 0),
    c('1', 'param', () => 1),
    c('NaN', 'param', () => NaN),
    c('Symbol()', 'param', () => Symbol('s')),
    c('10n', 'param', () => 10n),
    c('true', 'param', () => true),
    c('a function', 'param', () => () => 'x'),
    c("new String('x')", 'param', () => new String('x')),
    c('{}', 'param', () => ({})),
    c('frozen {}', 'param', () => Object.freeze({})),
    c('revoked Proxy', 'param', () => revoked()),
    c('cyclic array', 'param', () => cyclicArray()),
    c('cyclic object', 'param', () => cyclicObject()),
    c('detached Uint8Array', 'param', () => detached()),
    ...sparse('param'),
  ];
}

/** Buffers; an output buffer may be null or undefined (size query), an input one only with a count of 0. */
export function bufferCases(input: boolean): Case[] {
  return [
    ...(input ? [c('null with a non-zero count', 'param', () => null), c('undefined', 'param', () => undefined)] : []),
    c('0', 'param', () => 0),
    c("'abcd'", 'param', () => 'abcd'),
    c('Symbol()', 'param', () => Symbol('s')),
    c('{}', 'param', () => ({})),
    c('frozen {}', 'param', () => Object.freeze({})),
    c('[1, 2, 3, 4]', 'param', () => [1, 2, 3, 4]),
    c('Uint16Array', 'param', (_w, base) => new Uint16Array((base as Uint8Array).length)),
    c('ArrayBuffer', 'param', (_w, base) => new ArrayBuffer((base as Uint8Array).length)),
    c('DataView', 'param', (_w, base) => new DataView(new ArrayBuffer((base as Uint8Array).length))),
    c('detached Uint8Array', 'param', (_w, base) => detached((base as Uint8Array).length)),
    c('revoked Proxy', 'param', () => revoked()),
    c('cyclic array', 'param', () => cyclicArray()),
    ...sparse('param'),
  ];
}

/** An input struct (its valid form is `base`); none of its fields is written. */
export function structCases(): Case[] {
  return [
    c('frozen struct (valid)', 'same', (_w, base) => Object.freeze({ ...record(base) })),
    c('sealed struct (valid)', 'same', (_w, base) => Object.seal({ ...record(base) })),
    c('cyclic struct (valid)', 'same', (_w, base) => {
      const s: Record<string, unknown> = { ...record(base) };
      s.self = s;
      return s;
    }),
    c('revoked Proxy', 'param', () => revoked()),
    c('revoked array Proxy', 'param', () => revokedArray()),
    c('5', 'param', () => 5),
    c("'x'", 'param', () => 'x'),
    c('Symbol()', 'param', () => Symbol('s')),
    c('cyclic array', 'param', () => cyclicArray()),
    ...sparse('param'),
    ...fieldCases('param'),
  ];
}

/** A struct with a throwing getter, or a Symbol, in each of its fields (the base decides which fields exist). */
function fieldCases(expect: Expect): Case[] {
  const out: Case[] = [];
  for (const key of FIELD_NAMES) {
    out.push(c(`throwing getter on .${key}`, expect, (_w, base) => (key in record(base) ? throwingField(base, key) : SKIP)));
    out.push(c(`.${key} = Symbol()`, expect, (_w, base) => (key in record(base) ? { ...record(base), [key]: Symbol(key) } : SKIP)));
  }
  return out;
}

/** Marks a derived case that does not apply to this argument (the field does not exist). */
export const SKIP = Symbol('skip');
const FIELD_NAMES = [
  'cbStruct', 'lcid', 'ibLongValue', 'itagSequence', 'prgcolumndef', 'ccolumn', 'grbit', 'prgcolumnid', 'szTemplateTableName',
];

/** JET_OPENTEMPORARYTABLE: read, with `tableid` and `prgcolumnid` written. */
export function ottCases(): Case[] {
  const copy = (base: unknown): Record<string, unknown> => ({ ...record(base) });
  return [
    c('frozen struct', 'param', (_w, base) => Object.freeze(copy(base))),
    c('sealed struct without tableid', 'param', (_w, base) => Object.seal(copy(base))),
    c('frozen prgcolumnid', 'param', (_w, base) => ({ ...copy(base), prgcolumnid: Object.freeze([]) })),
    c('prgcolumndef [undefined]', 'param', (_w, base) => ({ ...copy(base), prgcolumndef: [undefined] })),
    c('prgcolumndef new Array(1)', 'param', (_w, base) => ({ ...copy(base), prgcolumndef: new Array<unknown>(1) })),
    c('prgcolumndef revoked Proxy', 'param', (_w, base) => ({ ...copy(base), prgcolumndef: revokedArray() })),
    c('ccolumn 0x7fffffff', 'param', (_w, base) => ({ ...copy(base), ccolumn: 0x7fffffff })),
    c('ccolumn -1', 'param', (_w, base) => ({ ...copy(base), ccolumn: -1 })),
    c('ccolumn NaN', 'param', (_w, base) => ({ ...copy(base), ccolumn: NaN })),
    c('prgcolumndef new Array(2**32-1)', 'param', (_w, base) => ({ ...copy(base), prgcolumndef: new Array<unknown>(2 ** 32 - 1) }), true),
    c('revoked Proxy', 'param', () => revoked()),
    c('5', 'param', () => 5),
    c('Symbol()', 'param', () => Symbol('s')),
    c('cyclic array', 'param', () => cyclicArray()),
    c('null', 'param', () => null),
    ...sparse('param'),
    ...fieldCases('param'),
    c('cyclic struct (valid)', 'same', (_w, base) => {
      const s = copy(base);
      s.self = s;
      return s;
    }),
    c('frozen prgcolumndef array (valid)', 'same', (_w, base) => ({ ...copy(base), prgcolumndef: Object.freeze(keyDef()) })),
  ];
}

/** An input array of structs; `outputs` are the element fields the call writes. */
export function structArrayCases(fields: string[], outputs: string[]): Case[] {
  const elements = (base: unknown): Record<string, unknown>[] => (base as unknown[]).map((e) => ({ ...record(e) }));
  const withFirst = (base: unknown, first: unknown): unknown[] => {
    const a: unknown[] = elements(base);
    a[0] = first;
    return a;
  };
  const cases: Case[] = [
    c('null', 'param', () => null),
    c('undefined', 'param', () => undefined),
    c('5', 'param', () => 5),
    c("'x'", 'param', () => 'x'),
    c('Symbol()', 'param', () => Symbol('s')),
    c('{}', 'param', () => ({})),
    c('frozen {}', 'param', () => Object.freeze({})),
    c('revoked array Proxy', 'param', () => revokedArray()),
    c('revoked Proxy', 'param', () => revoked()),
    c('[undefined]', 'param', () => [undefined]),
    c('a hole (new Array(n))', 'param', (_w, base) => new Array<unknown>((base as unknown[]).length)),
    c('cyclic array', 'param', () => cyclicArray()),
    c('throwing getter at [0]', 'param', (_w, base) => throwingIndexArray((base as unknown[]).length)),
    c('[0] is a revoked Proxy', 'param', (_w, base) => withFirst(base, revoked())),
    c('[0] is 5', 'param', (_w, base) => withFirst(base, 5)),
    ...sparse('param'),
    c('frozen array (valid)', 'same', (_w, base) => Object.freeze(elements(base))),
    c('cyclic element (valid)', 'same', (_w, base) => {
      const a = elements(base);
      a[0].self = a[0];
      return a;
    }),
    c(outputs.length > 0 ? 'frozen elements (outputs cannot be written)' : 'frozen elements (valid)',
      outputs.length > 0 ? 'param' : 'same', (_w, base) => Object.freeze(elements(base).map((e) => Object.freeze(e)))),
  ];
  for (const key of fields) {
    cases.push(c(`throwing getter on [0].${key}`, 'param', (_w, base) => withFirst(base, throwingField((base as unknown[])[0], key))));
    cases.push(c(`[0].${key} = Symbol()`, 'param', (_w, base) => withFirst(base, { ...record((base as unknown[])[0]), [key]: Symbol(key) })));
  }
  for (const key of outputs) {
    cases.push(c(`[0].${key} with a throwing setter`, 'param', (_w, base) => withFirst(base, Object.defineProperty(
      { ...record((base as unknown[])[0]) }, key, { get: () => 0, set(_v: unknown) { throw new Error(`writing ${key}`); }, enumerable: true },
    ))));
  }
  return cases;
}

/** An output array of column ids. */
export function outIdsCases(): Case[] {
  return [
    c('frozen []', 'param', () => Object.freeze([])),
    c('sealed []', 'param', () => Object.seal([])),
    c('throwing setter at [0]', 'param', () => throwingSetterArray()),
    c('revoked array Proxy', 'param', () => revokedArray()),
    c('revoked Proxy', 'param', () => revoked()),
    c('null', 'param', () => null),
    c('undefined', 'param', () => undefined),
    c('5', 'param', () => 5),
    c("'x'", 'param', () => 'x'),
    c('{}', 'param', () => ({})),
    c('Symbol()', 'param', () => Symbol('s')),
    c('Uint8Array(4)', 'param', () => new Uint8Array(4)),
    c('cyclic array (valid)', 'same', () => cyclicArray()),
    ...sparse('same'),
  ];
}

/**
 * An input array of values read by index (JetPrereadKeys' keys and their sizes, a list of column ids): anything that
 * is not an array holding `count` good elements is InvalidParameter; a frozen copy of a good one is fine.
 */
export function inputArrayCases(): Case[] {
  const withFirst = (base: unknown, first: unknown): unknown[] => {
    const a = [...(base as unknown[])];
    a[0] = first;
    return a;
  };
  return [
    c('undefined', 'param', () => undefined),
    c('5', 'param', () => 5),
    c("'x'", 'param', () => 'x'),
    c('{}', 'param', () => ({})),
    c('Symbol()', 'param', () => Symbol('s')),
    c('[]', 'param', () => []),
    c('a hole (new Array(n))', 'param', (_w, base) => new Array<unknown>((base as unknown[]).length)),
    c('[0] is a revoked Proxy', 'param', (_w, base) => withFirst(base, revoked())),
    c("[0] is 'x'", 'param', (_w, base) => withFirst(base, 'x')),
    c('[0] is -1', 'param', (_w, base) => withFirst(base, -1)),
    c('throwing getter at [0]', 'param', (_w, base) => throwingIndexArray((base as unknown[]).length)),
    c('revoked array Proxy', 'param', () => revokedArray()),
    c('frozen copy (valid)', 'same', (_w, base) => Object.freeze([...(base as unknown[])])),
    ...sparse('param'),
  ];
}
