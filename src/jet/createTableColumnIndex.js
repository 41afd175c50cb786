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
exports.createTableColumnIndex = createTableColumnIndex;
const errors_1 = require("../constants/errors");
const C = __importStar(require("../constants/constants"));
const database_1 = require("../engine/database");
const tableCursor_1 = require("../engine/tableCursor");
const tableDdl_1 = require("../engine/tableDdl");
const failure_1 = require("../storage/failure");
const args_1 = require("./args");
const ddlRequests_1 = require("./ddlRequests");
const handles_1 = require("./handles");
const types_1 = require("./types");
/**
 * JetCreateTableColumnIndex / 2 / 3 / 4: the table, its columns and indexes in one call, each item's `err` and each
 * column's id written back, `cCreated` and the open `tableid`.
 *
 * With JET_bitTableCreateImmutableStructure the engine works on a copy of the struct (jetapi.cxx, the immutable
 * branch of JetCreateTableColumnIndexEx2 and the Ex wrappers): `tableid` and `cCreated` are never written back,
 * and ErrIsamCreateTable (fcreate.cxx) closes the new table's cursor, since its tableid cannot reach the caller.
 * The column structs are not copied (the copy points at the caller's array), so their ids and `err` are still
 * written; an index's `err` is written unless that index has JET_bitIndexImmutableStructure.
 */
function createTableColumnIndex(e, sesid, dbid, ptablecreate) {
    const ses = (0, handles_1.sessionOf)(e, sesid);
    const t = (0, args_1.objectArg)(ptablecreate);
    const grbit = t.grbit === undefined ? 0 : (0, args_1.grbitArg)(t.grbit);
    const immutable = (grbit & C.JET_bitTableCreateImmutableStructure) !== 0;
    if (!immutable) {
        (0, args_1.writableField)(t, 'tableid');
        (0, args_1.writableField)(t, 'cCreated');
    }
    const cols = (0, ddlRequests_1.structList)(t.rgcolumncreate, t.cColumns, ['columnid', 'err']);
    const idxs = (0, ddlRequests_1.structList)(t.rgindexcreate, t.cIndexes, ['err'], ddlRequests_1.writesIndexErr);
    const setIndexErr = (i, code) => {
        if ((0, ddlRequests_1.writesIndexErr)(idxs[i]))
            idxs[i].err = code;
    };
    const name = (0, args_1.stringArg)(t.szTableName);
    const templateName = (0, args_1.optionalString)(t.szTemplateTableName);
    const pages = t.ulPages === undefined ? 0 : (0, args_1.sizeArg)(t.ulPages);
    const density = t.ulDensity === undefined ? 0 : (0, args_1.sizeArg)(t.ulDensity);
    const db = (0, database_1.enterDatabase)(e, ses, dbid);
    const columnReqs = cols.map((c) => (0, ddlRequests_1.columnRequest)(c.szColumnName, c, c.pvDefault, c.cbDefault ?? 0));
    const indexReqs = idxs.map(ddlRequests_1.indexCreateRequest);
    let failed = null;
    const progress = { created: null, begun: false };
    const columnArray = t.rgcolumncreate !== null && t.rgcolumncreate !== undefined;
    try {
        const made = (0, tableDdl_1.createTable)(e, ses, db, name, pages, density, columnReqs, indexReqs, (kind, i) => {
            failed = { kind, i };
        }, { grbit, templateName, columnArray, progress });
        made.columns.forEach((col, i) => {
            cols[i].columnid = col.columnid;
            cols[i].err = errors_1.JET_errSuccess;
        });
        idxs.forEach((_, i) => setIndexErr(i, errors_1.JET_errSuccess));
        if (immutable) {
            (0, tableCursor_1.closeTableCursor)(e, made.cursor);
        }
        else {
            t.tableid = made.cursor.handle;
            t.cCreated = 1 + cols.length + idxs.length;
        }
        return errors_1.JET_errSuccess;
    }
    catch (caught) {
        // fcreate.cxx: the items before the failing one succeeded and count in cCreated (the table first); no cursor.
        const f = failed;
        if (f !== null && caught instanceof failure_1.EngineFailure) {
            const columnsDone = f.kind === 'column' ? f.i : cols.length;
            for (let i = 0; i < columnsDone; i++)
                cols[i].err = errors_1.JET_errSuccess;
            if (f.kind === 'index')
                for (let i = 0; i < f.i; i++)
                    setIndexErr(i, errors_1.JET_errSuccess);
            if (f.kind === 'column')
                cols[f.i].err = caught.code;
            else
                setIndexErr(f.i, caught.code);
            if (!immutable) {
                t.cCreated = 1 + columnsDone + (f.kind === 'index' ? f.i : 0);
                t.tableid = types_1.JET_tableidNil;
            }
        }
        else if (caught instanceof failure_1.EngineFailure && progress.created !== null && !immutable) {
            // fcreate.cxx ErrFILECreateTable: cCreated is 0 from its start, 1 once the table's directory is made; a
            // failure after its transaction began resets the tableid.
            t.cCreated = progress.created;
            if (progress.begun)
                t.tableid = types_1.JET_tableidNil;
        }
        throw caught;
    }
}
