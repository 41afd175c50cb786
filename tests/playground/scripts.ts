/** Scripts the playground tests run, in the page's syntax (playground/src/script.ts), one per exercise. */
export const SOLUTIONS: Readonly<Record<string, string>> = {
  'session-in-use': [
    "JetCreateInstance(inst = out(), 'ex');", 'JetInit(inst);', "JetBeginSession(inst.value, ses = out(), '', '');",
    'JetSetSessionContext(ses.value, 7);', 'JetEndSession(ses.value, 0);',
  ].join('\n'),
  'trans-too-deep': [
    "JetCreateInstance(inst = out(), 'ex');", 'JetInit(inst);', "JetBeginSession(inst.value, ses = out(), '', '');",
    'for (let i = 0; i < 8; i++) JetBeginTransaction(ses.value);',
  ].join('\n'),
  'sort-disappears': [
    "JetCreateInstance(inst = out(), 'ex');", 'JetInit(inst);', "JetBeginSession(inst.value, ses = out(), '', '');",
    'JetOpenTempTable(ses.value, [{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }], 1, 0, sort = out(), []);',
    'JetEndSession(ses.value, 0);',
  ].join('\n'),
  'works-after-stop': [
    'JetInit(null);', "JetBeginSession(0, ses = out(), '', '');", 'JetStopService();', 'JetEndSession(ses.value, 0);',
  ].join('\n'),
  'write-conflict': [
    "JetCreateInstance(inst = out(), 'ex');", 'JetInit(inst);',
    "JetBeginSession(inst.value, a = out(), '', '');", "JetBeginSession(inst.value, b = out(), '', '');",
    "JetCreateDatabase(a.value, 'w.edb', null, dbid = out(), 0);",
    "JetCreateTable(a.value, dbid.value, 't', 0, 100, ta = out());",
    "JetAddColumn(a.value, ta.value, 'n', { coltyp: JET_coltypLong }, null, 0, col = out());",
    'JetPrepareUpdate(a.value, ta.value, JET_prepInsert);', 'JetSetColumn(a.value, ta.value, col.value, int32(1), 4, 0, null);',
    'JetUpdate(a.value, ta.value, null, 0, null);',
    // The creator's cursor is exclusive: a cursor opened the usual way replaces it.
    'JetCloseTable(a.value, ta.value);', "JetOpenTable(a.value, dbid.value, 't', null, 0, 0, ta = out());",
    'JetMove(a.value, ta.value, JET_MoveFirst, 0);',
    "JetOpenDatabase(b.value, 'w.edb', null, dbidB = out(), 0);",
    "JetOpenTable(b.value, dbidB.value, 't', null, 0, 0, tb = out());", 'JetMove(b.value, tb.value, JET_MoveFirst, 0);',
    'JetBeginTransaction(a.value);', 'JetBeginTransaction(b.value);',
    'JetPrepareUpdate(a.value, ta.value, JET_prepReplace);', 'JetPrepareUpdate(b.value, tb.value, JET_prepReplace);',
  ].join('\n'),
};
