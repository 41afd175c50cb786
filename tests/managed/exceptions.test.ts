/**
 * Every error code in src/constants/errors maps to its own exception class, named after the code's preferred
 * name and placed in ManagedEsent's category tree (data/managed-error-categories.tsv: ManagedEsent's class
 * hierarchy, and native JET_ERRCAT for codes ManagedEsent lacks), so `instanceof` works at every level.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorTable, errorName } from '../../src';
import * as managed from '../../src/managed';
import {
  Api, check, errToException, setErrorHandler, EsentErrorException, EsentException, EsentInvalidColumnException,
  EsentWriteConflictException, EsentStateException, EsentApiException, EsentNotInTransactionException,
  EsentUsageException, EsentOutOfCursorsException, EsentMemoryException, EsentResourceException,
  EsentOperationException, JET_err, JET_wrn,
} from '../../src/managed';

/** ManagedEsent's category tree (section 6 of the survey): each category's parent; Error is the root. */
const PARENT: Record<string, string> = {
  Operation: 'Error', Fatal: 'Operation', IO: 'Operation', Resource: 'Operation', Memory: 'Resource',
  Quota: 'Resource', Disk: 'Resource', Data: 'Error', Corruption: 'Data', Inconsistent: 'Data',
  Fragmentation: 'Data', Api: 'Error', Usage: 'Api', State: 'Api', Obsolete: 'Api',
};

const categories = new Map(
  readFileSync(join(__dirname, '../../data/managed-error-categories.tsv'), 'utf8')
    .split('\n').slice(1).filter((l) => l !== '').map((l) => l.split('\t') as [string, string]),
);

type Ctor = abstract new (...args: never[]) => unknown;
const publicApi = managed as unknown as Record<string, Ctor | undefined>;

function chain(category: string): string[] {
  const out: string[] = [];
  for (let c: string | undefined = category; c !== undefined && c !== 'Error'; c = PARENT[c]) out.push(c);
  return out;
}

describe('exception mapping', () => {
  const codes = [...new Set(errorTable.map(([, value]) => value))].filter((v) => v < 0);

  it('covers every negative code in src/constants/errors', () => {
    expect(codes.length).toBeGreaterThan(400);
  });

  it.each(codes.map((code) => [errorName(code), code] as const))('%s (%i) throws its own class in its category', (name, code) => {
    const e = errToException(code);
    expect(e).toBeInstanceOf(EsentErrorException);
    expect(e).toBeInstanceOf(EsentException);
    expect(e).toBeInstanceOf(Error);
    expect(e.error).toBe(code);
    if (name === 'JET_wrnNyi') {
      // -1 is named as a warning and has no class of its own in ManagedEsent: a plain EsentErrorException.
      expect(e.constructor).toBe(EsentErrorException);
      return;
    }
    const short = name.replace(/^JET_err/, '');
    const cls = publicApi[`Esent${short}Exception`];
    expect(cls).toBeDefined();
    expect(e.constructor).toBe(cls);
    expect(e.name).toBe(`Esent${short}Exception`);
    const category = categories.get(name);
    expect(category).toBeDefined();
    for (const level of chain(category!)) {
      expect([name, level, e instanceof publicApi[`Esent${level}Exception`]!]).toEqual([name, level, true]);
    }
    // And not in a sibling branch.
    for (const other of Object.keys(PARENT).filter((c) => !chain(category!).includes(c))) {
      expect([name, other, e instanceof publicApi[`Esent${other}Exception`]!]).toEqual([name, other, false]);
    }
    expect(JET_err[short as keyof typeof JET_err]).toBe(code);
  });

  it('places the codes the survey lists where ManagedEsent does', () => {
    const w = errToException(-1102);
    expect(w).toBeInstanceOf(EsentWriteConflictException);
    expect(w).toBeInstanceOf(EsentStateException);
    expect(w).toBeInstanceOf(EsentApiException);
    expect(errToException(-1054)).toBeInstanceOf(EsentUsageException);
    const c = errToException(-1013);
    expect(c).toBeInstanceOf(EsentOutOfCursorsException);
    expect(c).toBeInstanceOf(EsentMemoryException);
    expect(c).toBeInstanceOf(EsentResourceException);
    expect(c).toBeInstanceOf(EsentOperationException);
    expect(c).not.toBeInstanceOf(EsentApiException);
  });

  it('gives an unknown code a plain EsentErrorException carrying it', () => {
    const e = errToException(-31999);
    expect(e.constructor).toBe(EsentErrorException);
    expect(e.error).toBe(-31999);
  });

  it('keeps EsentInvalidColumnException outside the error branch', () => {
    const e = new EsentInvalidColumnException();
    expect(e).toBeInstanceOf(EsentException);
    expect(e).not.toBeInstanceOf(EsentErrorException);
  });

  it('check: warnings and success come back as values, errors throw', () => {
    expect(check(0)).toBe(JET_wrn.Success);
    expect(check(1039)).toBe(JET_wrn.SeekNotEqual);
    expect(check(1004)).toBe(JET_wrn.ColumnNull);
    expect(() => check(-1054)).toThrow(EsentNotInTransactionException);
  });

  it('an error from a real call arrives as its class, with the code and a message naming it', () => {
    const inst = Api.JetCreateInstance('exceptions');
    try {
      Api.JetInit(inst);
      const ses = Api.BeginSession(inst);
      let caught: unknown;
      try {
        Api.JetCommitTransaction(ses, 0);
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(EsentNotInTransactionException);
      expect((caught as EsentErrorException).error).toBe(JET_err.NotInTransaction);
      expect((caught as Error).message).toContain('JET_errNotInTransaction');
    } finally {
      Api.JetTerm(inst);
    }
  });

  it('calls the error handler before throwing; the handler may throw its own error instead', () => {
    const seen: number[] = [];
    const previous = setErrorHandler((err) => {
      seen.push(err);
    });
    try {
      expect(() => check(-1102)).toThrow(EsentWriteConflictException);
      expect(seen).toEqual([-1102]);
      setErrorHandler(() => {
        throw new TypeError('mine');
      });
      expect(() => check(-1102)).toThrow(TypeError);
      expect(check(1039)).toBe(1039);
    } finally {
      setErrorHandler(previous);
    }
  });
});
