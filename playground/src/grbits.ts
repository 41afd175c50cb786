import * as esemu from '../../src/index';

/** Every numeric esent.h constant by name (JET_bit..., JET_prep..., JET_Move..., JET_coltyp..., JET_err...). */
export const CONSTANTS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(esemu as unknown as Record<string, unknown>).filter((e): e is [string, number] => e[0].startsWith('JET_') && typeof e[1] === 'number'),
);

/** Which constants a function's option argument takes, by function name (the first match wins). */
const FAMILIES: ReadonlyArray<readonly [RegExp, string, RegExp]> = [
  [/^JetTerm2$/, 'grbit', /^JET_bitTerm/],
  [/^JetBeginTransaction[23]$/, 'grbit', /^JET_bitTransaction/],
  [/^JetCommitTransaction2?$/, 'grbit', /^JET_bit(CommitLazyFlush|WaitLastLevel0Commit|WaitAllLevel0Commit|ForceNewLog)$/],
  [/^JetRollback$/, 'grbit', /^JET_bitRollbackAll$/],
  [/^JetOpenTe?mp/, 'grbit', /^JET_bitTT/],
  [/^JetMove$/, 'grbit', /^JET_bitMoveKeyNE$/],
  [/^JetSeek$/, 'grbit', /^JET_bit(Seek|SetIndexRange$)/],
  [/^JetMakeKey$/, 'grbit', /^JET_bit(NewKey|StrLimit|SubStrLimit|NormalizedKey|KeyDataZeroLength|FullColumnStartLimit|FullColumnEndLimit|PartialColumnStartLimit|PartialColumnEndLimit)$/],
  [/^JetSetIndexRange$/, 'grbit', /^JET_bitRange/],
  [/^JetOpenTable$/, 'grbit', /^JET_bitTable(DenyWrite|DenyRead|ReadOnly|Updatable|PermitDDL|NoCache|Preread|Sequential)$/],
  [/^JetCreateTable/, 'grbit', /^JET_bitTableCreate/],
  [/^Jet(Create|Attach|Open)Database/, 'grbit', /^JET_bitDb/],
  [/^JetSetColumns?$/, 'grbit', /^JET_bitSet/],
  [/^JetRetrieveColumns?$/, 'grbit', /^JET_bitRetrieve(Copy|FromIndex|FromPrimaryBookmark|Tag|Null|IgnoreDefault)$/],
  [/^JetStopServiceInstance2$/, 'grbit', /^JET_bitStopService/],
  [/^JetCreateIndex/, 'grbit', /^JET_bitIndex/],
  [/^JetUpdate2$/, 'grbit', /^JET_bitUpdate/],
  [/^JetGetLock$/, 'grbit', /^JET_bit(Read|Write)Lock$/],
  [/^JetEscrowUpdate$/, 'grbit', /^JET_bitEscrow/],
  [/^JetSetCurrentIndex[234]?$/, 'grbit', /^JET_bit(MoveFirst|NoMove)$/],
  [/^JetPrepareUpdate$/, 'prep', /^JET_prep/],
  [/^JetMove$/, 'cRow', /^JET_Move/],
];

/** The constants that fit a parameter: flags to combine (`grbit`) or values to choose one of (`prep`, `cRow`). */
export function constantsFor(api: string, param: string): { names: string[]; combine: boolean } {
  for (const [fn, p, names] of FAMILIES) {
    if (fn.test(api) && p === param) {
      return { names: Object.keys(CONSTANTS).filter((n) => names.test(n)), combine: p === 'grbit' };
    }
  }
  return { names: [], combine: true };
}
