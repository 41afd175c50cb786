import { errorByName, errorInfo } from '../constants/errorInfo';

/** What a matcher found: whether it passed, and the message for a failure (or for a negated pass). */
export interface MatchResult {
  pass: boolean;
  message: () => string;
}

/** `-1102 JET_errWriteConflict (Write lock failed due to outstanding write lock)` */
export function describeCode(code: unknown): string {
  if (typeof code !== 'number' || !Number.isInteger(code)) return `${String(code)} (not a JET_ERR: a JET_ERR is an integer)`;
  const info = errorInfo(code);
  return `${code} ${info.name} (${info.description})`;
}

/** The code an expected error names: a JET_err / JET_wrn name, or the number itself. */
function expectedCode(expected: string | number): number | null {
  if (typeof expected === 'number') return expected;
  return errorByName(expected)?.value ?? null;
}

/** `code` is the error (or warning) named: `toBeJetError('JET_errWriteConflict')` or `toBeJetError(-1102)`. */
export function toBeJetError(received: unknown, expected: string | number): MatchResult {
  const want = expectedCode(expected);
  if (want === null) {
    return { pass: false, message: () => `toBeJetError: ${String(expected)} is not a JET_err or JET_wrn name esent.h defines` };
  }
  const pass = received === want;
  return {
    pass,
    message: () => pass
      ? `expected a code other than ${describeCode(want)}`
      : `expected ${describeCode(want)}\nreceived ${describeCode(received)}`,
  };
}

/**
 * `code` is success: JET_errSuccess, or (unless `warnings: false`) a warning, a positive code, which esent.h
 * callers treat as success.
 */
export function toBeJetSuccess(received: unknown, options: { warnings?: boolean } = {}): MatchResult {
  const warnings = options.warnings ?? true;
  const pass = typeof received === 'number' && Number.isInteger(received) && (received === 0 || (warnings && received > 0));
  return {
    pass,
    message: () => pass
      ? `expected a failure, received ${describeCode(received)}`
      : `expected JET_errSuccess${warnings ? ' or a warning' : ''}\nreceived ${describeCode(received)}`,
  };
}
