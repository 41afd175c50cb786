"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.physicalOldValue = physicalOldValue;
const opLog_1 = require("./opLog");
/** `own`: the value the session's image holds before the delta. */
function physicalOldValue(ses, table, bm, delta, own) {
    const store = table.store;
    if (store.holder(bm) === ses)
        return own;
    let sum = valueIn(store.committed.records.get(bm), delta);
    for (const owner of store.sharers(bm, (0, opLog_1.deltaKind)(delta))) {
        const view = owner.tableViews.get(table);
        if (view === undefined || view.work === null)
            continue;
        sum += valueIn(view.work.records.get(bm), delta) - valueIn(view.base.records.get(bm), delta);
    }
    const bytes = new Uint8Array(delta.size);
    const out = new DataView(bytes.buffer);
    if (delta.size === 8)
        out.setBigInt64(0, BigInt.asIntN(64, sum), true);
    else
        out.setInt32(0, Number(BigInt.asIntN(32, sum)), true);
    return bytes;
}
/** The delta's column in a record as a signed number (0 when there is no record or no value). */
function valueIn(record, delta) {
    const v = record?.get(delta.columnid)?.[0];
    if (v === undefined || v.length !== delta.size)
        return 0n;
    const view = new DataView(v.buffer, v.byteOffset, v.byteLength);
    return delta.size === 8 ? view.getBigInt64(0, true) : BigInt(view.getInt32(0, true));
}
