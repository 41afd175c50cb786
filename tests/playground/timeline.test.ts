/**
 * The playground's model without a browser: the history (snapshots, replay, handle aliases), the shared link, the
 * script runner, the exercises and the matrix scripts, against the engine's rules.
 */
import {
  JET_errClientRequestToStopJetService, JET_errInvalidSesid, JET_errSessionInUse, JET_errSuccess, JET_errTransTooDeep,
  JET_errWriteConflict, errorByName,
} from '../../src';
import type { StateDump } from '../../src';
import { EXERCISES } from '../../playground/src/exercises';
import { LESSONS, TOUR } from '../../playground/src/lessons';
import { decodeLink, encodeLink } from '../../playground/src/link';
import { cellScript, MATRIX_COLUMNS, MATRIX_ROWS } from '../../playground/src/matrixScripts';
import { scriptNames } from '../../playground/src/scope';
import { ScriptRunner, stripTypes } from '../../playground/src/script';
import { CHECKPOINT_EVERY, Timeline } from '../../playground/src/timeline';
import { SOLUTIONS } from './scripts';
import { EXPECTED } from '../support/matrixExpected';

function page(): { t: Timeline; run: (code: string) => ReturnType<ScriptRunner['run']>; solved: Set<string> } {
  const t = new Timeline();
  const runner = new ScriptRunner(scriptNames(t, () => undefined));
  const solved = new Set<string>();
  t.onStep((step, before, after) => {
    for (const e of EXERCISES) if (e.solved({ step, before, after })) solved.add(e.id);
  });
  return { t, run: (code) => runner.run(code), solved };
}

const codes = (t: Timeline): number[] => t.steps.map((s) => s.code);
const sessions = (d: StateDump) => d.instances.flatMap((i) => i.sessions);

describe('the history', () => {
  it('goes back and forward to the same states, in and out of transactions, with the handles first shown', () => {
    const { t, run } = page();
    const seen: string[] = [JSON.stringify(t.dump)];
    for (const c of TOUR) {
      const before = t.position;
      expect(run(c.script)).toEqual({ ok: true, error: '' });
      const end = t.position;
      for (let p = before + 1; p <= end; p++) {
        t.goTo(p);
        seen[p] = JSON.stringify(t.dump);
      }
    }
    expect(t.steps).toHaveLength(34);
    // Backwards, forwards and jumping: every state is the one first reached, handles included.
    for (const p of [33, 20, 5, 0, 7, 8, 21, 22, 34, 12, 25, 24, 26]) {
      t.goTo(p);
      expect(JSON.stringify(t.dump)).toBe(seen[p]);
    }
    // Inside the transaction (level 3), the session and its sort answer under their first handles.
    t.goTo(21);
    expect(sessions(t.dump)[0].level).toBe(3);
    expect(sessions(t.dump)[0].cursors[0].phase).toBe('retrieve');
  });

  it('branches: a new call after stepping back drops the steps after it', () => {
    const { t, run } = page();
    run(TOUR[0].script + '\n' + TOUR[1].script + '\n' + TOUR[2].script);
    expect(t.steps).toHaveLength(7);
    t.goTo(5);
    expect(run('JetEndSession(ses.value, 0);').ok).toBe(true);
    expect(t.steps).toHaveLength(6);
    expect(t.steps[5].code).toBe(JET_errSuccess);
    expect(sessions(t.dump)).toEqual([]);
  });

  it('stays cheap for 10,000 steps: snapshots every few steps, any step reached by replaying a few', () => {
    const { t, run } = page();
    run("JetCreateInstance(inst = out(), 'x'); JetInit(inst); JetBeginSession(inst.value, ses = out(), '', '');");
    t.quietly(() => run('for (let i = 0; i < 3333; i++) { JetBeginTransaction(ses.value); JetCommitTransaction(ses.value, 0); JetGetSessionInfo(ses.value, out(), 24, 0); }'));
    expect(t.steps.length).toBe(10002);
    expect(t.checkpointCount).toBeLessThanOrEqual(Math.ceil(10002 / CHECKPOINT_EVERY) + 1);
    t.goTo(5002); // 3 steps, then (begin, commit, info) x 1666, then a begin
    expect(sessions(t.dump)[0].level).toBe(1);
    t.goTo(5001);
    expect(sessions(t.dump)[0].level).toBe(0);
  });

  it('replays controls and threads: a fault injected, then the call it fails', () => {
    const { t, run } = page();
    run("JetCreateInstance(inst = out(), 'x'); emu.failCall('JetInit', { code: -1011 }); JetInit(inst); JetInit(inst);");
    expect(codes(t)).toEqual([0, 0, -1011, 0]);
    t.goTo(3);
    expect(t.dump.instances[0].state).toBe('created');
    t.goTo(4);
    expect(t.dump.instances[0].state).toBe('initialized');
  });
});

describe('the shared link', () => {
  it('holds the script, the step and the history; loading it gives the same state on a new page', () => {
    const a = page();
    a.run(TOUR.slice(0, 4).map((c) => c.script).join('\n'));
    a.t.goTo(9);
    const link = encodeLink('// my script', a.t.position, a.t.steps);
    const shared = decodeLink(link);
    if (shared === null || typeof shared === 'string') throw new Error(`not decoded: ${String(shared)}`);
    expect(shared.script).toBe('// my script');
    const b = page();
    b.t.load(shared.steps);
    b.t.goTo(shared.position);
    expect(JSON.stringify(b.t.dump)).toBe(JSON.stringify(a.t.dump));
    expect(b.t.steps.map((s) => s.label)).toEqual(a.t.steps.map((s) => s.label));
  });

  it('says so when a link is damaged, and ignores other hashes', () => {
    expect(decodeLink('#v1.!!!')).toMatch(/damaged/);
    expect(decodeLink('#section')).toBeNull();
    const forged = (h: unknown): string => `#v1.${Buffer.from(JSON.stringify({ s: '', p: 0, h })).toString('base64url')}`;
    expect(decodeLink(forged([{ x: { op: 'setFidelity', fidelity: 'whatever' } }]))).toMatch(/damaged: not a control/);
    expect(decodeLink(forged([{ x: { op: 'reset' } }]))).toMatch(/damaged: not a control/);
    expect(decodeLink(forged([{ x: { op: 'failCall', api: 'JetInit', spec: { code: -1011 } } }]))).toEqual({
      script: '', position: 0, steps: [{ kind: 'control', control: { op: 'failCall', api: 'JetInit', spec: { code: -1011 } } }],
    });
  });
});

describe('scripts', () => {
  it('report what they threw and where they stopped, without breaking the page', () => {
    const { t, run } = page();
    expect(run("JetCreateInstance(inst = out(), 'x'); throw new Error('boom');")).toEqual({ ok: false, error: 'Error: boom' });
    expect(t.steps).toHaveLength(1);
    expect(run('JetInit(nosuch.value);')).toEqual({ ok: false, error: 'ReferenceError: nosuch is not defined' });
    expect(run('JetInit(inst')).toMatchObject({ ok: false, error: expect.stringMatching(/^syntax: SyntaxError/) });
    expect(run('JetInit(inst);').ok).toBe(true);
    expect(codes(t)).toEqual([0, 0]);
  });

  it('are JavaScript first: a string that reads like a type is left alone', () => {
    const { t, run } = page();
    expect(run("JetCreateInstance(inst = out(), 'run as Admin: x'); print(inst.value);").ok).toBe(true);
    expect(t.steps[0].label).toMatch(/^JetCreateInstance\(&\d+, "run as Admin: x"\) = 0 JET_errSuccess$/);
    expect(run("const box: JET_INSTANCE = out<JET_INSTANCE>(); JetCreateInstance(box, 'ts');").ok).toBe(true);
    expect(t.steps[1].code).toBe(0);
  });

  it('print anything without throwing: BigInts, cycles, bytes', () => {
    const t = new Timeline();
    const lines: string[] = [];
    const runner = new ScriptRunner(scriptNames(t, (l) => lines.push(l)));
    expect(runner.run("const o = { n: 1n }; o.self = o; print('x', { a: 10n, b: int32(1) }, o, undefined);")).toEqual({ ok: true, error: '' });
    expect(lines).toEqual(['x {"a":"10n","b":"<4 bytes>"} [object Object] undefined']);
  });

  it('stop a loop that never ends once it has run past the time limit, keeping the calls it made as steps', () => {
    const t = new Timeline();
    const runner = new ScriptRunner(scriptNames(t, () => undefined), 50);
    const result = runner.run("JetCreateInstance(inst = out(), 'loop'); JetInit(inst); while (true) JetBeginSession(inst.value, out(), '', '');");
    expect(result.ok).toBe(false);
    expect(result.error).toMatch(/^Error: the script ran for more than 50 ms and was stopped \(does a loop never end\?\)$/);
    // Every session it began is a step, and the page goes on: a new script runs.
    expect(t.steps.length).toBeGreaterThan(2);
    expect(t.steps.slice(2).every((s) => s.label.startsWith('JetBeginSession'))).toBe(true);
    expect(runner.run('JetEndSession(1, 0);').ok).toBe(true);
  });

  it('accept the TypeScript forms of the README', () => {
    expect(stripTypes("import { out } from 'esemu';\nconst inst: JET_INSTANCE = out<JET_INSTANCE>();\nconst x = y as JET_SESID;"))
      .toBe('\nconst inst = out();\nconst x = y;');
  });
});

describe('the exercises', () => {
  it.each(Object.keys(SOLUTIONS))('%s is accepted by its solution and by nothing else', (id) => {
    const { t, run, solved } = page();
    expect(run(SOLUTIONS[id]).ok).toBe(true);
    expect({ solved: [...solved], calls: t.steps.map((s) => s.label) }).toEqual({ solved: [id], calls: expect.anything() });
    const want: Record<string, number> = {
      'session-in-use': JET_errSessionInUse, 'trans-too-deep': JET_errTransTooDeep, 'sort-disappears': JET_errSuccess,
      'works-after-stop': JET_errSuccess, 'write-conflict': JET_errWriteConflict,
    };
    expect(t.steps[t.steps.length - 1].code).toBe(want[id]);
  });

  it('are not solved by the wrong codes', () => {
    const { t: t0, run, solved } = page();
    run("JetInit(null); JetBeginSession(0, s = out(), '', ''); JetStopService(); JetBeginTransaction(s.value); JetEndSession(12345, 0);");
    expect(codes(t0)).toEqual([0, 0, 0, JET_errClientRequestToStopJetService, JET_errInvalidSesid]);
    expect(solved.has('works-after-stop')).toBe(false);
  });
});

describe('JetEndSession in the page', () => {
  it('answers every code of its table in docs/end-session.md: the lesson\'s chapters reach each one', () => {
    // The codes of the table's rows, in its order (two rows for NotInitialized: engine and documented fidelity).
    const want = ['JET_errSuccess', 'JET_errInvalidSesid', 'JET_errNotInitialized', 'JET_errNotInitialized',
      'JET_errTermInProgress', 'JET_errInstanceUnavailable', 'JET_errInstanceUnavailableDueToFatalLogDiskFull',
      'JET_errClientRequestToStopJetService', 'JET_errRestoreInProgress', 'JET_errInvalidParameter',
      'JET_errSessionInUse', 'JET_errSessionSharingViolation', 'JET_errOutOfMemory', 'JET_errOutOfBuffers'];
    const got = LESSONS[1].chapters.map(({ script }, i) => {
      const name = want[i];
      const { t, run } = page();
      const r = run(script);
      const last = t.steps[t.steps.length - 1];
      return r.ok && last.kind === 'call' && last.api === 'JetEndSession' ? errorByName(name)?.value === last.code ? name : last.label : r.error;
    });
    expect(got).toEqual(want);
    expect(new Set(got).size).toBe(13);
  });
});

describe('the error matrix scripts', () => {
  it('reach every cell: the last call answers what the hand-written matrix says', () => {
    const wrong: string[] = [];
    for (const row of Object.keys(MATRIX_ROWS) as Array<keyof typeof EXPECTED>) {
      for (const column of Object.keys(MATRIX_COLUMNS) as Array<keyof (typeof EXPECTED)[typeof row]>) {
        const { t, run } = page();
        const r = run(cellScript(row, column) as string);
        const last = t.steps[t.steps.length - 1];
        const want = errorByName(`JET_err${EXPECTED[row][column]}`)?.value;
        if (!r.ok || last.code !== want) wrong.push(`${row} / ${column}: ${r.error} ${last.label}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
