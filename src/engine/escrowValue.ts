/**
 * The old value JetEscrowUpdate hands back (pvOld): the column's value in the record as it physically is when the
 * delta is applied, not as the session's snapshot reads it.
 *
 * In the engine an escrow delta changes the record in place (ErrDIRDelta, then the B-tree's delta on the node) and
 * pvOld is the value found there just before (recupd.cxx ErrRECIEscrowUpdate): the latest committed value plus every
 * delta not yet committed, whichever session made it. A retrieve, by contrast, takes back the deltas its
 * transaction cannot see (fldext.cxx ErrRECAdjustEscrowedColumn). So two sessions that each add 1 to a counter in
 * their own transactions are handed two different old values, which is what clients that number things with an
 * escrow counter rely on (ese-clients.md: the previous value plus one as the next id).
 *
 * esemu keeps no physical record: each session changes its own image. The physical value is made up of the latest
 * committed record's value and, for each session holding an uncommitted delta on the record (TableStore.sharers),
 * what its deltas added: its image's value less the value of the image it began from. A session that holds the
 * record's write lock (it inserted or replaced it) has its own image's value: no other session can hold a delta then.
 */
import type { TableDef } from '../catalog/tableDef';
import type { RecordValues } from '../storage/tableImage';
import { deltaKind } from './opLog';
import type { Delta } from './opLog';
import type { Session } from './session';

/** `own`: the value the session's image holds before the delta. */
export function physicalOldValue(ses: Session, table: TableDef, bm: string, delta: Delta, own: Uint8Array): Uint8Array {
  const store = table.store;
  if (store.holder(bm) === ses) return own;
  let sum = valueIn(store.committed.records.get(bm), delta);
  for (const owner of store.sharers(bm, deltaKind(delta))) {
    const view = (owner as Session).tableViews.get(table);
    if (view === undefined || view.work === null) continue;
    sum += valueIn(view.work.records.get(bm), delta) - valueIn(view.base.records.get(bm), delta);
  }
  const bytes = new Uint8Array(delta.size);
  const out = new DataView(bytes.buffer);
  if (delta.size === 8) out.setBigInt64(0, BigInt.asIntN(64, sum), true);
  else out.setInt32(0, Number(BigInt.asIntN(32, sum)), true);
  return bytes;
}

/** The delta's column in a record as a signed number (0 when there is no record or no value). */
function valueIn(record: RecordValues | undefined, delta: Delta): bigint {
  const v = record?.get(delta.columnid)?.[0];
  if (v === undefined || v.length !== delta.size) return 0n;
  const view = new DataView(v.buffer, v.byteOffset, v.byteLength);
  return delta.size === 8 ? view.getBigInt64(0, true) : BigInt(view.getInt32(0, true));
}
