"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cleanupVersions = cleanupVersions;
const failure_1 = require("../storage/failure");
const tableData_1 = require("./tableData");
/**
 * Run the clean-up the engine would have run by now, as a transaction ends: every pending delta that every live
 * transaction can see (committed at or before the oldest level-0 begin) is finished. The engine does this in
 * the background at a time no caller controls; esemu does it at the first moment the engine could, so a record
 * is still there, with its zero, for the transaction that zeroed it and for every transaction older than the
 * commit. `ses` (at level 0) is the session the delete is made under: only its identity is used.
 */
function cleanupVersions(engine, ses) {
    if (engine.finalizing.length === 0)
        return;
    const oldest = (0, tableData_1.oldestBegin)(engine, null);
    const waiting = [];
    for (const item of engine.finalizing) {
        if (oldest !== null && item.at > oldest)
            waiting.push(item);
        else
            finish(engine, ses, item);
    }
    engine.finalizing = waiting;
}
function finish(engine, ses, item) {
    const { table, bm } = item;
    if (table.deleted)
        return;
    const value = table.store.committed.records.get(bm)?.get(item.columnid)?.[0];
    if (value === undefined || !value.every((b) => b === 0))
        return;
    // FVERActive: another transaction's uncommitted change, lock or delta on the record keeps it.
    if (table.store.active(bm))
        return;
    try {
        (0, tableData_1.writeRecord)(engine, ses, table, bm, null);
    }
    catch (failure) {
        // A task that fails is dropped (FINALIZETASK::HandleError only counts it).
        if (!(failure instanceof failure_1.EngineFailure))
            throw failure;
    }
}
