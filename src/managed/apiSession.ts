import type { JetApi } from '../jet/api';
import { out } from '../jet/types';
import type { JET_COMMIT_ID, JET_DBID, JET_INSTANCE, JET_SESID, JET_SESSIONINFO } from '../jet/types';
import { check } from './check';
import type { JET_wrn } from './generated/enums';

/** sizeof(JET_SESSIONINFO) on x64. */
const SESSIONINFO_SIZE = 24;

function dword(value: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, value >>> 0, true);
  return b;
}

/** Sessions, transactions and databases. */
export function sessionCalls(jet: JetApi) {
  /** ManagedEsent's two forms: `out int` (a 4-byte parameter read as a number) or a byte[] and its size (the size read comes back). */
  function JetGetSessionParameter(sesid: JET_SESID, sesparamid: number): number;
  function JetGetSessionParameter(sesid: JET_SESID, sesparamid: number, data: Uint8Array | null, length: number): number;
  function JetGetSessionParameter(sesid: JET_SESID, sesparamid: number, data?: Uint8Array | null, length?: number): number {
    const actual = out(0);
    if (data !== undefined) {
      check(jet.JetGetSessionParameter(sesid, sesparamid, data, length ?? 0, actual));
      return actual.value;
    }
    const buffer = new Uint8Array(4);
    check(jet.JetGetSessionParameter(sesid, sesparamid, buffer, 4, actual));
    return new DataView(buffer.buffer).getInt32(0, true);
  }
  /** ManagedEsent's two forms: an int value, or a byte[] and its size. */
  function JetSetSessionParameter(sesid: JET_SESID, sesparamid: number, value: number): JET_wrn;
  function JetSetSessionParameter(sesid: JET_SESID, sesparamid: number, data: Uint8Array | null, size: number): JET_wrn;
  function JetSetSessionParameter(sesid: JET_SESID, sesparamid: number, value: number | Uint8Array | null, size?: number): JET_wrn {
    if (typeof value === 'number') return check(jet.JetSetSessionParameter(sesid, sesparamid, dword(value), 4));
    return check(jet.JetSetSessionParameter(sesid, sesparamid, value, size ?? 0));
  }
  return {
    JetGetSessionParameter,
    JetSetSessionParameter,
    /** A warning (JET_wrn.NoIdleActivity and the like) comes back. */
    JetIdle(sesid: JET_SESID, grbit: number): JET_wrn {
      return check(jet.JetIdle(sesid, grbit));
    },
    /** The engine's version number (ManagedEsent's out uint). */
    JetGetVersion(sesid: JET_SESID): number {
      const box = out(0);
      check(jet.JetGetVersion(sesid, box));
      return box.value;
    },
    /** User name and password are ignored, as by esent. */
    JetBeginSession(instance: JET_INSTANCE, username: string | null = '', password: string | null = ''): JET_SESID {
      const box = out<JET_SESID>();
      check(jet.JetBeginSession(instance, box, username, password));
      return box.value;
    },
    JetDupSession(sesid: JET_SESID): JET_SESID {
      const box = out<JET_SESID>();
      check(jet.JetDupSession(sesid, box));
      return box.value;
    },
    JetEndSession(sesid: JET_SESID, grbit: number): void {
      check(jet.JetEndSession(sesid, grbit));
    },
    JetSetSessionContext(sesid: JET_SESID, context: number): void {
      check(jet.JetSetSessionContext(sesid, context));
    },
    JetResetSessionContext(sesid: JET_SESID): void {
      check(jet.JetResetSessionContext(sesid));
    },
    JetGetSessionInfo(sesid: JET_SESID, infoLevel = 0): JET_SESSIONINFO {
      const box = out<JET_SESSIONINFO>();
      check(jet.JetGetSessionInfo(sesid, box, SESSIONINFO_SIZE, infoLevel));
      return box.value;
    },
    JetBeginTransaction(sesid: JET_SESID): void {
      check(jet.JetBeginTransaction(sesid));
    },
    JetBeginTransaction2(sesid: JET_SESID, grbit: number): void {
      check(jet.JetBeginTransaction2(sesid, grbit));
    },
    JetBeginTransaction3(sesid: JET_SESID, userTransactionId: number, grbit: number): void {
      check(jet.JetBeginTransaction3(sesid, userTransactionId, grbit));
    },
    JetCommitTransaction(sesid: JET_SESID, grbit: number): void {
      check(jet.JetCommitTransaction(sesid, grbit));
    },
    /** durableCommitMs stands for ManagedEsent's TimeSpan; the commit id comes back. */
    JetCommitTransaction2(sesid: JET_SESID, grbit: number, durableCommitMs: number): JET_COMMIT_ID {
      const box = out<JET_COMMIT_ID>({ commitId: 0 });
      check(jet.JetCommitTransaction2(sesid, grbit, durableCommitMs, box));
      return box.value;
    },
    JetRollback(sesid: JET_SESID, grbit: number): void {
      check(jet.JetRollback(sesid, grbit));
    },
    JetCreateDatabase(sesid: JET_SESID, database: string, connect: string | null, grbit: number): JET_DBID {
      const box = out<JET_DBID>();
      check(jet.JetCreateDatabase(sesid, database, connect, box, grbit));
      return box.value;
    },
    JetCreateDatabase2(sesid: JET_SESID, database: string, maxPages: number, grbit: number): JET_DBID {
      const box = out<JET_DBID>();
      check(jet.JetCreateDatabase2(sesid, database, maxPages, box, grbit));
      return box.value;
    },
    JetAttachDatabase(sesid: JET_SESID, database: string, grbit: number): JET_wrn {
      return check(jet.JetAttachDatabase(sesid, database, grbit));
    },
    JetAttachDatabase2(sesid: JET_SESID, database: string, maxPages: number, grbit: number): JET_wrn {
      return check(jet.JetAttachDatabase2(sesid, database, maxPages, grbit));
    },
    JetOpenDatabase(
      sesid: JET_SESID, database: string, connect: string | null, grbit: number,
    ): { dbid: JET_DBID; wrn: JET_wrn } {
      const box = out<JET_DBID>();
      const wrn = check(jet.JetOpenDatabase(sesid, database, connect, box, grbit));
      return { dbid: box.value, wrn };
    },
    JetCloseDatabase(sesid: JET_SESID, dbid: JET_DBID, grbit: number): void {
      check(jet.JetCloseDatabase(sesid, dbid, grbit));
    },
    JetDetachDatabase(sesid: JET_SESID, database: string | null): void {
      check(jet.JetDetachDatabase(sesid, database));
    },
    JetDetachDatabase2(sesid: JET_SESID, database: string | null, grbit: number): void {
      check(jet.JetDetachDatabase2(sesid, database, grbit));
    },
  };
}
