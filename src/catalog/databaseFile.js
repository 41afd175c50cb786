"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DatabaseFile = void 0;
const names_1 = require("./names");
/**
 * A database file in the emulator's in-memory file system: what outlives
 * attachments, instances and JetTerm until the emulator is reset. Which
 * instance has it attached is the session layer's business (Engine.attachments).
 */
class DatabaseFile {
    path;
    header;
    /** Tables by name, compared without regard to case. */
    tables = new Map();
    /**
     * Names a table had (renamed) or that a deleted table held, while a transaction older than the change may still
     * read them from the catalog (the session layer's tableCatalog.ts decides who does).
     */
    formerNames = new Map();
    /** Index ids are never reused within a file (images key their entry trees by them). */
    lastIndexId = 0;
    constructor(path, header) {
        this.path = path;
        this.header = header;
    }
    table(name) {
        return this.tables.get((0, names_1.nameKey)(name));
    }
    /** The tables derived from a template. */
    derivedFrom(template) {
        return [...this.tables.values()].filter((t) => t.template === template);
    }
    newIndexId() {
        this.lastIndexId += 1;
        return this.lastIndexId;
    }
}
exports.DatabaseFile = DatabaseFile;
