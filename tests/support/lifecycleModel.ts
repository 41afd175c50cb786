/**
 * The reference model of the ESE session engine used by tests/core/model.test.ts.
 * It lives in tests/support/model/, one concern per file:
 *
 * - world.ts        the state (process, instances, sessions, tables, cursors, attachments)
 * - gates.ts        handle checks, the instance and session gates
 * - instances.ts    run mode, JetCreateInstance / JetInit / JetTerm / JetStopService*
 * - params.ts       JetSetSystemParameter / JetGetSystemParameter
 * - sessions.ts     sessions, contexts, JetGetSessionInfo, transactions
 * - transactions.ts commit and rollback effects (levels, cursors, undo)
 * - tables.ts       temp-table contents (insert phase, duplicate removal, materialization)
 * - moves.ts        moves, seeks and index ranges
 * - tableRules.ts   the temp-table calls
 * - databases.ts    create / attach / open / close / detach
 * - faults.ts       armed fault points
 * - cmd*.ts, random.ts, spec.ts, driver.ts, harness.ts, invariants.ts, stats.ts: the test machinery
 *
 * Everything is written from the engine's rules (/work/shared/ese-semantics.md and the engine source), not from
 * esemu's code.
 */
export { runSteps, COMMANDS } from './model/driver';
export type { Step } from './model/driver';
export { Stats, MODELLED_CODES } from './model/stats';
export { ModelMismatch } from './model/check';
