import { JET_wrnBufferTruncated, JET_wrnColumnNull } from '../constants/errors';
import type { JetApi } from '../jet/api';
import { out } from '../jet/types';
import type { JET_COLUMNID, JET_RETINFO, JET_SESID, JET_TABLEID } from '../jet/types';
import { check } from './check';
import {
  bigintBytes, bytesBigint, bytesGuid, bytesNumber, bytesString, Encoding, numberBytes, oaDateToDate, sizeOf,
} from './conversions';
import type { BigIntType, NumberType } from './conversions';
import { EsentInvalidColumnException } from './esentInvalidColumnException';

/** The first read's buffer; a longer value is read again at its size. */
const FIRST_READ = 256;
/** Big enough for any bookmark or key esent hands back (JET_cbKeyMostMax and then some). */
const KEY_ROOM = 4096;

type Retrievers = {
  [K in NumberType as `RetrieveColumnAs${K}`]: (
    sesid: JET_SESID, tableid: JET_TABLEID, columnid: JET_COLUMNID, grbit?: number) => number | null;
} & {
  [K in BigIntType as `RetrieveColumnAs${K}`]: (
    sesid: JET_SESID, tableid: JET_TABLEID, columnid: JET_COLUMNID, grbit?: number) => bigint | null;
};

const NUMBER_TYPES: readonly NumberType[] = ['Int16', 'UInt16', 'Int32', 'UInt32', 'Byte', 'Float', 'Double'];
const BIGINT_TYPES: readonly BigIntType[] = ['Int64', 'UInt64'];

/** Reading column values as JavaScript values, and the key, bookmark and escrow helpers. */
export function retrieveHelpers(jet: JetApi) {
  /** A column's value, or null when it is null; an empty array is a zero-length value. */
  const RetrieveColumn = (
    sesid: JET_SESID, tableid: JET_TABLEID, columnid: JET_COLUMNID, grbit = 0, retinfo: JET_RETINFO | null = null,
  ): Uint8Array | null => {
    const first = new Uint8Array(FIRST_READ);
    const size = out(0);
    let wrn = check(jet.JetRetrieveColumn(sesid, tableid, columnid, first, FIRST_READ, size, grbit, retinfo));
    if (wrn === JET_wrnColumnNull) return null;
    if (wrn !== JET_wrnBufferTruncated) return first.slice(0, size.value);
    const whole = new Uint8Array(size.value);
    const again = out(0);
    wrn = check(jet.JetRetrieveColumn(sesid, tableid, columnid, whole, whole.length, again, grbit, retinfo));
    if (wrn === JET_wrnColumnNull || again.value !== whole.length) {
      throw new Error('RetrieveColumn: the value changed size between two reads');
    }
    return whole;
  };
  /** The value at exactly `size` bytes (EsentInvalidColumnException otherwise), or null. */
  const fixed = (sesid: JET_SESID, tableid: JET_TABLEID, columnid: JET_COLUMNID, size: number, grbit: number): Uint8Array | null => {
    const data = RetrieveColumn(sesid, tableid, columnid, grbit);
    if (data !== null && data.length !== size) throw new EsentInvalidColumnException();
    return data;
  };
  const typed: Record<string, unknown> = {};
  for (const t of NUMBER_TYPES) {
    typed[`RetrieveColumnAs${t}`] = (sesid: JET_SESID, tableid: JET_TABLEID, columnid: JET_COLUMNID, grbit = 0) => {
      const data = fixed(sesid, tableid, columnid, sizeOf[t], grbit);
      return data === null ? null : bytesNumber(data, t);
    };
  }
  for (const t of BIGINT_TYPES) {
    typed[`RetrieveColumnAs${t}`] = (sesid: JET_SESID, tableid: JET_TABLEID, columnid: JET_COLUMNID, grbit = 0) => {
      const data = fixed(sesid, tableid, columnid, sizeOf[t], grbit);
      return data === null ? null : bytesBigint(data, t);
    };
  }
  const escrow = (
    sesid: JET_SESID, tableid: JET_TABLEID, columnid: JET_COLUMNID, delta: Uint8Array,
  ): Uint8Array => {
    const previous = new Uint8Array(delta.length);
    const size = out(0);
    check(jet.JetEscrowUpdate(sesid, tableid, columnid, delta, delta.length, previous, previous.length, size, 0));
    return previous;
  };
  function EscrowUpdate(sesid: JET_SESID, tableid: JET_TABLEID, columnid: JET_COLUMNID, delta: number): number;
  function EscrowUpdate(sesid: JET_SESID, tableid: JET_TABLEID, columnid: JET_COLUMNID, delta: bigint): bigint;
  /** Add delta to a 32-bit (number) or 64-bit (bigint) escrow column; returns the value before. */
  function EscrowUpdate(sesid: JET_SESID, tableid: JET_TABLEID, columnid: JET_COLUMNID, delta: number | bigint): number | bigint {
    if (typeof delta === 'bigint') return bytesBigint(escrow(sesid, tableid, columnid, bigintBytes(delta, 'Int64')), 'Int64');
    return bytesNumber(escrow(sesid, tableid, columnid, numberBytes(delta, 'Int32')), 'Int32');
  }
  return {
    RetrieveColumn,
    ...(typed as Retrievers),
    /** null for a null column; true for any non-zero byte. */
    RetrieveColumnAsBoolean(sesid: JET_SESID, tableid: JET_TABLEID, columnid: JET_COLUMNID, grbit = 0): boolean | null {
      const data = fixed(sesid, tableid, columnid, 1, grbit);
      return data === null ? null : data[0] !== 0;
    },
    /** An OLE Automation date column as a Date (UTC). */
    RetrieveColumnAsDateTime(sesid: JET_SESID, tableid: JET_TABLEID, columnid: JET_COLUMNID, grbit = 0): Date | null {
      const data = fixed(sesid, tableid, columnid, 8, grbit);
      return data === null ? null : oaDateToDate(bytesNumber(data, 'Double'));
    },
    RetrieveColumnAsGuid(sesid: JET_SESID, tableid: JET_TABLEID, columnid: JET_COLUMNID, grbit = 0): string | null {
      const data = fixed(sesid, tableid, columnid, 16, grbit);
      return data === null ? null : bytesGuid(data);
    },
    /** A text column; Unicode (UTF-16LE) unless told otherwise; '' for zero-length, null for null. */
    RetrieveColumnAsString(
      sesid: JET_SESID, tableid: JET_TABLEID, columnid: JET_COLUMNID, encoding: Encoding = Encoding.Unicode, grbit = 0,
    ): string | null {
      const data = RetrieveColumn(sesid, tableid, columnid, grbit);
      return data === null ? null : bytesString(data, encoding);
    },
    /** The value's size in bytes; null for a null column. */
    RetrieveColumnSize(
      sesid: JET_SESID, tableid: JET_TABLEID, columnid: JET_COLUMNID, itagSequence = 1, grbit = 0,
    ): number | null {
      const size = out(0);
      const retinfo: JET_RETINFO = { itagSequence, ibLongValue: 0 };
      const wrn = check(jet.JetRetrieveColumn(sesid, tableid, columnid, null, 0, size, grbit, retinfo));
      return wrn === JET_wrnColumnNull ? null : size.value;
    },
    /** The current record's bookmark. */
    GetBookmark(sesid: JET_SESID, tableid: JET_TABLEID): Uint8Array {
      const room = new Uint8Array(KEY_ROOM);
      const size = out(0);
      check(jet.JetGetBookmark(sesid, tableid, room, room.length, size));
      return room.slice(0, size.value);
    },
    /** The current entry's key (or, with RetrieveKeyGrbit.RetrieveCopy, the key being made). */
    RetrieveKey(sesid: JET_SESID, tableid: JET_TABLEID, grbit: number): Uint8Array {
      const room = new Uint8Array(KEY_ROOM);
      const size = out(0);
      check(jet.JetRetrieveKey(sesid, tableid, room, room.length, size, grbit));
      return room.slice(0, size.value);
    },
    EscrowUpdate,
  };
}
