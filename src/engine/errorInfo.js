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
exports.ERRINFOBASIC_SIZE = void 0;
exports.errorInfoBasic = errorInfoBasic;
/**
 * JetGetErrorInfo's answer (jetapi.cxx JetGetErrorInfoExW): a code's category in the engine's error table
 * (src/constants/errorCategories.ts, from errdata.txt) and that category's place in the category tree
 * (errorhierarchy.cxx, the hierarchy table). The engine keeps no source file or line for a code here: it answers
 * line 0 and an empty file name.
 */
const errors_1 = require("../constants/errors");
const C = __importStar(require("../constants/constants"));
const errorCategories_1 = require("../constants/errorCategories");
const failure_1 = require("../storage/failure");
/** sizeof(JET_ERRINFOBASIC_W): cbStruct, errValue, the category, 8 bytes of hierarchy, lSourceLine, 64 WCHARs. */
exports.ERRINFOBASIC_SIZE = 152;
/** Each category's parent in the tree (errorhierarchy.cxx); JET_errcatError is the root, Unknown stands alone. */
const PARENT = new Map([
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
function hierarchy(category) {
    const path = [];
    for (let c = category; c !== undefined; c = PARENT.get(c))
        path.unshift(c);
    while (path.length < 8)
        path.push(C.JET_errcatUnknown);
    return path;
}
/**
 * The information level JET_ErrorInfoSpecificErr for `err`. `written` is handed what the engine has written into the
 * caller's struct (errValue and cbStruct) before it looks the code up, so that a code the table does not know
 * (InvalidParameter) leaves exactly that behind.
 */
function errorInfoBasic(err, written) {
    written({ cbStruct: exports.ERRINFOBASIC_SIZE, errValue: err });
    const category = errorCategories_1.errorCategories.get(err);
    if (category === undefined)
        (0, failure_1.fail)(errors_1.JET_errInvalidParameter);
    return {
        cbStruct: exports.ERRINFOBASIC_SIZE, errValue: err, errcatMostSpecific: category, rgCategoricalHierarchy: hierarchy(category),
        lSourceLine: 0, rgszSourceFile: '',
    };
}
