"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EntryView = void 0;
exports.view = view;
const tableImage_1 = require("../storage/tableImage");
const tableData_1 = require("./tableData");
/**
 * The entries of an index as one image holds them: on the primary index (or the sequential order) each record is
 * its own entry, keyed by its bookmark; on a secondary index the entries are (shifted key, bookmark) strings whose
 * value is the record. One small object per navigation, its methods on the prototype.
 */
class EntryView {
    t;
    secondary;
    image;
    index;
    keep;
    constructor(t, secondary, image, 
    /** The index the view is of (null: the primary index or the sequential order). */
    index, 
    /** The cursor's filter (JetSetCursorFilter): the records a navigation may land on; null: every record. */
    keep = null) {
        this.t = t;
        this.secondary = secondary;
        this.image = image;
        this.index = index;
        this.keep = keep;
    }
    pair(p) {
        if (p === undefined)
            return undefined;
        return { entry: p[0], bm: this.secondary ? (0, tableImage_1.bookmarkOf)(p[0]) : p[0], values: p[1], image: this.image };
    }
    first() {
        return this.onward(this.pair(this.t.firstPair()));
    }
    last() {
        return this.back(this.pair(this.t.lastPair()));
    }
    after(entry) {
        return this.onward(this.pair(this.t.nextHigherPair(entry)));
    }
    before(entry) {
        return this.back(this.pair(this.t.nextLowerPair(entry)));
    }
    /** The entry whose key is exactly `key` (on the primary index, a lookup of the record itself). */
    exactly(key) {
        if (this.secondary) {
            const found = this.atOrAfter(key);
            return found !== undefined && (0, tableImage_1.splitEntry)(found.entry).indexKey === key ? found : undefined;
        }
        const values = this.image.record(key);
        if (values === undefined || (this.keep !== null && !this.keep(values, key)))
            return undefined;
        return { entry: key, bm: key, values, image: this.image };
    }
    /** The first entry whose key is `key` or greater. */
    atOrAfter(key) {
        return this.onward(this.pair(this.t.getPairOrNextHigher(this.secondary ? (0, tableImage_1.shiftUp)(key) : key)));
    }
    /** The last entry whose key is `key` or less. */
    atOrBefore(key) {
        return this.back(this.pair(this.secondary ? this.t.nextLowerPair((0, tableImage_1.shiftUp)(key) + '\u0001') : this.t.getPairOrNextLower(key)));
    }
    /** The first entry whose key is greater than `key`. */
    greater(key) {
        return this.onward(this.pair(this.secondary ? this.t.getPairOrNextHigher((0, tableImage_1.shiftUp)(key) + '\u0001') : this.t.nextHigherPair(key)));
    }
    /** The last entry whose key is less than `key`. */
    less(key) {
        return this.back(this.pair(this.t.nextLowerPair(this.secondary ? (0, tableImage_1.shiftUp)(key) : key)));
    }
    atOrAfterEntry(entry) {
        return this.onward(this.pair(this.t.getPairOrNextHigher(entry)));
    }
    beforeEntry(entry) {
        return this.back(this.pair(this.t.nextLowerPair(entry)));
    }
    /** `found`, or with a cursor filter the first entry from it on whose record passes (bt.cxx ErrBTNext skips the rest). */
    onward(found) {
        const keep = this.keep;
        if (keep === null)
            return found;
        let f = found;
        while (f !== undefined && !keep(f.values, f.bm))
            f = this.pair(this.t.nextHigherPair(f.entry));
        return f;
    }
    /** `found`, or with a cursor filter the last entry from it back whose record passes (bt.cxx ErrBTPrev). */
    back(found) {
        const keep = this.keep;
        if (keep === null)
            return found;
        let f = found;
        while (f !== undefined && !keep(f.values, f.bm))
            f = this.pair(this.t.nextLowerPair(f.entry));
        return f;
    }
    size() {
        return this.t.size;
    }
}
exports.EntryView = EntryView;
/** The entries of the cursor's current index, as the session sees them now. */
function view(cursor) {
    const image = (0, tableData_1.readImage)(cursor.session, cursor.table);
    // A scan navigates the same image and index call after call: the view made last time is the same one. An image
    // object keeps its trees while it lives (a change edits them in place; a clone is a new image), so the view stays
    // right for as long as the session reads that image through that index.
    const last = cursor.entries;
    if (last !== null && last.image === image && last.index === cursor.index)
        return last;
    // A filter is only ever set on the primary index (cursorFilter.ts); setting or removing one drops the last view.
    const made = cursor.index === null
        ? new EntryView(image.records, false, image, null, cursor.filter)
        : new EntryView((0, tableData_1.indexTree)(image, cursor.table, cursor.index), true, image, cursor.index);
    cursor.entries = made;
    return made;
}
