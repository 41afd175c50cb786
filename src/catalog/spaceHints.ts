import { JET_errDensityInvalid } from '../constants/errors';
import * as C from '../constants/constants';
import { fail } from '../storage/failure';

/** daeconst.hxx: a tree's pages are filled to a density of 20 to 100 percent (80 when none is asked for). */
const DENSITY_LEAST = 20;
const DENSITY_MOST = 100;

/**
 * cat.cxx ErrCATCheckJetSpaceHints: a density, an unsigned 32-bit number, is 0 (the default) or a percentage from
 * 20 to 100; anything else is DensityInvalid. esemu has no pages: a valid density changes nothing else.
 */
export function checkDensity(density: number): void {
  const d = density >>> 0;
  if (d !== 0 && (d < DENSITY_LEAST || d > DENSITY_MOST)) fail(JET_errDensityInvalid);
}

/** What the space-hint checks read of an index made with its table (a part of catalog/indexDef.ts IndexRequest). */
export interface IndexDensity {
  readonly grbit: number;
  /** The index's ulDensity (0 when not given). */
  readonly density?: number;
  /** The engine carries the density as the index's own space hints (see IndexRequest.spaceHints). */
  readonly spaceHints?: boolean;
}

/**
 * fcreate.cxx ErrFILECreateTableProcessSpaceHints, before a table is made (after its name and template, before
 * any column): each index's own space hints are checked, then the primary tree's density: the primary index's
 * hints when it has them (already checked, the table's density is then not looked at), else the primary index's
 * ulDensity, else the table's, else the default.
 */
export function checkTableDensities(tableDensity: number, indexes: readonly IndexDensity[]): void {
  let primary: IndexDensity | null = null;
  for (const index of indexes) {
    if (index.spaceHints === true) checkDensity(index.density ?? 0);
    if ((index.grbit & C.JET_bitIndexPrimary) !== 0) primary = index;
  }
  if (primary !== null && primary.spaceHints === true) return;
  const own = primary === null ? 0 : primary.density ?? 0;
  checkDensity(own !== 0 ? own : tableDensity);
}
