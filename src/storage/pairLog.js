"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PairLog = void 0;
const levelLog_1 = require("./levelLog");
/**
 * A LevelLog of pairs, each kept as two consecutive entries rather than as an object: a transaction's changes
 * (engine/opLog.ts) and a table's noted insert locks (tableStore.ts) hold one pair per record they touch, and live
 * as long as the transaction, so an object per pair is one more for the garbage collector to copy and promote. A
 * mark never falls between the two entries of a pair (push adds both).
 */
class PairLog {
    log = new levelLog_1.LevelLog();
    /** How many pairs. */
    get length() {
        return this.log.length >> 1;
    }
    push(a, b) {
        this.log.push(a);
        this.log.push(b);
    }
    /** A mark cut() goes back to. */
    mark() {
        return this.log.mark();
    }
    /** Remove every pair pushed after mark() returned `mark`. */
    cut(mark) {
        this.log.cut(mark);
    }
    /** Visit the pairs in the order they were pushed. */
    forEach(visit) {
        this.some((a, b) => {
            visit(a, b);
            return false;
        });
    }
    /** Visit the pairs in order until `visit` answers true; whether it did. */
    some(visit) {
        let first;
        let odd = false;
        return this.log.some((entry) => {
            odd = !odd;
            if (odd) {
                first = entry;
                return false;
            }
            return visit(first, entry);
        });
    }
}
exports.PairLog = PairLog;
