"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HandleMap = void 0;
/**
 * The engine's map from handles (positive integers, never reused: handles.ts) to the objects they name, for the
 * lookups every call makes and the churn of sessions and cursors coming and going: a NumberMap (see there why not
 * a JavaScript Map).
 */
var numberMap_1 = require("../storage/numberMap");
Object.defineProperty(exports, "HandleMap", { enumerable: true, get: function () { return numberMap_1.NumberMap; } });
