"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EmulatorSnapshot = void 0;
exports.snapshotRefusal = snapshotRefusal;
exports.cloneState = cloneState;
const stringTree_1 = require("../storage/stringTree");
const tableStore_1 = require("../storage/tableStore");
const packedRecord_1 = require("../storage/packedRecord");
const tableImage_1 = require("../storage/tableImage");
/**
 * A copy of an emulator's whole state (instances, sessions, open databases, cursors, files, tables and records)
 * taken by `Emulator.snapshot()` and put back by `Emulator.restore()`, for test fixtures: build a state once,
 * restore it before each test.
 *
 * Both take time in proportion to the number of objects the state holds besides its records and index entries
 * (instances, sessions, cursors, tables, columns, indexes), never to the number of records: those live in
 * persistent B+ trees (storage/stringTree.ts), which are copied with their O(1) `clone()`; the two copies then
 * share every node until one of them changes it. Record values are never changed in place, so they are shared.
 */
class EmulatorSnapshot {
    /** @internal */
    state;
    /** @internal */
    constructor(state) {
        this.state = state;
    }
}
exports.EmulatorSnapshot = EmulatorSnapshot;
/** Why a state cannot be copied now (null: it can). */
function snapshotRefusal(engine) {
    for (const ses of engine.sessions.values()) {
        // A level's undo entries are closures over the objects of this state: a copy could not run them.
        if (ses.level > 0)
            return `session ${ses.handle} is in a transaction (level ${ses.level}); snapshots are taken at level 0`;
    }
    return null;
}
/**
 * A deep copy of an object graph that keeps prototypes, shared references and cycles; trees are cloned in O(1),
 * frozen objects (immer's parameter sets) and functions are shared, byte arrays outside the trees copied.
 */
function cloneState(root) {
    const memo = new Map();
    const copy = (v) => {
        if (typeof v !== 'object' || v === null)
            return v;
        const known = memo.get(v);
        if (known !== undefined)
            return known;
        let made;
        if (v instanceof stringTree_1.StringTree) {
            made = v.clone();
            memo.set(v, made);
            return made;
        }
        // Dead lock entries (left by rollbacks, swept lazily) are dropped first, so they are not copied.
        if (v instanceof tableStore_1.TableStore)
            v.compact();
        // An image's hash table of its records is made again after enough reads; copying it would cost O(records).
        if (v instanceof tableImage_1.TableImage)
            v.dropHash();
        if (ArrayBuffer.isView(v)) {
            made = v.slice();
            memo.set(v, made);
            return made;
        }
        if (Object.isFrozen(v) || v instanceof packedRecord_1.PackedRecord)
            return v;
        if (v instanceof Map) {
            const m = new Map();
            memo.set(v, m);
            for (const [k, x] of v)
                m.set(copy(k), copy(x));
            return m;
        }
        if (v instanceof Set) {
            const s = new Set();
            memo.set(v, s);
            for (const x of v)
                s.add(copy(x));
            return s;
        }
        if (Array.isArray(v)) {
            const a = new Array(v.length);
            memo.set(v, a);
            for (let i = 0; i < v.length; i++)
                a[i] = copy(v[i]);
            return a;
        }
        const o = Object.create(Object.getPrototypeOf(v));
        memo.set(v, o);
        for (const key of Reflect.ownKeys(v)) {
            const d = Object.getOwnPropertyDescriptor(v, key);
            if ('value' in d)
                d.value = copy(d.value);
            // Plain fields are assigned in their order, as the constructor did, so the copy gets the original's shape
            // (defineProperty would leave a slow dictionary-mode object behind).
            if (d.writable === true && d.enumerable === true && d.configurable === true)
                o[key] = d.value;
            else
                Object.defineProperty(o, key, d);
        }
        return o;
    };
    return copy(root);
}
