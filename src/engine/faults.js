"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Faults = void 0;
const failure_1 = require("../storage/failure");
class Faults {
    armed = new Map();
    arm(point, spec) {
        const nth = spec.nth ?? 1;
        const times = spec.times ?? 1;
        if (!Number.isSafeInteger(nth) || nth < 1 || !Number.isSafeInteger(times) || times < 1 || !Number.isInteger(spec.code)) {
            throw new RangeError('fault: nth and times are positive integers and code is a JET_err');
        }
        this.armed.set(point, { countdown: nth, remaining: times, code: spec.code });
    }
    clear(point) {
        if (point === undefined)
            this.armed.clear();
        else
            this.armed.delete(point);
    }
    /** Points with a fault still armed. */
    pending() {
        return [...this.armed.keys()];
    }
    /** The code this occurrence of `point` must fail with, or 0. */
    take(point) {
        if (this.armed.size === 0)
            return 0; // the common case: nothing armed
        const f = this.armed.get(point);
        if (f === undefined)
            return 0;
        if (f.countdown > 1) {
            f.countdown -= 1;
            return 0;
        }
        f.remaining -= 1;
        if (f.remaining === 0)
            this.armed.delete(point);
        return f.code;
    }
    /** Throw the armed failure for this occurrence of `point`, if any. */
    check(point) {
        if (this.armed.size === 0)
            return;
        const code = this.take(point);
        if (code !== 0)
            (0, failure_1.fail)(code);
    }
}
exports.Faults = Faults;
