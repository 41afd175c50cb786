"use strict";
/**
 * The data and the contract shared by the ISAM benchmarks (bench/isam.ts): the records every engine stores,
 * drawn once from a seeded generator so that every engine gets the same work, and the Engine interface that
 * esemu, better-sqlite3 and fake-indexeddb each implement.
 *
 * Every table has three columns: id (32-bit integer, the primary / clustered key), val (32-bit integer, with a
 * non-unique secondary index "byVal") and txt (a short ASCII text, "row <id>").
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.RANGE_WIDTH = exports.RANGES = exports.SEEKS = exports.LEVELS = exports.SIZES = exports.PRELOAD = void 0;
exports.makeDataset = makeDataset;
exports.nowMs = nowMs;
exports.levelStart = levelStart;
/** Records in the preloaded table ("big"): ids 0, 2, 4, ..., vals a permutation of 0 .. PRELOAD - 1. */
exports.PRELOAD = 100_000;
/** Row counts of the insert workloads (W2, W3, W4, W3p, W4p). */
exports.SIZES = [1_000, 10_000, 100_000];
/** W4 / W4p: transaction levels, each with its share of the rows. */
exports.LEVELS = 7;
/** W5: random seeks on the primary index. */
exports.SEEKS = 100_000;
/** W7: range scans, each over 1% of the secondary index. */
exports.RANGES = 1_000;
exports.RANGE_WIDTH = exports.PRELOAD / 100;
/** mulberry32: a small seeded generator, so every run of the bench does the same work. */
function generator(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
function shuffled(n, random) {
    const a = new Int32Array(n);
    for (let i = 0; i < n; i++)
        a[i] = i;
    for (let i = n - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
    return a;
}
function rows(ids, vals) {
    const txt = Array.from(ids, (id) => `row ${id}`);
    const txtBytes = txt.map((s) => Uint8Array.from(s, (c) => c.charCodeAt(0)));
    return { n: ids.length, ids, vals, txt, txtBytes };
}
function makeDataset(seed = 20261203) {
    const random = generator(seed);
    const order = shuffled(exports.PRELOAD, random);
    const preload = rows(order.map((k) => 2 * k), shuffled(exports.PRELOAD, random));
    const inserts = new Map();
    for (const n of exports.SIZES) {
        const ids = shuffled(n, random).map((k) => 2 * k + 1);
        const vals = Int32Array.from({ length: n }, () => Math.floor(random() * exports.PRELOAD));
        inserts.set(n, rows(ids, vals));
    }
    const seekKeys = Int32Array.from({ length: exports.SEEKS }, () => 2 * Math.floor(random() * exports.PRELOAD));
    const rangeStarts = Int32Array.from({ length: exports.RANGES }, () => Math.floor(random() * (exports.PRELOAD - exports.RANGE_WIDTH + 1)));
    return { preload, inserts, seekKeys, rangeStarts };
}
function nowMs() {
    return Number(process.hrtime.bigint()) / 1e6;
}
/** The level each row goes in when n rows are spread over LEVELS levels: rows [from(l), from(l + 1)). */
function levelStart(n, level) {
    return Math.floor((n * level) / exports.LEVELS);
}
