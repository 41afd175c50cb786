/**
 * How often each code was answered in a pass and each rule fired, and what every pass must reach: the test fails
 * when a code of LISTED_CODES was never answered or a rule of REQUIRED_RULES never fired (the commands would then
 * no longer exercise it).
 */
import {
  errorName, JET_errAlreadyPrepared, JET_errKeyDuplicate, JET_errNoCurrentRecord, JET_errNotInTransaction,
  JET_errRecordDeleted, JET_errRecordNotFound, JET_errSuccess, JET_errTransTooDeep, JET_errUpdateNotPrepared,
  JET_errWriteConflict, JET_wrnSeekNotEqual,
} from '../../../src';
import { REQUIRED_RULES } from './rules';

export const LISTED_CODES: readonly number[] = [
  JET_errSuccess, JET_wrnSeekNotEqual, JET_errWriteConflict, JET_errKeyDuplicate, JET_errNoCurrentRecord,
  JET_errRecordNotFound, JET_errNotInTransaction, JET_errTransTooDeep, JET_errUpdateNotPrepared,
  JET_errAlreadyPrepared, JET_errRecordDeleted,
];

export class Stats {
  private readonly counts = new Map<number, number>();
  /** How often each rule behind a failure code fired (named by the model). */
  private readonly rules = new Map<string, number>();
  runs = 0;
  commands = 0;

  answer(code: number): void {
    this.counts.set(code, (this.counts.get(code) ?? 0) + 1);
  }

  rule(name: string): void {
    this.rules.set(name, (this.rules.get(name) ?? 0) + 1);
  }

  count(code: number): number {
    return this.counts.get(code) ?? 0;
  }

  /** The listed codes never answered and the required rules that never fired. */
  missing(): string[] {
    const codes = LISTED_CODES.filter((c) => this.count(c) === 0).map((c) => `code ${c} ${errorName(c)}`);
    return [...codes, ...REQUIRED_RULES.filter((r) => !this.rules.has(r)).map((r) => `rule ${r}`)];
  }

  report(): string {
    const lines = LISTED_CODES.map((c) => `${String(this.count(c)).padStart(8)}  ${c} ${errorName(c)}`);
    for (const c of this.counts.keys()) {
      if (!LISTED_CODES.includes(c)) lines.push(`${String(this.count(c)).padStart(8)}  ${c} ${errorName(c)} (not listed)`);
    }
    const names = [...REQUIRED_RULES, ...[...this.rules.keys()].filter((r) => !REQUIRED_RULES.includes(r))];
    const rules = names.map((r) => `${String(this.rules.get(r) ?? 0).padStart(8)}  ${r}`);
    return [`${this.runs} runs, ${this.commands} commands`, 'codes answered:', ...lines, 'rules behind them:', ...rules]
      .join('\n');
  }
}
