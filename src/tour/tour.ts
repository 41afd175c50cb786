/**
 * `npm start`: a guided walk through the ESE session lifecycle on the
 * in-memory engine. Every call is printed with its return code (through the
 * trace), and the state tree is shown at the interesting moments.
 */
import {
  createEmulator, formatTraceRecord, out, JET_bitColumnTTKey, JET_bitTTIndexed, JET_bitTTScrollable, JET_coltypLong,
  JET_coltypText, JET_MoveFirst, JET_MoveNext, JET_prepInsert,
} from '../index';
import type { JET_COLUMNDEF, JET_COLUMNID, JET_DBID, JET_INSTANCE, JET_SESID, JET_TABLEID } from '../index';

const emu = createEmulator();
const api = emu.api;
const print = (text: string): void => {
  process.stdout.write(`${text}\n`);
};
emu.subscribe((call) => print(`  ${formatTraceRecord(call)}`));

function chapter(title: string): void {
  print(`\n== ${title}`);
}

function showState(): void {
  print(emu.dumpText().split('\n').map((l) => `  | ${l}`).join('\n'));
}

const int32 = (n: number): Uint8Array => {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setInt32(0, n, true);
  return b;
};

chapter('1. Create and initialize an instance');
const inst = out<JET_INSTANCE>();
api.JetCreateInstance(inst, 'tour');
api.JetInit(inst);

chapter('2. Begin a session and open a database');
const ses = out<JET_SESID>();
api.JetBeginSession(inst.value, ses, '', '');
const dbid = out<JET_DBID>();
api.JetCreateDatabase(ses.value, 'tour.edb', null, dbid, 0);

chapter('3. Nest transactions: levels 1, 2, 3 (at most 7)');
api.JetBeginTransaction(ses.value);
api.JetBeginTransaction(ses.value);
api.JetBeginTransaction(ses.value);

chapter('4. A sort table: insert out of order, read back in key order');
const columns: JET_COLUMNDEF[] = [
  { coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey },
  { coltyp: JET_coltypText, cp: 1252, cbMax: 64 },
];
const ids: JET_COLUMNID[] = [];
const sort = out<JET_TABLEID>();
api.JetOpenTempTable(ses.value, columns, columns.length, JET_bitTTIndexed | JET_bitTTScrollable, sort, ids);
for (const [key, text] of [[30, 'thirty'], [10, 'ten'], [20, 'twenty']] as const) {
  api.JetPrepareUpdate(ses.value, sort.value, JET_prepInsert);
  api.JetSetColumn(ses.value, sort.value, ids[0], int32(key), 4, 0, null);
  const bytes = new TextEncoder().encode(text);
  api.JetSetColumn(ses.value, sort.value, ids[1], bytes, bytes.length, 0, null);
  api.JetUpdate(ses.value, sort.value, null, 0, null);
}
const buffer = new Uint8Array(64);
const size = out<number>(0);
for (let rc = api.JetMove(ses.value, sort.value, JET_MoveFirst, 0); rc === 0; rc = api.JetMove(ses.value, sort.value, JET_MoveNext, 0)) {
  api.JetRetrieveColumn(ses.value, sort.value, ids[1], buffer, buffer.length, size, 0, null);
  print(`    -> read "${new TextDecoder().decode(buffer.subarray(0, size.value))}"`);
}
showState();

chapter('5. A session context makes JetEndSession refuse (JET_errSessionInUse), changing nothing');
api.JetSetSessionContext(ses.value, 0x1234);
api.JetEndSession(ses.value, 0);
api.JetResetSessionContext(ses.value);
showState();

chapter('6. JetEndSession rolls every level back, closes the sort and the database, frees the session');
api.JetEndSession(ses.value, 0);
showState();

chapter('7. The old handle is never reused: it answers JET_errInvalidSesid forever');
api.JetEndSession(ses.value, 0);
api.JetBeginTransaction(ses.value);
api.JetCloseTable(ses.value, sort.value);

chapter('8. Stop the service: new work is refused, clean-up still works');
const other = out<JET_SESID>();
api.JetBeginSession(inst.value, other, '', '');
api.JetStopServiceInstance(inst.value);
api.JetBeginTransaction(other.value);
api.JetBeginSession(inst.value, out<JET_SESID>(), '', '');
api.JetEndSession(other.value, 0);

chapter('9. Terminate the instance');
api.JetTerm(inst.value);
showState();
print('');
