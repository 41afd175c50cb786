import * as C from '../constants/constants';
import type { ConditionalRequest } from '../catalog/indexConditions';
import type { IndexRequest } from '../catalog/indexDef';
import type { TupleLimitsRequest } from '../catalog/indexTuples';
import { parseKeyDescription } from '../catalog/indexDef';
import type { ColumnRequest } from '../catalog/tableColumn';
import { arrayArg, grbitArg, inputBytes, intArg, objectArg, sizeArg, stringArg, writableField } from './args';
import type { JET_COLUMNCREATE, JET_COLUMNDEF, JET_CONDITIONALCOLUMN, JET_INDEXCREATE, JET_TUPLELIMITS } from './types';

/**
 * The DDL calls' arguments read into the engine's requests (columns, indexes, their conditions and tuple limits),
 * shared by JetAddColumn, JetCreateIndex*, JetCreateTableColumnIndex*.
 */

function defaultOf(pv: unknown, cb: unknown): Uint8Array | null {
  const bytes = inputBytes(pv, cb);
  return bytes === null || bytes.length === 0 ? null : bytes.slice();
}

export function columnRequest(name: unknown, def: JET_COLUMNDEF | JET_COLUMNCREATE, pvDefault: unknown, cbDefault: unknown): ColumnRequest {
  return {
    name: stringArg(name),
    coltyp: intArg(def.coltyp),
    cp: def.cp === undefined ? 0 : intArg(def.cp),
    cbMax: def.cbMax === undefined ? 0 : sizeArg(def.cbMax),
    grbit: def.grbit === undefined ? 0 : grbitArg(def.grbit),
    defaultValue: defaultOf(pvDefault, cbDefault),
  };
}

export function indexRequest(name: unknown, grbit: unknown, szKey: unknown, cbKey: unknown, cbVarSegMac: unknown, cbKeyMost: unknown): IndexRequest {
  const key = stringArg(szKey);
  return {
    name: stringArg(name),
    key: parseKeyDescription(key, sizeArg(cbKey)),
    grbit: grbitArg(grbit),
    cbVarSegMac: cbVarSegMac === undefined ? 0 : sizeArg(cbVarSegMac),
    cbKeyMost: cbKeyMost === undefined ? 0 : sizeArg(cbKeyMost),
  };
}

/** JET_INDEXCREATE's rgconditionalcolumn: more than JET_ccolKeyMost is the engine's IndexInvalidDef, found before any is read. */
function conditionalRequests(rg: unknown, count: unknown): ConditionalRequest[] {
  if (count === undefined) return [];
  const n = sizeArg(count);
  if (n > C.JET_ccolKeyMost) return new Array<ConditionalRequest>(C.JET_ccolKeyMost + 1).fill({ cbStruct: undefined, name: '', grbit: 0 });
  const list = n === 0 ? [] : arrayArg<JET_CONDITIONALCOLUMN>(rg, n);
  return list.slice(0, n).map((item) => {
    const c = objectArg<JET_CONDITIONALCOLUMN>(item);
    return { cbStruct: c.cbStruct === undefined ? undefined : sizeArg(c.cbStruct), name: stringArg(c.szColumnName), grbit: grbitArg(c.grbit) };
  });
}

/** JET_TUPLELIMITS (read only with JET_bitIndexTupleLimits: in esent.h it shares its place with cbVarSegMac). */
function tupleLimitsRequest(grbit: number, value: unknown): TupleLimitsRequest | null {
  if ((grbit & C.JET_bitIndexTupleLimits) === 0 || value === null || value === undefined) return null;
  const t = objectArg<JET_TUPLELIMITS>(value);
  const ulong = (v: unknown): number => (v === undefined ? 0 : intArg(v) >>> 0);
  return {
    chLengthMin: ulong(t.chLengthMin), chLengthMax: ulong(t.chLengthMax), chToIndexMax: ulong(t.chToIndexMax),
    cchIncrement: ulong(t.cchIncrement), ichStart: ulong(t.ichStart),
  };
}

/**
 * A JET_INDEXCREATE read into a request. `spaceHints`: the call passes the first version of the struct, whose
 * ulDensity the engine turns into the index's space hints (IndexRequest.spaceHints).
 */
export function indexCreateRequest(c: JET_INDEXCREATE, spaceHints: boolean): IndexRequest {
  const req = indexRequest(c.szIndexName, c.grbit ?? 0, c.szKey, c.cbKey, c.cbVarSegMac, c.cbKeyMost);
  return {
    ...req, conditional: conditionalRequests(c.rgconditionalcolumn, c.cConditionalColumn),
    tupleLimits: tupleLimitsRequest(req.grbit, c.ptuplelimits),
    density: c.ulDensity === undefined ? 0 : intArg(c.ulDensity),
    spaceHints,
  };
}

/** The first `count` structs of an array, each an object whose output fields can be written (unless `writes` says the call writes nothing into it). */
export function structList<T extends object>(value: unknown, count: unknown, outputs: readonly string[], writes?: (item: T) => boolean): T[] {
  const n = sizeArg(count);
  const list = n === 0 ? [] : arrayArg<T>(value, n);
  const out: T[] = [];
  for (let i = 0; i < n; i++) {
    const item = objectArg<T>(list[i]);
    if (writes === undefined || writes(item)) for (const field of outputs) writableField(item, field);
    out.push(item);
  }
  return out;
}

/**
 * Does the engine write this JET_INDEXCREATE's `err` back? Not with JET_bitIndexImmutableStructure in its grbit
 * (jetapi.cxx, CAutoINDEXCREATE3To3_T::Result copies err only for the others).
 */
export function writesIndexErr(c: JET_INDEXCREATE): boolean {
  return typeof c.grbit !== 'number' || (c.grbit & C.JET_bitIndexImmutableStructure) === 0;
}
