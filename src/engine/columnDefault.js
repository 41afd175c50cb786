"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.setColumnDefaultValue = setColumnDefaultValue;
const errors_1 = require("../constants/errors");
const C = __importStar(require("../constants/constants"));
const names_1 = require("../catalog/names");
const failure_1 = require("../storage/failure");
const tableCursor_1 = require("./tableCursor");
const tableByName_1 = require("./tableByName");
const undo_1 = require("./undo");
/**
 * JetSetColumnDefaultValue (fldmod.cxx ErrIsamSetColumnDefaultValue): the
 * column name is checked first, then the value (none or zero bytes:
 * NullInvalid), then the table is opened exclusively (JET_bitTableDenyRead:
 * TableInUse / TableLocked), then the column is looked up (ColumnNotFound; one
 * an index uses: ColumnInUse) and its new default checked as a value of the
 * column (a long value holds at most JET_cbLVDefaultValueMost bytes; a value
 * too long for the column is DefaultValueTooBig). Records inserted afterwards
 * take the new default. Inside a transaction, its rollback puts the old one back.
 */
function setColumnDefaultValue(engine, ses, db, tableName, columnName, value) {
    const name = (0, names_1.checkName)(columnName);
    if (value === null || value.length === 0)
        (0, failure_1.fail)(errors_1.JET_errNullInvalid);
    const copy = value.slice();
    (0, tableByName_1.withTableByName)(engine, ses, db, tableName, tableCursor_1.TABLE.DenyRead, (cursor) => {
        const table = cursor.table;
        // fldmod.cxx looks in the table's own columns: a derived table's template column is not found.
        const col = table.ownColumn(name);
        if (col === undefined)
            (0, failure_1.fail)(errors_1.JET_errColumnNotFound);
        if (table.indexes.some((i) => i.uses(col.columnid)))
            (0, failure_1.fail)(errors_1.JET_errColumnInUse);
        if (db.readOnly)
            (0, failure_1.fail)(errors_1.JET_errPermissionDenied);
        if (ses.readOnly)
            (0, failure_1.fail)(errors_1.JET_errTransReadOnly);
        if (col.isLong && copy.length > C.JET_cbLVDefaultValueMost)
            (0, failure_1.fail)(errors_1.JET_errDefaultValueTooBig);
        try {
            col.checkLength(copy.length);
        }
        catch (caught) {
            if (caught instanceof failure_1.EngineFailure && caught.code === errors_1.JET_errColumnTooBig)
                (0, failure_1.fail)(errors_1.JET_errDefaultValueTooBig);
            throw caught;
        }
        const changed = col.withDefault(col.stored(copy));
        // A template's new default holds in the tables derived from it too (they read the template's definition).
        const derived = db.file.derivedFrom(table);
        table.replaceColumn(col, changed, derived);
        (0, undo_1.recordUndo)(ses, () => table.replaceColumn(changed, col, derived));
    });
}
