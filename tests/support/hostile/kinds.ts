/** The kinds of argument a Jet function takes, and the hostile cases of each. */
import { JET_errInvalidDatabaseId } from '../../../src';
import {
  boxCases, bufferCases, c, initBoxCases, inputArrayCases, instBoxCases, instCases, notNumbers, outIdsCases, ottCases, sesCases,
  stringCases, structArrayCases, structCases, tableCases,
} from './cases';
import type { Case } from './cases';
import { detached, record } from './values';

export type Kind =
  | 'inst' | 'instOpt' | 'instBox' | 'initBox' | 'ses' | 'sesCursor' | 'sesOpt' | 'tab'
  | 'grbit' | 'unread' | 'unreadStr' | 'int' | 'lParam' | 'dbid' | 'int32' | 'size' | 'count' | 'str' | 'box' | 'boxOpt' | 'inBuf' | 'outBuf'
  | 'struct' | 'ott' | 'colDefs' | 'setCols' | 'retCols' | 'sysParams' | 'outIds' | 'tableCreate' | 'idxCreates' | 'strOpt'
  | 'idxRanges' | 'enumIds' | 'idxCols' | 'size64' | 'inArray' | 'rangeArr' | 'range';

export function casesFor(kind: Kind): Case[] {
  switch (kind) {
    case 'inst': return instCases(false);
    case 'instOpt': return instCases(true);
    case 'instBox': return instBoxCases();
    case 'initBox': return initBoxCases();
    case 'ses': return sesCases(false, false);
    case 'sesCursor': return sesCases(true, false);
    case 'sesOpt': return sesCases(false, true);
    case 'tab': return tableCases();
    case 'grbit': return [
      ...notNumbers('param'),
      c('2**32', 'param', () => 2 ** 32),
      c('-(2**31)-1', 'param', () => -(2 ** 31) - 1),
      c('2**53', 'param', () => 2 ** 53),
    ];
    // Never read (JetEndSession, JetCloseDatabase, JetDupCursor grbits): anything goes.
    case 'unread': return [...notNumbers('same'), c('2**53', 'same', () => 2 ** 53)];
    // JetBeginSession's user name and password: the engine passes them to nothing (jetapi.cxx JetBeginSessionEx).
    case 'unreadStr': return stringCases().map((k) => ({ ...k, expect: 'same' as const }));
    case 'int': return notNumbers('param');
    // JetSetSystemParameter's lParam is optional (__in_opt): null and undefined stand for 0.
    case 'lParam': return notNumbers('param', false);
    // A dbid is a handle: anything that is not an open database of the session answers InvalidDatabaseId.
    case 'dbid': return [
      ...notNumbers(JET_errInvalidDatabaseId),
      c('a sesid', JET_errInvalidDatabaseId, (w) => w.ses),
      c('JET_dbidNil', JET_errInvalidDatabaseId, () => 0xffffffff),
    ];
    case 'int32': return [...notNumbers('param'), c('2**32', 'param', () => 2 ** 32), c('2**53', 'param', () => 2 ** 53)];
    case 'size': return [...notNumbers('param'), c('-1', 'param', () => -1), c('2**32', 'param', () => 2 ** 32)];
    // An unsigned long long count: any safe integer from 0 up is one.
    case 'size64': return [
      ...notNumbers('param'), c('-1', 'param', () => -1), c('2**32', 'same', () => 2 ** 32), c('2**53', 'param', () => 2 ** 53),
    ];
    case 'count': return [
      ...notNumbers('param'),
      c('-1', 'param', () => -1),
      c('0x7fffffff', 'param', () => 0x7fffffff),
      c('2**32', 'param', () => 2 ** 32),
    ];
    case 'str': return stringCases();
    // A string that may be NULL: the same cases (none of them is null or undefined).
    case 'strOpt': return stringCases();
    case 'box': return boxCases(true);
    case 'boxOpt': return boxCases(false);
    case 'inBuf': return bufferCases(true);
    case 'outBuf': return bufferCases(false);
    case 'struct': return structCases();
    case 'ott': return ottCases();
    // prgcolumndef is `const JET_COLUMNDEF *` in esent.h: frozen definitions are valid input (esemu's write-back
    // of .columnid is a convenience, not an output of the API).
    case 'colDefs': return structArrayCases(['coltyp', 'grbit'], []);
    case 'setCols': return structArrayCases(['columnid', 'pvData', 'cbData'], ['err']);
    case 'retCols': return [
      ...structArrayCases(['columnid', 'pvData', 'cbData'], ['cbActual', 'err']),
      c('[0].pvData detached', 'param', (_w, base) => [{ ...record((base as unknown[])[0]), pvData: detached(4) }]),
    ];
    case 'sysParams': return structArrayCases(['paramid', 'lParam'], ['err']);
    case 'outIds': return outIdsCases();
    // JET_TABLECREATE has outputs (tableid, cCreated): a frozen one cannot take them.
    case 'tableCreate': return structCases().map((k) => (k.label.startsWith('frozen') ? { ...k, expect: 'param' as const } : k));
    case 'idxCreates': return structArrayCases(['szIndexName', 'szKey', 'cbKey'], ['err']);
    // JET_INDEXRANGE: only read (the record list is the output).
    case 'idxRanges': return structArrayCases(['tableid', 'grbit'], []);
    // JetEnumerateColumns' JET_ENUMCOLUMNID array: input only.
    case 'enumIds': return structArrayCases(['columnid'], []);
    // Arrays of keys, sizes or column ids, read by index.
    case 'inArray': return inputArrayCases();
    // JET_INDEX_RANGE arrays (JetPrereadIndexRanges): input only.
    case 'rangeArr': return structArrayCases(['cStartColumns'], []);
    // One JET_INDEX_RANGE (JetPrereadIndexRange): NULL is the engine's own InvalidParameter.
    case 'range': return structCases();
    // JET_INDEX_COLUMN arrays (JetSetCursorFilter's conditions): input only.
    case 'idxCols': return structArrayCases(['columnid', 'relop', 'cb'], []);
  }
}
