/**
 * The lessons: the tour's chapters (src/tour/tour.ts) as guided steps, each a script run in the page. Names a
 * chapter assigns (inst, ses, dbid, sort, ids, other) stay for the next chapters.
 */
export interface Chapter {
  title: string;
  text: string;
  script: string;
  /** Run from the empty state (the page resets first). */
  fresh?: boolean;
}

export interface Lesson {
  title: string;
  chapters: readonly Chapter[];
}

export const TOUR: readonly Chapter[] = [
  {
    title: '1. Create and initialize an instance',
    text: 'An instance is one ESE engine: created, then initialized. The instance diagram moves from created to initialized.',
    script: "JetCreateInstance(inst = out(), 'tour');\nJetInit(inst);",
  },
  {
    title: '2. Begin a session and open a database',
    text: 'A session is a connection to the instance; creating a database also opens it for the session.',
    script: "JetBeginSession(inst.value, ses = out(), '', '');\nJetCreateDatabase(ses.value, 'tour.edb', null, dbid = out(), 0);",
  },
  {
    title: '3. Nest transactions: levels 1, 2, 3 (at most 7)',
    text: 'Each JetBeginTransaction goes one level deeper. Watch the session move from level 0 to level 1..7.',
    script: 'JetBeginTransaction(ses.value);\nJetBeginTransaction(ses.value);\nJetBeginTransaction(ses.value);',
  },
  {
    title: '4. A sort table: insert out of order, read back in key order',
    text: 'A sort collects rows in its insert phase; the first JetMove ends that phase and reads them back in key order.',
    script: [
      'columns = [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }, { coltyp: JET_coltypText, cp: 1252, cbMax: 64 }];',
      'ids = [];',
      'JetOpenTempTable(ses.value, columns, columns.length, JET_bitTTIndexed | JET_bitTTScrollable, sort = out(), ids);',
      "for (const [key, word] of [[30, 'thirty'], [10, 'ten'], [20, 'twenty']]) {",
      '  JetPrepareUpdate(ses.value, sort.value, JET_prepInsert);',
      '  JetSetColumn(ses.value, sort.value, ids[0], int32(key), 4, 0, null);',
      '  JetSetColumn(ses.value, sort.value, ids[1], text(word), text(word).length, 0, null);',
      '  JetUpdate(ses.value, sort.value, null, 0, null);',
      '}',
      'JetMove(ses.value, sort.value, JET_MoveFirst, 0);',
    ].join('\n'),
  },
  {
    title: '5. A session context makes JetEndSession refuse (JET_errSessionInUse)',
    text: 'While a context is set, JetEndSession answers SessionInUse and changes nothing; resetting the context lifts it.',
    script: 'JetSetSessionContext(ses.value, 0x1234);\nJetEndSession(ses.value, 0);\nJetResetSessionContext(ses.value);',
  },
  {
    title: '6. JetEndSession rolls every level back, closes the sort and the database, frees the session',
    text: 'Ending the session undoes levels 3, 2 and 1, closes the database and the sort: the session ends.',
    script: 'JetEndSession(ses.value, 0);',
  },
  {
    title: '7. The old handle is never reused',
    text: 'The ended session\'s handle answers JET_errInvalidSesid forever, for every call.',
    script: 'JetEndSession(ses.value, 0);\nJetBeginTransaction(ses.value);\nJetCloseTable(ses.value, sort.value);',
  },
  {
    title: '8. Stop the service: new work is refused, clean-up still works',
    text: 'After JetStopServiceInstance a new transaction or session is refused (ClientRequestToStopJetService), but JetEndSession still works.',
    script: "JetBeginSession(inst.value, other = out(), '', '');\nJetStopServiceInstance(inst.value);\nJetBeginTransaction(other.value);\nJetBeginSession(inst.value, out(), '', '');\nJetEndSession(other.value, 0);",
  },
  {
    title: '9. Terminate the instance',
    text: 'JetTerm frees the instance and everything left in it.',
    script: 'JetTerm(inst.value);',
  },
];

const BASE = "JetCreateInstance(inst = out(), 'e'); JetInit(inst); JetBeginSession(inst.value, ses = out(), '', '');\n";

/** [the code, how it comes (docs/end-session.md), the script whose last call answers it] */
const END_SESSION_ROWS: ReadonlyArray<readonly [string, string, string]> = [
  ['JET_errSuccess', 'the session and everything it held are gone', `${BASE}JetEndSession(ses.value, 0);`],
  ['JET_errInvalidSesid', 'a stale sesid: handles are never reused', `${BASE}JetEndSession(ses.value, 0);\nJetEndSession(ses.value, 0);`],
  ['JET_errNotInitialized', "handle checks 'ese', a stale sesid, no instance left", `emu.setHandleValidation('ese');\n${BASE}JetTerm(inst.value);\nJetEndSession(ses.value, 0);`],
  ['JET_errNotInitialized', 'documented fidelity, the instance initializing', `emu.setFidelity('documented');\n${BASE}emu.setInstanceState(inst.value, 'initializing');\nJetEndSession(ses.value, 0);`],
  ['JET_errTermInProgress', 'the instance terminating (another thread in JetTerm)', `${BASE}emu.setInstanceState(inst.value, 'terminating');\nJetEndSession(ses.value, 0);`],
  ['JET_errInstanceUnavailable', 'the instance hit a fatal error', `${BASE}emu.setInstanceUnavailable(inst.value);\nJetEndSession(ses.value, 0);`],
  ['JET_errInstanceUnavailableDueToFatalLogDiskFull', 'the fatal error was a full log disk', `${BASE}emu.setInstanceUnavailable(inst.value, -1092);\nJetEndSession(ses.value, 0);`],
  ['JET_errClientRequestToStopJetService', 'documented fidelity, after a stop (the engine lets the call work)', `emu.setFidelity('documented');\n${BASE}JetStopServiceInstance(inst.value);\nJetEndSession(ses.value, 0);`],
  ['JET_errRestoreInProgress', 'documented fidelity, during a restore', `emu.setFidelity('documented');\n${BASE}emu.setInstanceState(inst.value, 'restoring');\nJetEndSession(ses.value, 0);`],
  ['JET_errInvalidParameter', 'documented fidelity, a grbit other than 0 or JET_bitForceSessionClosed', `emu.setFidelity('documented');\n${BASE}JetEndSession(ses.value, 5);`],
  ['JET_errSessionInUse', 'a session context is set', `${BASE}JetSetSessionContext(ses.value, 1);\nJetEndSession(ses.value, 0);`],
  ['JET_errSessionSharingViolation', 'the transaction was begun, without a context, on another thread', `${BASE}onThread(newThreadId(), () => JetBeginTransaction(ses.value));\nJetEndSession(ses.value, 0);`],
  ['JET_errOutOfMemory', 'a step of JetEndSession fails (fault injected into its rollback)', `${BASE}JetBeginTransaction(ses.value);\nemu.failStep('EndSession.rollbackLevel', { code: JET_errOutOfMemory });\nJetEndSession(ses.value, 0);`],
  ['JET_errOutOfBuffers', 'the call fails before doing anything (fault injected into the call)', `${BASE}emu.failCall('JetEndSession', { code: JET_errOutOfBuffers });\nJetEndSession(ses.value, 0);`],
];

export const LESSONS: readonly Lesson[] = [
  { title: 'The session lifecycle (the tour)', chapters: TOUR },
  {
    title: 'Every code of JetEndSession',
    chapters: END_SESSION_ROWS.map(([code, how, script], i) => ({
      title: `${i + 1}. ${code}`,
      text: `JetEndSession answers ${code} when: ${how}. Each chapter starts from the empty state (docs/end-session.md).`,
      script,
      fresh: true,
    })),
  },
];
