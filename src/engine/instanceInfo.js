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
exports.instanceInfo = instanceInfo;
/**
 * JetGetInstanceInfo (io.cxx ErrIsamGetInstanceInfo): every instance the process has, whatever its state (one made
 * and not yet initialized included), in the engine's instance-table order, each with the databases it has attached
 * and logs, in dbid order. There is no gate: the call answers in any state.
 */
const C = __importStar(require("../constants/constants"));
const database_1 = require("./database");
/** Whether the instance logs at all (JET_paramRecovery "off" turns logging off for every database). */
function logs(inst) {
    const recovery = inst.params[C.JET_paramRecovery];
    return !(typeof recovery === 'string' && recovery.toLowerCase() === 'off');
}
function instanceInfo(engine) {
    const instances = [...engine.instances.values()].sort((a, b) => a.slot - b.slot);
    return instances.map((inst) => {
        const names = logs(inst) ? (0, database_1.bySlot)(inst.attached.values()).filter((db) => db.logged).map((db) => db.path) : [];
        return {
            hInstanceId: inst.handle, szInstanceName: inst.name === '' ? null : inst.name, cDatabases: names.length,
            szDatabaseFileName: names, szDatabaseDisplayName: names.map(() => null), szDatabaseSLVFileName_Obsolete: null,
        };
    });
}
