/**
 * The small layer every ESE client grows on top of esent.h (ManagedEsent's `Api.Check`, WiX's `EseCheck`,
 * Firefox's `ESEDBReader` helpers): turn error codes into exceptions, treat "no record" as the end of a loop,
 * encode column values, run a block in a transaction. The examples in this folder build on it.
 *
 * A client outside this repository writes `from 'esemu'` where these files write `from '../src'`.
 */
import {
  errorName, out,
  JET_ColInfo, JET_errColumnNotFound, JET_errFileNotFound, JET_errNoCurrentRecord,
  JET_errObjectNotFound, JET_errRecordNotFound, JET_wrnBufferTruncated, JET_wrnColumnNull,
} from '../src';
import type {
  JetApi, JET_COLUMNDEF_INFO, JET_COLUMNID, JET_DBID, JET_ERR, JET_INSTANCE, JET_SESID, JET_TABLEID,
} from '../src';

/** A negative JET_ERR, as an exception (ManagedEsent's EsentErrorException). */
export class EsentError extends Error {
  constructor(readonly code: JET_ERR, readonly call: string) {
    super(`${call} failed: ${errorName(code)} (${code})`);
    this.name = 'EsentError';
  }
}

/** Throws on an error (< 0); returns successes and warnings (>= 0) unchanged, as real wrappers do. */
export function check(code: JET_ERR, call = 'Jet call'): JET_ERR {
  if (code < 0) throw new EsentError(code, call);
  return code;
}

/**
 * For JetMove / JetSeek / JetSetIndexRange in loops: true when the cursor is on a record, false when the loop is
 * over (JET_errNoCurrentRecord, JET_errRecordNotFound); any other error throws.
 */
export function found(code: JET_ERR, call = 'Jet call'): boolean {
  if (code === JET_errNoCurrentRecord || code === JET_errRecordNotFound) return false;
  check(code, call);
  return true;
}

/** Is this exception the engine's answer `code`? (`catch (e) { if (isError(e, JET_errWriteConflict)) ... }`) */
export function isError(e: unknown, code: JET_ERR): e is EsentError {
  return e instanceof EsentError && e.code === code;
}

// ---- column values in their stored form ---------------------------------------------------------------

export function int32(n: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setInt32(0, n, true);
  return b;
}

export function readInt32(b: Uint8Array): number {
  return new DataView(b.buffer, b.byteOffset, b.byteLength).getInt32(0, true);
}

/** A JET_coltypLongLong value from a safe integer. */
export function int64(n: number): Uint8Array {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigInt64(0, BigInt(n), true);
  return b;
}

export function readInt64(b: Uint8Array): number {
  return Number(new DataView(b.buffer, b.byteOffset, b.byteLength).getBigInt64(0, true));
}

/** Text in code page 1200 (UTF-16LE), the code page of Unicode text columns. */
export function utf16(s: string): Uint8Array {
  const b = new Uint8Array(s.length * 2);
  const v = new DataView(b.buffer);
  for (let i = 0; i < s.length; i++) v.setUint16(i * 2, s.charCodeAt(i), true);
  return b;
}

export function readUtf16(b: Uint8Array): string {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let s = '';
  for (let i = 0; i + 1 < b.length; i += 2) s += String.fromCharCode(v.getUint16(i, true));
  return s;
}

// ---- one-liners over the calls every client makes -----------------------------------------------------

/** esent.h's key description for the segments given ("+account", "-time"): cbKey counts both final NULs. */
export function keyDescription(...segments: string[]): { szKey: string; cbKey: number } {
  const szKey = segments.map((s) => `${s}\0`).join('') + '\0';
  return { szKey, cbKey: szKey.length };
}

/** JetSetColumn of a whole value; `null` sets the column to NULL. */
export function setColumn(api: JetApi, ses: JET_SESID, tableid: JET_TABLEID, col: JET_COLUMNID,
  value: Uint8Array | null): void {
  check(api.JetSetColumn(ses, tableid, col, value, value === null ? 0 : value.length, 0, null), 'JetSetColumn');
}

/**
 * JetRetrieveColumn of a whole value, `null` for NULL. Tries a small buffer first and, on
 * JET_wrnBufferTruncated, asks again with the size the engine reported.
 */
export function retrieveColumn(api: JetApi, ses: JET_SESID, tableid: JET_TABLEID, col: JET_COLUMNID,
  grbit = 0): Uint8Array | null {
  let buf = new Uint8Array(64);
  const cb = out<number>(0);
  let rc = check(api.JetRetrieveColumn(ses, tableid, col, buf, buf.length, cb, grbit, null), 'JetRetrieveColumn');
  if (rc === JET_wrnColumnNull) return null;
  if (rc === JET_wrnBufferTruncated) {
    buf = new Uint8Array(cb.value);
    rc = check(api.JetRetrieveColumn(ses, tableid, col, buf, buf.length, cb, grbit, null), 'JetRetrieveColumn');
  }
  return buf.slice(0, cb.value);
}

export function makeKey(api: JetApi, ses: JET_SESID, tableid: JET_TABLEID, key: Uint8Array, grbit: number): void {
  check(api.JetMakeKey(ses, tableid, key, key.length, grbit), 'JetMakeKey');
}

/** JetOpenTable, or `null` when the table does not exist (JET_errObjectNotFound): the "ensure schema" probe. */
export function tryOpenTable(api: JetApi, ses: JET_SESID, dbid: JET_DBID, name: string, grbit = 0): JET_TABLEID | null {
  const t = out<JET_TABLEID>();
  const rc = api.JetOpenTable(ses, dbid, name, null, 0, grbit, t);
  if (rc === JET_errObjectNotFound) return null;
  check(rc, `JetOpenTable(${name})`);
  return t.value;
}

/** A column's id by name (JetGetTableColumnInfo, JET_ColInfo), or `null` when it does not exist. */
export function tryColumnId(api: JetApi, ses: JET_SESID, tableid: JET_TABLEID, name: string): JET_COLUMNID | null {
  const info = out<JET_COLUMNDEF_INFO>();
  const rc = api.JetGetTableColumnInfo(ses, tableid, name, info, 28 /* sizeof(JET_COLUMNDEF) */, JET_ColInfo);
  if (rc === JET_errColumnNotFound) return null;
  check(rc, `JetGetTableColumnInfo(${name})`);
  return info.value.columnid;
}

export function columnId(api: JetApi, ses: JET_SESID, tableid: JET_TABLEID, name: string): JET_COLUMNID {
  const id = tryColumnId(api, ses, tableid, name);
  if (id === null) throw new EsentError(JET_errColumnNotFound, `JetGetTableColumnInfo(${name})`);
  return id;
}

/**
 * Runs `body` in a transaction level: commits when it returns, rolls back when it throws (ManagedEsent's
 * `using (var trx = new Transaction(sesid)) { ...; trx.Commit(...); }`). Called inside another transaction it
 * makes a nested level, so a failure undoes only this block.
 */
export function inTransaction<T>(api: JetApi, ses: JET_SESID, body: () => T): T {
  check(api.JetBeginTransaction(ses), 'JetBeginTransaction');
  let result: T;
  try {
    result = body();
  } catch (e) {
    check(api.JetRollback(ses, 0), 'JetRollback');
    throw e;
  }
  check(api.JetCommitTransaction(ses, 0), 'JetCommitTransaction');
  return result;
}

// ---- instances, sessions, databases -------------------------------------------------------------------

export interface Connection {
  inst: JET_INSTANCE;
  ses: JET_SESID;
}

/** JetCreateInstance + JetInit + JetBeginSession. */
export function startInstance(api: JetApi, name: string): Connection {
  const inst = out<JET_INSTANCE>();
  check(api.JetCreateInstance(inst, name), 'JetCreateInstance');
  check(api.JetInit(inst), 'JetInit');
  const ses = out<JET_SESID>();
  check(api.JetBeginSession(inst.value, ses, '', ''), 'JetBeginSession');
  return { inst: inst.value, ses: ses.value };
}

/** Attaches and opens `file`, creating it first when it does not exist. */
export function openOrCreateDatabase(api: JetApi, ses: JET_SESID, file: string): JET_DBID {
  const dbid = out<JET_DBID>();
  const rc = api.JetAttachDatabase(ses, file, 0);
  if (rc === JET_errFileNotFound) {
    check(api.JetCreateDatabase(ses, file, null, dbid, 0), 'JetCreateDatabase'); // attaches and opens
    return dbid.value;
  }
  check(rc, 'JetAttachDatabase'); // JET_wrnDatabaseAttached is fine
  check(api.JetOpenDatabase(ses, file, null, dbid, 0), 'JetOpenDatabase');
  return dbid.value;
}

/** Another session of the instance, with `file` (already attached) opened for it. */
export function openSession(api: JetApi, inst: JET_INSTANCE, file: string): { ses: JET_SESID; dbid: JET_DBID } {
  const ses = out<JET_SESID>();
  check(api.JetBeginSession(inst, ses, '', ''), 'JetBeginSession');
  const dbid = out<JET_DBID>();
  check(api.JetOpenDatabase(ses.value, file, null, dbid, 0), 'JetOpenDatabase');
  return { ses: ses.value, dbid: dbid.value };
}
