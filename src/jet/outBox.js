"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.out = out;
exports.isClearBox = isClearBox;
class OutBox {
    #made = true;
    value;
    constructor(value) {
        this.value = value;
        Object.seal(this);
    }
    /** Is `x` a box `out()` made, still writable, whose value is not an object? */
    static isClear(x) {
        if (!(#made in x) || Object.getPrototypeOf(x) !== OutBox.prototype)
            return false;
        const box = x;
        const v = box.value;
        // Writing the value back is the cheapest writability test (Object.isFrozen costs four times as much): on a sealed
        // box's own data property it runs no caller code, and a read-only value throws (modules are strict code).
        try {
            box.value = v;
        }
        catch {
            return false;
        }
        return typeof v !== 'object' || v === null;
    }
}
Object.freeze(OutBox.prototype);
/** Make an output box, e.g. `const ses = out<JET_SESID>(); JetBeginSession(inst.value, ses, '', '')`. Boxes are sealed. */
function out(value) {
    return new OutBox(value);
}
/** A box `out()` made that the call may read and write without screening (see the note above). */
function isClearBox(x) {
    return OutBox.isClear(x);
}
