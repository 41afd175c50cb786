import { JET_bitKeyDataZeroLength, JET_bitSetZeroLength } from '../constants/constants';
import type { JetApi } from '../jet/api';
import type { JET_COLUMNID, JET_SESID, JET_TABLEID } from '../jet/types';
import { check } from './check';
import {
  bigintBytes, booleanBytes, dateBytes, Encoding, guidBytes, numberBytes, stringBytes,
} from './conversions';
import type { BigIntType, NumberType } from './conversions';
import type { JET_wrn } from './generated/enums';

type Typed<T> = {
  [K in NumberType as `MakeKey${K}`]: (sesid: JET_SESID, tableid: JET_TABLEID, data: number, grbit: number) => void;
} & {
  [K in BigIntType as `MakeKey${K}`]: (sesid: JET_SESID, tableid: JET_TABLEID, data: bigint, grbit: number) => void;
} & {
  [K in NumberType as `SetColumn${K}`]: (sesid: JET_SESID, tableid: JET_TABLEID, columnid: JET_COLUMNID, data: number, grbit?: number) => T;
} & {
  [K in BigIntType as `SetColumn${K}`]: (sesid: JET_SESID, tableid: JET_TABLEID, columnid: JET_COLUMNID, data: bigint, grbit?: number) => T;
};

const NUMBER_TYPES: readonly NumberType[] = ['Int16', 'UInt16', 'Int32', 'UInt32', 'Byte', 'Float', 'Double'];
const BIGINT_TYPES: readonly BigIntType[] = ['Int64', 'UInt64'];

/**
 * MakeKey and SetColumn for JavaScript values. One name takes bytes, strings (with an Encoding), booleans
 * and Dates; the fixed-width numbers, which JavaScript cannot tell apart by type, have a name per .NET type
 * (MakeKeyInt32, SetColumnDouble, ...), and Guids (as strings) MakeKeyGuid / SetColumnGuid.
 * null is a null key segment / sets the column null; an empty string or array is zero-length
 * (MakeKeyGrbit.KeyDataZeroLength / SetColumnGrbit.ZeroLength added), which is not null.
 */
export function keyColumnHelpers(jet: JetApi) {
  const makeKey = (sesid: JET_SESID, tableid: JET_TABLEID, data: Uint8Array | null, grbit: number): void => {
    if (data === null) check(jet.JetMakeKey(sesid, tableid, null, 0, grbit));
    else if (data.length === 0) check(jet.JetMakeKey(sesid, tableid, data, 0, grbit | JET_bitKeyDataZeroLength));
    else check(jet.JetMakeKey(sesid, tableid, data, data.length, grbit));
  };
  const setColumn = (
    sesid: JET_SESID, tableid: JET_TABLEID, columnid: JET_COLUMNID, data: Uint8Array | null, grbit: number,
  ): JET_wrn => {
    if (data === null) return check(jet.JetSetColumn(sesid, tableid, columnid, null, 0, grbit, null));
    if (data.length === 0) return check(jet.JetSetColumn(sesid, tableid, columnid, data, 0, grbit | JET_bitSetZeroLength, null));
    return check(jet.JetSetColumn(sesid, tableid, columnid, data, data.length, grbit, null));
  };
  /** Bytes for a value of the overloaded MakeKey / SetColumn. */
  const bytesOf = (data: Uint8Array | string | boolean | Date | null, encoding: Encoding | undefined): Uint8Array | null => {
    if (data === null || data instanceof Uint8Array) return data;
    if (typeof data === 'string') {
      if (encoding === undefined) throw new TypeError('a string needs an Encoding (Encoding.ASCII or Encoding.Unicode)');
      return stringBytes(data, encoding);
    }
    if (typeof data === 'boolean') return booleanBytes(data);
    if (data instanceof Date) return dateBytes(data);
    throw new TypeError(`MakeKey / SetColumn take bytes, a string, a boolean or a Date, not ${typeof data}`);
  };

  function MakeKey(sesid: JET_SESID, tableid: JET_TABLEID, data: Uint8Array | null, grbit: number): void;
  function MakeKey(sesid: JET_SESID, tableid: JET_TABLEID, data: string | null, encoding: Encoding, grbit: number): void;
  function MakeKey(sesid: JET_SESID, tableid: JET_TABLEID, data: boolean | Date, grbit: number): void;
  function MakeKey(
    sesid: JET_SESID, tableid: JET_TABLEID, data: Uint8Array | string | boolean | Date | null, a: number | Encoding, b?: number,
  ): void {
    const withEncoding = typeof a === 'string';
    const grbit = withEncoding ? b ?? 0 : a;
    makeKey(sesid, tableid, bytesOf(data, withEncoding ? a : undefined), grbit);
  }

  function SetColumn(sesid: JET_SESID, tableid: JET_TABLEID, columnid: JET_COLUMNID, data: Uint8Array | null, grbit?: number): JET_wrn;
  function SetColumn(
    sesid: JET_SESID, tableid: JET_TABLEID, columnid: JET_COLUMNID, data: string | null, encoding: Encoding, grbit?: number,
  ): JET_wrn;
  function SetColumn(sesid: JET_SESID, tableid: JET_TABLEID, columnid: JET_COLUMNID, data: boolean | Date, grbit?: number): JET_wrn;
  function SetColumn(
    sesid: JET_SESID, tableid: JET_TABLEID, columnid: JET_COLUMNID, data: Uint8Array | string | boolean | Date | null,
    a?: number | Encoding, b?: number,
  ): JET_wrn {
    const withEncoding = typeof a === 'string';
    const grbit = withEncoding ? b ?? 0 : a ?? 0;
    return setColumn(sesid, tableid, columnid, bytesOf(data, withEncoding ? a : undefined), grbit);
  }

  const typed: Record<string, unknown> = {};
  for (const t of NUMBER_TYPES) {
    typed[`MakeKey${t}`] = (sesid: JET_SESID, tableid: JET_TABLEID, data: number, grbit: number) =>
      makeKey(sesid, tableid, numberBytes(data, t), grbit);
    typed[`SetColumn${t}`] = (sesid: JET_SESID, tableid: JET_TABLEID, columnid: JET_COLUMNID, data: number, grbit = 0) =>
      setColumn(sesid, tableid, columnid, numberBytes(data, t), grbit);
  }
  for (const t of BIGINT_TYPES) {
    typed[`MakeKey${t}`] = (sesid: JET_SESID, tableid: JET_TABLEID, data: bigint, grbit: number) =>
      makeKey(sesid, tableid, bigintBytes(data, t), grbit);
    typed[`SetColumn${t}`] = (sesid: JET_SESID, tableid: JET_TABLEID, columnid: JET_COLUMNID, data: bigint, grbit = 0) =>
      setColumn(sesid, tableid, columnid, bigintBytes(data, t), grbit);
  }
  return {
    MakeKey,
    SetColumn,
    ...(typed as Typed<JET_wrn>),
    MakeKeyBoolean(sesid: JET_SESID, tableid: JET_TABLEID, data: boolean, grbit: number): void {
      makeKey(sesid, tableid, booleanBytes(data), grbit);
    },
    MakeKeyDateTime(sesid: JET_SESID, tableid: JET_TABLEID, data: Date, grbit: number): void {
      makeKey(sesid, tableid, dateBytes(data), grbit);
    },
    MakeKeyGuid(sesid: JET_SESID, tableid: JET_TABLEID, data: string, grbit: number): void {
      makeKey(sesid, tableid, guidBytes(data), grbit);
    },
    MakeKeyString(sesid: JET_SESID, tableid: JET_TABLEID, data: string | null, encoding: Encoding, grbit: number): void {
      makeKey(sesid, tableid, data === null ? null : stringBytes(data, encoding), grbit);
    },
    SetColumnBoolean(sesid: JET_SESID, tableid: JET_TABLEID, columnid: JET_COLUMNID, data: boolean, grbit = 0): JET_wrn {
      return setColumn(sesid, tableid, columnid, booleanBytes(data), grbit);
    },
    SetColumnDateTime(sesid: JET_SESID, tableid: JET_TABLEID, columnid: JET_COLUMNID, data: Date, grbit = 0): JET_wrn {
      return setColumn(sesid, tableid, columnid, dateBytes(data), grbit);
    },
    SetColumnGuid(sesid: JET_SESID, tableid: JET_TABLEID, columnid: JET_COLUMNID, data: string, grbit = 0): JET_wrn {
      return setColumn(sesid, tableid, columnid, guidBytes(data), grbit);
    },
    SetColumnString(
      sesid: JET_SESID, tableid: JET_TABLEID, columnid: JET_COLUMNID, data: string | null, encoding: Encoding, grbit = 0,
    ): JET_wrn {
      return setColumn(sesid, tableid, columnid, data === null ? null : stringBytes(data, encoding), grbit);
    },
  };
}
