"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.VersionStore = exports.VERSION_BYTES = exports.VERSION_BUCKET_BYTES = void 0;
exports.versionBudget = versionBudget;
exports.cleanUp = cleanUp;
exports.chargeVersion = chargeVersion;
exports.commitVersions = commitVersions;
exports.rollbackVersions = rollbackVersions;
const errors_1 = require("../constants/errors");
const failure_1 = require("../storage/failure");
const params_1 = require("./params");
/**
 * The budget JET_paramMaxVerPages sets (ver.cxx): every versioned change to a
 * regular table takes room in the instance's version store until nobody can
 * need it any more; a change that does not fit answers
 * JET_errVersionStoreOutOfMemory and changes nothing.
 *
 * The engine's store is made of buckets of max(JET_paramVerPageSize,
 * 2 x page size) bytes (osu.cxx ErrOSUSetResourceManagerGlobals: 16 KB with
 * the default 8 KB pages), and MaxVerPages counts buckets. Each version (RCE,
 * ver.hxx) holds its bookkeeping, the bookmark and, for a replace or delete,
 * the record as it was. esemu charges an estimate of the same: a fixed
 * `VERSION_BYTES` per version, one version for the record and one for each
 * secondary index, plus the bookmark and the before-image's bytes. Counts are
 * therefore close to the engine's, not equal (docs/differences.md).
 *
 * A level's charges go with its rollback, move down with its commit, and at
 * the commit to level 0 stay while a transaction begun before that commit is
 * live (the engine's version cleanup frees them after that).
 */
exports.VERSION_BUCKET_BYTES = 16 * 1024;
exports.VERSION_BYTES = 160;
/** What an instance's version store holds: bytes in use, and committed bytes kept for older transactions. */
class VersionStore {
    used = 0;
    /** Committed charges, each kept until no transaction begun before `until` is live. */
    retained = [];
}
exports.VersionStore = VersionStore;
/** The store's size in bytes. */
function versionBudget(inst) {
    return inst.param(params_1.PARAM.MaxVerPages) * exports.VERSION_BUCKET_BYTES;
}
/** Free the committed charges no live transaction of the instance (other than `ending`'s) can need. */
function cleanUp(inst, ending) {
    const store = inst.versionStore;
    if (store.retained.length === 0)
        return;
    let oldest = Number.POSITIVE_INFINITY;
    for (const s of inst.sessions.unordered())
        if (s !== ending && s.level > 0 && s.trxBegin0 < oldest)
            oldest = s.trxBegin0;
    let keep = 0;
    for (const r of store.retained) {
        if (r.until <= oldest)
            store.used -= r.bytes;
        else
            store.retained[keep++] = r;
    }
    store.retained.length = keep;
}
/** Take room for a change at the session's level (VersionStoreOutOfMemory when it does not fit). */
function chargeVersion(ses, bytes) {
    const inst = ses.instance;
    const store = inst.versionStore;
    if (store.used + bytes > versionBudget(inst)) {
        cleanUp(inst, null);
        if (store.used + bytes > versionBudget(inst))
            (0, failure_1.fail)(errors_1.JET_errVersionStoreOutOfMemory);
    }
    store.used += bytes;
    const charges = ses.versionCharges;
    while (charges.length <= ses.level)
        charges.push(0);
    charges[ses.level] += bytes;
}
/** Commit of the session's level `level + 1` into `level`; at level 0 the charges are kept for older transactions. */
function commitVersions(engine, ses, level) {
    const charges = ses.versionCharges;
    if (charges.length <= level + 1)
        return;
    const bytes = charges[level + 1];
    charges.length = level + 1;
    if (bytes === 0)
        return;
    if (level > 0) {
        charges[level] += bytes;
        return;
    }
    // Transactions begun up to now may read what this commit replaced; later ones begin after its stamp.
    ses.instance.versionStore.retained.push({ until: engine.trxClock + 1, bytes });
    cleanUp(ses.instance, ses);
}
/** Rollback of every level above `level`: their charges are freed at once. */
function rollbackVersions(ses, level) {
    const charges = ses.versionCharges;
    let freed = 0;
    // Popped rather than cut by setting the length (see killTokens, engine/tableData.ts).
    while (charges.length > level + 1)
        freed += charges.pop();
    ses.instance.versionStore.used -= freed;
    // A transaction that ends no longer needs what others committed after it began.
    if (level === 0)
        cleanUp(ses.instance, ses);
}
