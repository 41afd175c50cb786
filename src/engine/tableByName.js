"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.withTableByName = withTableByName;
const tableCursor_1 = require("./tableCursor");
/**
 * The calls that name a table instead of taking a cursor (JetGetColumnInfo,
 * JetGetIndexInfo, JetSetColumnDefaultValue) open one internally, as the
 * engine's ErrFILEOpenTable does: the name check (InvalidName), the lookup
 * (ObjectNotFound), the lock matrix for `grbit` and the cursor limit
 * (OutOfCursors) all apply. The cursor is closed again whatever the body does.
 */
function withTableByName(engine, ses, db, name, grbit, body) {
    const cursor = (0, tableCursor_1.openTableCursor)(engine, ses, db, name, grbit);
    try {
        return body(cursor);
    }
    finally {
        (0, tableCursor_1.closeTableCursor)(engine, cursor);
    }
}
