/**
 * Compares esemu's answers with the model's: every code and every list of records read. Each call is traced
 * (the session, the call, esemu's code); the first disagreement throws a Divergence that carries the trace of
 * the run, which fast-check reports for the smallest failing run it finds.
 */
import { errorName } from '../../../src';
import type { Rec } from './store';
import { Stats } from './stats';

export class Divergence extends Error {
  /** The index of the command during which it happened (set by the runner; -1 in the set-up). */
  command = -1;
}

function name(code: number): string {
  return `${code} ${errorName(code)}`;
}

export function formatRecs(list: readonly Rec[]): string {
  return `[${list.map((r) => `${r.k}:v${r.v}/s${r.s}`).join(' ')}]`;
}

export class Checker {
  private readonly trace: string[] = [];

  constructor(private readonly stats: Stats) {}

  note(line: string): void {
    this.trace.push(line);
  }

  /** One call's code: counted, traced (unless it is one of a read's retrieves and agrees), and compared. */
  code(what: string, expected: number, actual: number, traced = true): number {
    this.stats.answer(actual);
    const ok = actual === expected;
    const flag = ok ? '' : `    <-- the model predicts ${name(expected)}`;
    if (traced || !ok) this.trace.push(`    ${what} = ${name(actual)}${flag}`);
    if (!ok) this.fail(`${what}: esemu answered ${name(actual)}, the model predicts ${name(expected)}`);
    return actual;
  }

  /** The records a read returned, in order. */
  recs(what: string, expected: readonly Rec[], actual: readonly Rec[]): void {
    const e = formatRecs(expected);
    const a = formatRecs(actual);
    this.trace.push(`    ${what} read ${a}${a === e ? '' : `    <-- the model predicts ${e}`}`);
    if (a !== e) this.fail(`${what}: esemu read ${a}, the model predicts ${e}`);
  }

  /** A Divergence with the trace of the run so far. */
  divergence(message: string): Divergence {
    return new Divergence(`${message}\n  trace of the run:\n${this.trace.join('\n')}`);
  }

  fail(message: string): never {
    throw this.divergence(message);
  }
}
