import { JET_errInvalidParameter } from '../constants/errors';
import { allocBytes } from '../storage/byteSlab';
import { fail } from '../storage/failure';
import { bytesLength, canWrite, isBytes, ownBytes, UNREADABLE } from './callerValues';
import type { Out } from './types';
import { isClearBox } from './outBox';

/**
 * Argument checks for values a C caller could not get wrong in kind but a
 * JavaScript caller can: each wrong kind is answered with
 * JET_errInvalidParameter, the code the engine gives a bad pointer or size.
 */

/** A grbit: an integer that fits 32 bits (negative values are taken as their unsigned bit pattern). */
export function grbitArg(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < -0x80000000 || value > 0xffffffff) {
    fail(JET_errInvalidParameter);
  }
  return value >>> 0;
}

/** A signed 32-bit integer argument (counts, sizes, move offsets, ids). */
export function intArg(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < -0x80000000 || value > 0xffffffff) {
    fail(JET_errInvalidParameter);
  }
  return value | 0;
}

/** A JET_COLUMNID: an unsigned 32-bit id (a template column's has the high bit set). */
export function columnidArg(value: unknown): number {
  return intArg(value) >>> 0;
}

/** A non-negative size or count. */
export function sizeArg(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 0x7fffffff) fail(JET_errInvalidParameter);
  return value;
}

/** An unsigned long that only states a size (no JavaScript buffer behind it): any integer from 0 to 0xFFFFFFFF. */
export function ulongArg(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 0xffffffff) fail(JET_errInvalidParameter);
  return value;
}

/** An unsigned 64-bit count (esent.h's unsigned long long), as a JavaScript number: any non-negative safe integer. */
export function size64Arg(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) fail(JET_errInvalidParameter);
  return value;
}

/** A string that may be absent (C NULL). */
export function optionalString(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') fail(JET_errInvalidParameter);
  return value;
}

export function stringArg(value: unknown): string {
  if (typeof value !== 'string') fail(JET_errInvalidParameter);
  return value;
}

/** An output box that must be there, and that can take its value (not frozen, sealed without it, or read-only). */
export function outArg<T>(value: unknown): Out<T> {
  if (typeof value !== 'object' || value === null || value === UNREADABLE || Array.isArray(value) || ArrayBuffer.isView(value)) {
    fail(JET_errInvalidParameter);
  }
  if (!isClearBox(value) && !canWrite(value, 'value')) fail(JET_errInvalidParameter);
  return value as Out<T>;
}

/** A field of a caller's struct that the call writes (an `err`, a `tableid`...): it must be writable. */
export function writableField(obj: object, key: string): void {
  if (!canWrite(obj, key)) fail(JET_errInvalidParameter);
}

/** An output array whose first `count` entries the call writes. */
export function outputArray<T>(value: unknown, count: number): T[] {
  if (!Array.isArray(value)) fail(JET_errInvalidParameter);
  for (let i = 0; i < count; i++) if (!canWrite(value, i)) fail(JET_errInvalidParameter);
  return value as T[];
}

/** An output box that may be absent. */
export function optionalOut<T>(value: unknown): Out<T> | null {
  if (value === null || value === undefined) return null;
  return outArg<T>(value);
}

/**
 * Is there input data: false for none (a NULL pointer with a size of 0); true for a real Uint8Array holding at
 * least `size` bytes; anything else is JET_errInvalidParameter.
 */
function hasInput(pv: unknown, size: number): pv is Uint8Array {
  if (pv === null || pv === undefined) {
    if (size !== 0) fail(JET_errInvalidParameter);
    return false;
  }
  if (!isBytes(pv) || size > bytesLength(pv)) fail(JET_errInvalidParameter);
  return true;
}

/** The first `cb` bytes of `pv` (null when there is no data). */
export function inputBytes(pv: unknown, cb: unknown): Uint8Array | null {
  const size = sizeArg(cb);
  return hasInput(pv, size) ? ownBytes(pv, size) : null;
}

/**
 * Data the engine keeps (JetSetColumn's): checked as inputBytes checks it, then copied at once into memory the
 * engine owns, so the engine needs no copy of its own and no view of the caller's array is made. The caller's
 * bytes are read by index, which on a real Uint8Array runs no caller code (its elements are not properties a
 * caller can redefine).
 */
export function inputCopy(pv: unknown, cb: unknown): Uint8Array | null {
  const size = sizeArg(cb);
  if (!hasInput(pv, size)) return null;
  const copy = allocBytes(size);
  if (size > 64) copy.set(ownBytes(pv, size));
  else for (let i = 0; i < size; i++) copy[i] = pv[i];
  return copy;
}

/** An output buffer holding at least `cbMax` bytes, or null (a call that only asks for the size). */
export function outputBuffer(pv: unknown, cbMax: unknown): Uint8Array | null {
  const size = sizeArg(cbMax);
  if (pv === null || pv === undefined) return null;
  if (!isBytes(pv)) fail(JET_errInvalidParameter);
  const length = bytesLength(pv);
  if (size > length) fail(JET_errInvalidParameter);
  return ownBytes(pv, length);
}

/** The usable capacity of an output buffer checked by outputBuffer (0 without a buffer). */
export function outputRoom(pv: unknown, cbMax: unknown): number {
  return pv === null || pv === undefined ? 0 : (cbMax as number);
}

/** An array argument of at least `count` entries. */
export function arrayArg<T>(value: unknown, count: number): T[] {
  if (!Array.isArray(value) || value.length < count) fail(JET_errInvalidParameter);
  return value as T[];
}

export function objectArg<T extends object>(value: unknown): T {
  if (typeof value !== 'object' || value === null || value === UNREADABLE || Array.isArray(value) || ArrayBuffer.isView(value)) {
    fail(JET_errInvalidParameter);
  }
  return value as T;
}
