/**
 * The engine's map from handles (positive integers, never reused: handles.ts) to the objects they name, for the
 * lookups every call makes and the churn of sessions and cursors coming and going: a NumberMap (see there why not
 * a JavaScript Map).
 */
export { NumberMap as HandleMap } from '../storage/numberMap';
