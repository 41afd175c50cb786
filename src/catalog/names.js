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
exports.checkName = checkName;
exports.nameKey = nameKey;
const errors_1 = require("../constants/errors");
const C = __importStar(require("../constants/constants"));
const failure_1 = require("../storage/failure");
/**
 * Object names (tables, columns, indexes) as util.cxx ErrUTILICheckName
 * checks them: present, not starting with a space, at most JET_cbNameMost (64)
 * characters, none of them a control character (0x00-0x1F), '!', '.', '[' or
 * ']'; trailing spaces are not significant, and a name of spaces only is
 * invalid. Returns the name without its trailing spaces.
 */
function checkName(name) {
    if (name === null || name.length === 0 || name.charCodeAt(0) === 0x20)
        (0, failure_1.fail)(errors_1.JET_errInvalidName);
    if (name.length > C.JET_cbNameMost)
        (0, failure_1.fail)(errors_1.JET_errInvalidName);
    for (let i = 0; i < name.length; i++) {
        const ch = name.charCodeAt(i);
        if (ch < 0x20 || ch === 0x21 || ch === 0x2e || ch === 0x5b || ch === 0x5d)
            (0, failure_1.fail)(errors_1.JET_errInvalidName);
    }
    const trimmed = name.replace(/ +$/, '');
    if (trimmed.length === 0)
        (0, failure_1.fail)(errors_1.JET_errInvalidName);
    return trimmed;
}
/** Names compare without regard to case, as the catalog's index on names does. */
function nameKey(name) {
    return name.toLowerCase();
}
