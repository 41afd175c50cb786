import { JET_errSuccess } from '../constants/errors';
import {
  attachDatabase, attachedDatabase, closeDatabase, createDatabase, detachDatabase, enterDatabase, openDatabase,
} from '../engine/database';
import { databaseFileInfo, databaseInfo } from '../engine/databaseInfo';
import type { JET_DBINFOMISC, JET_DBINFOUPGRADE } from '../engine/databaseInfo';
import { grbitArg, intArg, optionalString, outArg, sizeArg, stringArg } from './args';
import { sessionOf } from './handles';
import { apiFunction, Host } from './host';
import type { JET_DBID, JET_SESID, Out } from './types';

export function databaseApi(host: Host) {
  return {
    JetCreateDatabase: apiFunction(host, 'JetCreateDatabase',
      (e, sesid: JET_SESID, szFilename: string, szConnect: string | null, pdbid: Out<JET_DBID>, grbit: number) => {
        const ses = sessionOf(e, sesid);
        const name = stringArg(szFilename);
        optionalString(szConnect);
        const box = outArg<JET_DBID>(pdbid);
        box.value = createDatabase(e, ses, name, grbitArg(grbit)).dbid as JET_DBID;
        return JET_errSuccess;
      }),
    JetCreateDatabase2: apiFunction(host, 'JetCreateDatabase2',
      (e, sesid: JET_SESID, szFilename: string, cpgDatabaseSizeMax: number, pdbid: Out<JET_DBID>, grbit: number) => {
        const ses = sessionOf(e, sesid);
        const name = stringArg(szFilename);
        const maxPages = sizeArg(cpgDatabaseSizeMax);
        const box = outArg<JET_DBID>(pdbid);
        box.value = createDatabase(e, ses, name, grbitArg(grbit), maxPages).dbid as JET_DBID;
        return JET_errSuccess;
      }),
    JetAttachDatabase: apiFunction(host, 'JetAttachDatabase', (e, sesid: JET_SESID, szFilename: string, grbit: number) => {
      const ses = sessionOf(e, sesid);
      return attachDatabase(e, ses, stringArg(szFilename), grbitArg(grbit));
    }),
    JetAttachDatabase2: apiFunction(host, 'JetAttachDatabase2',
      (e, sesid: JET_SESID, szFilename: string, cpgDatabaseSizeMax: number, grbit: number) => {
        const ses = sessionOf(e, sesid);
        const name = stringArg(szFilename);
        const maxPages = sizeArg(cpgDatabaseSizeMax);
        return attachDatabase(e, ses, name, grbitArg(grbit), maxPages);
      }),
    JetOpenDatabase: apiFunction(host, 'JetOpenDatabase',
      (e, sesid: JET_SESID, szFilename: string, szConnect: string | null, pdbid: Out<JET_DBID>, grbit: number) => {
        const ses = sessionOf(e, sesid);
        const name = stringArg(szFilename);
        optionalString(szConnect);
        const box = outArg<JET_DBID>(pdbid);
        const { db, warning } = openDatabase(e, ses, name, grbitArg(grbit));
        box.value = db.dbid as JET_DBID;
        return warning;
      }),
    JetCloseDatabase: apiFunction(host, 'JetCloseDatabase', (e, sesid: JET_SESID, dbid: JET_DBID, grbit: number) => {
      const ses = sessionOf(e, sesid);
      closeDatabase(e, ses, typeof dbid === 'number' ? dbid : -1);
      return JET_errSuccess;
    }),
    JetDetachDatabase: apiFunction(host, 'JetDetachDatabase', (e, sesid: JET_SESID, szFilename: string | null) => {
      const ses = sessionOf(e, sesid);
      detachDatabase(e, ses, optionalString(szFilename));
      return JET_errSuccess;
    }),
    JetDetachDatabase2: apiFunction(host, 'JetDetachDatabase2', (e, sesid: JET_SESID, szFilename: string | null, grbit: number) => {
      const ses = sessionOf(e, sesid);
      const name = optionalString(szFilename);
      detachDatabase(e, ses, name, grbitArg(grbit));
      return JET_errSuccess;
    }),
    JetGetDatabaseInfo: apiFunction(host, 'JetGetDatabaseInfo',
      (e, sesid: JET_SESID, dbid: JET_DBID, pvResult: Out<number | string | JET_DBINFOMISC>, cbMax: number, InfoLevel: number) => {
        const ses = sessionOf(e, sesid);
        const box = outArg<number | string | JET_DBINFOMISC>(pvResult);
        const room = sizeArg(cbMax);
        const level = intArg(InfoLevel);
        box.value = databaseInfo(ses, enterDatabase(e, ses, dbid), room, level);
        return JET_errSuccess;
      }),
    JetGetDatabaseFileInfo: apiFunction(host, 'JetGetDatabaseFileInfo',
      (e, szDatabaseName: string, pvResult: Out<number | JET_DBINFOMISC | JET_DBINFOUPGRADE>, cbMax: number, InfoLevel: number) => {
        const name = stringArg(szDatabaseName);
        const box = outArg<number | JET_DBINFOMISC | JET_DBINFOUPGRADE>(pvResult);
        const room = sizeArg(cbMax);
        const level = intArg(InfoLevel);
        box.value = databaseFileInfo(e, name, room, level, box.value);
        return JET_errSuccess;
      }),
    JetSetMaxDatabaseSize: apiFunction(host, 'JetSetMaxDatabaseSize',
      (e, sesid: JET_SESID, dbid: JET_DBID, cpg: number, grbit: number) => {
        // jetapi.cxx JetSetMaxDatabaseSizeEx: the session gate only; the grbit is never read.
        void grbit;
        const ses = sessionOf(e, sesid);
        const pages = grbitArg(cpg);
        attachedDatabase(e, ses, dbid).maxPages = pages;
        return JET_errSuccess;
      }),
    JetGetMaxDatabaseSize: apiFunction(host, 'JetGetMaxDatabaseSize',
      (e, sesid: JET_SESID, dbid: JET_DBID, pcpg: Out<number>, grbit: number) => {
        // jetapi.cxx JetGetMaxDatabaseSizeEx: the session and dbid gate (a database the session has open); the grbit is
        // never read.
        void grbit;
        const ses = sessionOf(e, sesid);
        const box = outArg<number>(pcpg);
        box.value = enterDatabase(e, ses, dbid).maxPages;
        return JET_errSuccess;
      }),
  };
}
