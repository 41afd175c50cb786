"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.committedCreation = committedCreation;
/** A creation everybody sees. */
function committedCreation() {
    return { by: null, at: 0 };
}
