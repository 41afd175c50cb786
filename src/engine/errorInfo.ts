/**
 * JetGetErrorInfo's answer (jetapi.cxx JetGetErrorInfoExW): a code's category in the engine's error table
 * (src/constants/errorCategories.ts, from errdata.txt) and that category's place in the category tree
 * (errorhierarchy.cxx, the hierarchy table). The engine keeps no source file or line for a code here: it answers
 * line 0 and an empty file name.
 */
import { JET_errInvalidParameter } from '../constants/errors';
import * as C from '../constants/constants';
import { errorCategories } from '../constants/errorCategories';
import { fail } from '../storage/failure';

/** sizeof(JET_ERRINFOBASIC_W): cbStruct, errValue, the category, 8 bytes of hierarchy, lSourceLine, 64 WCHARs. */
export const ERRINFOBASIC_SIZE = 152;

/** JetGetErrorInfo's result (esent.h JET_ERRINFOBASIC_W). */
export interface JET_ERRINFOBASIC {
  cbStruct: number;
  errValue: number;
  errcatMostSpecific: number;
  /** The categories from the root (JET_errcatError) down to errcatMostSpecific, then JET_errcatUnknown: 8 entries. */
  rgCategoricalHierarchy: number[];
  lSourceLine: number;
  rgszSourceFile: string;
}

/** Each category's parent in the tree (errorhierarchy.cxx); JET_errcatError is the root, Unknown stands alone. */
const PARENT: ReadonlyMap<number, number> = new Map([
  [C.JET_errcatOperation, C.JET_errcatError],
  [C.JET_errcatFatal, C.JET_errcatOperation],
  [C.JET_errcatIO, C.JET_errcatOperation],
  [C.JET_errcatResource, C.JET_errcatOperation],
  [C.JET_errcatMemory, C.JET_errcatResource],
  [C.JET_errcatQuota, C.JET_errcatResource],
  [C.JET_errcatDisk, C.JET_errcatResource],
  [C.JET_errcatData, C.JET_errcatError],
  [C.JET_errcatCorruption, C.JET_errcatData],
  [C.JET_errcatInconsistent, C.JET_errcatData],
  [C.JET_errcatFragmentation, C.JET_errcatData],
  [C.JET_errcatApi, C.JET_errcatError],
  [C.JET_errcatUsage, C.JET_errcatApi],
  [C.JET_errcatState, C.JET_errcatApi],
  [C.JET_errcatObsolete, C.JET_errcatApi],
]);

/** The path from the root to `category`, padded with JET_errcatUnknown to 8 entries. */
function hierarchy(category: number): number[] {
  const path: number[] = [];
  for (let c: number | undefined = category; c !== undefined; c = PARENT.get(c)) path.unshift(c);
  while (path.length < 8) path.push(C.JET_errcatUnknown);
  return path;
}

/**
 * The information level JET_ErrorInfoSpecificErr for `err`. `written` is handed what the engine has written into the
 * caller's struct (errValue and cbStruct) before it looks the code up, so that a code the table does not know
 * (InvalidParameter) leaves exactly that behind.
 */
export function errorInfoBasic(err: number, written: (partial: Pick<JET_ERRINFOBASIC, 'cbStruct' | 'errValue'>) => void): JET_ERRINFOBASIC {
  written({ cbStruct: ERRINFOBASIC_SIZE, errValue: err });
  const category = errorCategories.get(err);
  if (category === undefined) fail(JET_errInvalidParameter);
  return {
    cbStruct: ERRINFOBASIC_SIZE, errValue: err, errcatMostSpecific: category, rgCategoricalHierarchy: hierarchy(category),
    lSourceLine: 0, rgszSourceFile: '',
  };
}
