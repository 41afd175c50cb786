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
exports.columnRequest = columnRequest;
exports.indexRequest = indexRequest;
exports.indexCreateRequest = indexCreateRequest;
exports.structList = structList;
exports.writesIndexErr = writesIndexErr;
const C = __importStar(require("../constants/constants"));
const indexDef_1 = require("../catalog/indexDef");
const args_1 = require("./args");
/**
 * The DDL calls' arguments read into the engine's requests (columns, indexes, their conditions and tuple limits),
 * shared by JetAddColumn, JetCreateIndex*, JetCreateTableColumnIndex*.
 */
function defaultOf(pv, cb) {
    const bytes = (0, args_1.inputBytes)(pv, cb);
    return bytes === null || bytes.length === 0 ? null : bytes.slice();
}
function columnRequest(name, def, pvDefault, cbDefault) {
    return {
        name: (0, args_1.stringArg)(name),
        coltyp: (0, args_1.intArg)(def.coltyp),
        cp: def.cp === undefined ? 0 : (0, args_1.intArg)(def.cp),
        cbMax: def.cbMax === undefined ? 0 : (0, args_1.sizeArg)(def.cbMax),
        grbit: def.grbit === undefined ? 0 : (0, args_1.grbitArg)(def.grbit),
        defaultValue: defaultOf(pvDefault, cbDefault),
    };
}
function indexRequest(name, grbit, szKey, cbKey, cbVarSegMac, cbKeyMost) {
    const key = (0, args_1.stringArg)(szKey);
    return {
        name: (0, args_1.stringArg)(name),
        key: (0, indexDef_1.parseKeyDescription)(key, (0, args_1.sizeArg)(cbKey)),
        grbit: (0, args_1.grbitArg)(grbit),
        cbVarSegMac: cbVarSegMac === undefined ? 0 : (0, args_1.sizeArg)(cbVarSegMac),
        cbKeyMost: cbKeyMost === undefined ? 0 : (0, args_1.sizeArg)(cbKeyMost),
    };
}
/** JET_INDEXCREATE's rgconditionalcolumn: more than JET_ccolKeyMost is the engine's IndexInvalidDef, found before any is read. */
function conditionalRequests(rg, count) {
    if (count === undefined)
        return [];
    const n = (0, args_1.sizeArg)(count);
    if (n > C.JET_ccolKeyMost)
        return new Array(C.JET_ccolKeyMost + 1).fill({ cbStruct: undefined, name: '', grbit: 0 });
    const list = n === 0 ? [] : (0, args_1.arrayArg)(rg, n);
    return list.slice(0, n).map((item) => {
        const c = (0, args_1.objectArg)(item);
        return { cbStruct: c.cbStruct === undefined ? undefined : (0, args_1.sizeArg)(c.cbStruct), name: (0, args_1.stringArg)(c.szColumnName), grbit: (0, args_1.grbitArg)(c.grbit) };
    });
}
/** JET_TUPLELIMITS (read only with JET_bitIndexTupleLimits: in esent.h it shares its place with cbVarSegMac). */
function tupleLimitsRequest(grbit, value) {
    if ((grbit & C.JET_bitIndexTupleLimits) === 0 || value === null || value === undefined)
        return null;
    const t = (0, args_1.objectArg)(value);
    const ulong = (v) => (v === undefined ? 0 : (0, args_1.intArg)(v) >>> 0);
    return {
        chLengthMin: ulong(t.chLengthMin), chLengthMax: ulong(t.chLengthMax), chToIndexMax: ulong(t.chToIndexMax),
        cchIncrement: ulong(t.cchIncrement), ichStart: ulong(t.ichStart),
    };
}
function indexCreateRequest(c) {
    const req = indexRequest(c.szIndexName, c.grbit ?? 0, c.szKey, c.cbKey, c.cbVarSegMac, c.cbKeyMost);
    return {
        ...req, conditional: conditionalRequests(c.rgconditionalcolumn, c.cConditionalColumn),
        tupleLimits: tupleLimitsRequest(req.grbit, c.ptuplelimits),
    };
}
/** The first `count` structs of an array, each an object whose output fields can be written (unless `writes` says the call writes nothing into it). */
function structList(value, count, outputs, writes) {
    const n = (0, args_1.sizeArg)(count);
    const list = n === 0 ? [] : (0, args_1.arrayArg)(value, n);
    const out = [];
    for (let i = 0; i < n; i++) {
        const item = (0, args_1.objectArg)(list[i]);
        if (writes === undefined || writes(item))
            for (const field of outputs)
                (0, args_1.writableField)(item, field);
        out.push(item);
    }
    return out;
}
/**
 * Does the engine write this JET_INDEXCREATE's `err` back? Not with JET_bitIndexImmutableStructure in its grbit
 * (jetapi.cxx, CAutoINDEXCREATE3To3_T::Result copies err only for the others).
 */
function writesIndexErr(c) {
    return typeof c.grbit !== 'number' || (c.grbit & C.JET_bitIndexImmutableStructure) === 0;
}
