"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.openTempTable = openTempTable;
const errors_1 = require("../constants/errors");
const failure_1 = require("../storage/failure");
const keys_1 = require("../storage/keys");
const rows_1 = require("../storage/rows");
const cursor_1 = require("./cursor");
const gates_1 = require("./gates");
const params_1 = require("./params");
const tempTable_1 = require("./tempTable");
/** JetOpenTempTable* / JetOpenTemporaryTable*: a new sort or temp table and its first cursor. */
function openTempTable(engine, ses, args) {
    (0, gates_1.enterSession)(engine, ses, false);
    const inst = ses.instance;
    const maxSorts = inst.param(params_1.PARAM.MaxTemporaryTables);
    if (maxSorts === 0)
        (0, failure_1.fail)(errors_1.JET_errTooManySorts);
    const g = args.grbit;
    const forwardOnly = (g & tempTable_1.TT.ForwardOnly) !== 0;
    if (forwardOnly && (g & (tempTable_1.TT.Indexed | tempTable_1.TT.Updatable | tempTable_1.TT.Scrollable | tempTable_1.TT.ForceMaterialization)) !== 0) {
        (0, failure_1.fail)(errors_1.JET_errCannotMaterializeForwardOnlySort);
    }
    // ErrSORTOpen takes a cursor, then a sort control block; only then are the sizes and the columns checked.
    if (inst.cursorCount >= inst.param(params_1.PARAM.MaxCursors))
        (0, failure_1.fail)(errors_1.JET_errOutOfCursors);
    if (inst.sortCount >= maxSorts)
        (0, failure_1.fail)(errors_1.JET_errTooManySorts);
    const keyMost = args.keyMost === 0 ? keys_1.DEFAULT_KEY_MOST : args.keyMost;
    if (keyMost < keys_1.DEFAULT_KEY_MOST || keyMost > keys_1.LARGEST_KEY_MOST || args.varSegMac > keyMost)
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    const table = new tempTable_1.TempTable(ses, g, args.columns, keyMost, args.varSegMac);
    const needsLongValueTable = table.columns.some((c) => c.isLong) && (g & tempTable_1.TT.IntrinsicLVsOnly) === 0;
    const materializeNow = table.keyColumns.length === 0 || needsLongValueTable || (g & tempTable_1.TT.ForceMaterialization) !== 0;
    if (materializeNow && forwardOnly)
        (0, failure_1.fail)(errors_1.JET_errCannotMaterializeForwardOnlySort);
    if (materializeNow) {
        table.phase = 'materialized';
        table.store = new rows_1.TreeRows();
    }
    else {
        table.holdsSortSlot = true;
        inst.sortCount += 1;
    }
    const cursor = (0, cursor_1.newCursor)(engine, ses, table);
    // ErrIsamSortMaterialize leaves the cursor before the first row (DIRBeforeFirst).
    if (materializeNow)
        cursor.at = cursor_1.At.Before;
    return cursor;
}
