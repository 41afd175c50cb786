"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.AttachedDatabase = exports.MAX_ATTACHED = void 0;
exports.bySlot = bySlot;
exports.pathKey = pathKey;
exports.createDatabase = createDatabase;
exports.attachDatabase = attachDatabase;
exports.openDatabase = openDatabase;
exports.enterDatabase = enterDatabase;
exports.sessionDatabase = sessionDatabase;
exports.closeDatabase = closeDatabase;
exports.closeAllDatabases = closeAllDatabases;
exports.releaseAllDatabases = releaseAllDatabases;
exports.detachDatabase = detachDatabase;
exports.forgetAttachment = forgetAttachment;
exports.attachedDatabase = attachedDatabase;
const errors_1 = require("../constants/errors");
const databaseFile_1 = require("../catalog/databaseFile");
const fileHeader_1 = require("../catalog/fileHeader");
const C = __importStar(require("../constants/constants"));
const failure_1 = require("../storage/failure");
const gates_1 = require("./gates");
const handles_1 = require("./handles");
const params_1 = require("./params");
const tableCursor_1 = require("./tableCursor");
/** User databases an instance can attach at once (the engine's dbid 1..6). */
exports.MAX_ATTACHED = 6;
const DB_READ_ONLY = 0x1;
const DB_EXCLUSIVE = 0x2;
const DB_OVERWRITE_EXISTING = 0x200;
/** A file attached to an instance. Its dbid is what every JetOpenDatabase of it returns. */
class AttachedDatabase {
    instance;
    file;
    readOnly;
    path;
    logged;
    dbid = (0, handles_1.newHandle)();
    /** Opens by all sessions (the engine's pin count). */
    pins = 0;
    /** Session holding it open with JET_bitDbExclusive. */
    exclusiveOwner = null;
    /**
     * The most pages the file may grow to (fmp.hxx CpgDatabaseSizeMax; 0: no limit): cpgDatabaseSizeMax of the create
     * or attach, or JetSetMaxDatabaseSize. Kept and read back; esemu's files do not grow (docs/differences.md).
     */
    maxPages = 0;
    /**
     * The engine's dbid within the instance (1..6): the smallest one free at attach time (fmp.cxx). Calls that
     * go through every database (JetEndSession's closes, a detach of all) go in this order.
     */
    slot;
    /**
     * `path`: the file's name as the create or attach spelled it (JET_DbInfoFilename). `logged`: whether the engine
     * would log its changes (not for JET_bitDbRecoveryOff or a read-only attach, db.cxx), which decides whether
     * JetGetInstanceInfo lists it.
     */
    constructor(instance, file, readOnly, path, logged) {
        this.instance = instance;
        this.file = file;
        this.readOnly = readOnly;
        this.path = path;
        this.logged = logged;
        const used = new Set();
        for (const db of instance.attached.values())
            used.add(db.slot);
        let slot = 1;
        while (used.has(slot))
            slot += 1;
        this.slot = slot;
    }
}
exports.AttachedDatabase = AttachedDatabase;
/** Databases in the engine's dbid order. */
function bySlot(dbs) {
    return [...dbs].sort((a, b) => a.slot - b.slot);
}
/** Windows paths: case-insensitive, either slash. */
function pathKey(path) {
    return path.replace(/\\/g, '/').toLowerCase();
}
function requireLevel0(ses) {
    if (ses.level > 0)
        (0, failure_1.fail)(errors_1.JET_errInTransaction);
}
function attach(engine, inst, file, grbit, path) {
    if (inst.attached.size >= exports.MAX_ATTACHED)
        (0, failure_1.fail)(errors_1.JET_errTooManyAttachedDatabases);
    const readOnly = (grbit & DB_READ_ONLY) !== 0;
    const db = new AttachedDatabase(inst, file, readOnly, path, !readOnly && (grbit & C.JET_bitDbRecoveryOff) === 0);
    // db.cxx DBISetHeaderAfterAttach: a read-write attach marks the header in use (DirtyShutdown until the detach);
    // a read-only one leaves the header as it is.
    if (!readOnly) {
        file.header.dbstate = C.JET_dbstateDirtyShutdown;
        file.header.logtimeAttach = (0, fileHeader_1.logTime)(Date.now());
    }
    engine.attachments.set(file, db);
    inst.attached.set(pathKey(file.path), db);
    engine.databases.set(db.dbid, db);
    return db;
}
function createDatabase(engine, ses, path, grbit, maxPages = 0) {
    (0, gates_1.enterSession)(engine, ses, false);
    requireLevel0(ses);
    if (path === '')
        (0, failure_1.fail)(errors_1.JET_errDatabaseInvalidPath);
    const key = pathKey(path);
    const existing = engine.files.get(key);
    if (existing !== undefined) {
        const holder = engine.attachments.get(existing);
        if (holder !== undefined)
            (0, failure_1.fail)(holder.instance === ses.instance ? errors_1.JET_errDatabaseDuplicate : errors_1.JET_errDatabaseSharingViolation);
        if ((grbit & DB_OVERWRITE_EXISTING) === 0)
            (0, failure_1.fail)(errors_1.JET_errDatabaseDuplicate);
    }
    if (ses.instance.attached.size >= exports.MAX_ATTACHED)
        (0, failure_1.fail)(errors_1.JET_errTooManyAttachedDatabases);
    const made = (0, fileHeader_1.logTime)(Date.now());
    engine.signatures += 1;
    const signDb = { ulRandom: engine.signatures, logtimeCreate: made, szComputerName: '' };
    const file = new databaseFile_1.DatabaseFile(path, new fileHeader_1.FileHeader(signDb, (0, fileHeader_1.pageSizeOf)(ses.instance.param(C.JET_paramDatabasePageSize)), made));
    engine.files.set(key, file);
    const db = attach(engine, ses.instance, file, grbit & C.JET_bitDbRecoveryOff, path);
    db.maxPages = maxPages;
    openFor(ses, db, false);
    return db;
}
function attachDatabase(engine, ses, path, grbit, maxPages = 0) {
    (0, gates_1.enterSession)(engine, ses, false);
    requireLevel0(ses);
    if (path === '')
        (0, failure_1.fail)(errors_1.JET_errDatabaseInvalidPath);
    const file = engine.files.get(pathKey(path));
    if (file === undefined)
        (0, failure_1.fail)(errors_1.JET_errFileNotFound);
    const holder = engine.attachments.get(file);
    if (holder !== undefined) {
        if (holder.instance === ses.instance)
            return errors_1.JET_wrnDatabaseAttached;
        (0, failure_1.fail)(errors_1.JET_errDatabaseSharingViolation);
    }
    attach(engine, ses.instance, file, grbit, path).maxPages = maxPages;
    return errors_1.JET_errSuccess;
}
function openDatabase(engine, ses, path, grbit) {
    (0, gates_1.enterSession)(engine, ses, false);
    if (path === '')
        (0, failure_1.fail)(errors_1.JET_errDatabaseInvalidPath);
    const db = ses.instance.attached.get(pathKey(path));
    if (db === undefined)
        (0, failure_1.fail)(errors_1.JET_errDatabaseNotFound);
    if (ses.instance.param(params_1.PARAM.OneDatabasePerSession) !== 0) {
        for (const open of ses.openDatabases.keys())
            if (open !== db)
                (0, failure_1.fail)(errors_1.JET_errOneDatabasePerSession);
    }
    const warning = db.readOnly && (grbit & DB_READ_ONLY) === 0 ? errors_1.JET_wrnFileOpenReadOnly : errors_1.JET_errSuccess;
    if (db.exclusiveOwner !== null && db.exclusiveOwner !== ses)
        (0, failure_1.fail)(errors_1.JET_errDatabaseLocked);
    if ((grbit & DB_EXCLUSIVE) !== 0 && db.pins > 0)
        (0, failure_1.fail)(errors_1.JET_errDatabaseInUse);
    openFor(ses, db, (grbit & DB_EXCLUSIVE) !== 0);
    return { db, warning };
}
function openFor(ses, db, exclusive) {
    ses.openDatabases.set(db, (ses.openDatabases.get(db) ?? 0) + 1);
    db.pins += 1;
    if (exclusive)
        db.exclusiveOwner = ses;
}
/** The gate of the calls on a database (JetOpenTable, JetCreateTable...): the session gate, then the dbid. */
function enterDatabase(engine, ses, dbid) {
    (0, gates_1.enterSession)(engine, ses, false);
    return sessionDatabase(engine, ses, typeof dbid === 'number' ? dbid : -1);
}
/** The gate's dbid check: the session must have the database open. */
function sessionDatabase(engine, ses, dbid) {
    const db = engine.databases.get(dbid);
    if (db === undefined || !ses.openDatabases.has(db))
        (0, failure_1.fail)(errors_1.JET_errInvalidDatabaseId);
    return db;
}
function closeDatabase(engine, ses, dbid) {
    (0, gates_1.enterSession)(engine, ses, true);
    closeOnce(engine, ses, sessionDatabase(engine, ses, dbid));
}
function closeOnce(engine, ses, db) {
    const count = ses.openDatabases.get(db) ?? 0;
    if (count <= 1) {
        // The session's last open of the database closes its tables on it.
        for (const cursor of [...ses.cursors]) {
            if (cursor instanceof tableCursor_1.TableCursor && cursor.database === db)
                (0, tableCursor_1.closeTableCursor)(engine, cursor, true);
        }
        ses.openDatabases.delete(db);
        if (db.exclusiveOwner === ses)
            db.exclusiveOwner = null;
    }
    else {
        ses.openDatabases.set(db, count - 1);
    }
    db.pins -= 1;
}
/** Close each database until the session's count is 0 (JetEndSession). */
function closeAllDatabases(engine, ses, faultPoint) {
    if (!ses.hasOpenDatabases)
        return;
    // db.cxx ErrDBCloseAllDBs goes through the instance's dbids in order.
    for (const db of bySlot(ses.openDatabases.keys())) {
        engine.faults.check(faultPoint);
        while (ses.openDatabases.has(db))
            closeOnce(engine, ses, db);
    }
}
/** Forget the session's opens without closing anything one by one (JetTerm teardown). */
function releaseAllDatabases(ses) {
    for (const [db, count] of ses.openDatabases) {
        db.pins -= count;
        if (db.exclusiveOwner === ses)
            db.exclusiveOwner = null;
    }
    ses.openDatabases.clear();
}
function detachDatabase(engine, ses, path) {
    (0, gates_1.enterSession)(engine, ses, true);
    requireLevel0(ses);
    const inst = ses.instance;
    if (path === null || path === '') {
        // db.cxx ErrIsamDetachAllDatabase: in dbid order, stopping at the first one in use (those before it stay detached).
        for (const db of bySlot(inst.attached.values())) {
            if (db.pins > 0)
                (0, failure_1.fail)(errors_1.JET_errDatabaseInUse);
            forgetAttachment(engine, db);
        }
        return;
    }
    const db = inst.attached.get(pathKey(path));
    if (db !== undefined && db.pins > 0)
        (0, failure_1.fail)(errors_1.JET_errDatabaseInUse);
    if (db === undefined)
        (0, failure_1.fail)(errors_1.JET_errDatabaseNotFound);
    forgetAttachment(engine, db);
}
/**
 * Detach: the file stays in the file system, the attachment and its dbid are gone for good. A read-write attachment
 * leaves the header CleanShutdown (db.cxx ErrIsamDetachDatabase), unless `clean` is false (JET_bitTermDirty).
 */
function forgetAttachment(engine, db, clean = true) {
    if (clean && !db.readOnly) {
        db.file.header.dbstate = C.JET_dbstateCleanShutdown;
        db.file.header.logtimeDetach = (0, fileHeader_1.logTime)(Date.now());
    }
    db.instance.attached.delete(pathKey(db.file.path));
    engine.databases.delete(db.dbid);
    engine.attachments.delete(db.file);
}
/**
 * JetSetMaxDatabaseSize's database (db.cxx ErrIsamSetMaxDatabaseSize, ErrDBCheckUserDbid): any user database
 * attached in the process, whether or not the session has it open (the call passes only the session gate);
 * InvalidDatabaseId otherwise.
 */
function attachedDatabase(engine, ses, dbid) {
    (0, gates_1.enterSession)(engine, ses, false);
    const db = typeof dbid === 'number' ? engine.databases.get(dbid) : undefined;
    if (db === undefined)
        (0, failure_1.fail)(errors_1.JET_errInvalidDatabaseId);
    return db;
}
