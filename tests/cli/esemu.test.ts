/**
 * The `esemu` command (src/cli/esemu.ts), driven in-process through main(): the tour, a script run with its trace,
 * the REPL with the API in scope, and the help texts. The codes expected are esent.h's rules: a second
 * JetEndSession of the same session is InvalidSesid (handles are never reused), JetCommitTransaction outside a
 * transaction is NotInTransaction.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/esemu';

function sink(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: string[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  return { stream, text: () => chunks.join('') };
}

let dir = '';
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'esemu-cli-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('esemu run FILE', () => {
  it('prints each call with its code, the API in scope on a fresh emulator', () => {
    const file = join(dir, 'calls.js');
    writeFileSync(file, [
      "const inst = out(); JetCreateInstance(inst, 'script'); JetInit(inst);",
      "const ses = out(); JetBeginSession(inst.value, ses, '', '');",
      'JetCommitTransaction(ses.value, 0);',
      'JetEndSession(ses.value, 0); JetEndSession(ses.value, 0);',
      "console.log('codes', JET_errSuccess, JET_errInvalidSesid);",
    ].join('\n'));
    const out = sink();
    const err = sink();
    expect(main(['run', file, '--state'], { out: out.stream, err: err.stream })).toBe(0);
    const lines = out.text().split('\n');
    const calls = lines.filter((l) => l.startsWith('Jet'));
    expect(calls.map((l) => l.replace(/\(.*\)/, '()'))).toEqual([
      'JetCreateInstance() = 0 JET_errSuccess',
      'JetInit() = 0 JET_errSuccess',
      'JetBeginSession() = 0 JET_errSuccess',
      'JetCommitTransaction() = -1054 JET_errNotInTransaction',
      'JetEndSession() = 0 JET_errSuccess',
      'JetEndSession() = -1104 JET_errInvalidSesid',
    ]);
    expect(lines).toContain('codes 0 -1104');
    // --state: the state tree at the end, the session gone, the instance still there.
    expect(out.text()).toMatch(/instance \d+ "script"/);
    expect(out.text()).not.toMatch(/session \d+ procid/);
    expect(err.text()).toBe('');
  });

  it('a script that throws exits 1 with its error; a missing file exits 2', () => {
    const file = join(dir, 'throws.js');
    writeFileSync(file, "throw new Error('boom');");
    const err = sink();
    expect(main(['run', file], { out: sink().stream, err: err.stream })).toBe(1);
    expect(err.text()).toMatch(/threw: Error: boom/);
    const missing = sink();
    expect(main(['run', join(dir, 'nope.js')], { out: sink().stream, err: missing.stream })).toBe(2);
    expect(missing.text()).toMatch(/cannot read/);
    expect(main(['run'], { out: sink().stream, err: sink().stream })).toBe(2);
  });
});

describe('esemu repl', () => {
  it('evaluates calls with the API in scope, prints their codes, and .state prints the state tree', async () => {
    const input = new PassThrough();
    const out = sink();
    expect(main(['repl'], { out: out.stream, err: sink().stream, input })).toBe(0);
    input.write("const i = out(); JetCreateInstance(i, 'repl')\n");
    input.write('JetEndSession(99999, 0)\n');
    input.write('.state\n');
    input.end();
    await new Promise((r) => setTimeout(r, 200));
    const text = out.text();
    expect(text).toContain('= 0 JET_errSuccess');
    // A session handle nobody was given: InvalidSesid.
    expect(text).toContain('= -1104 JET_errInvalidSesid');
    expect(text).toMatch(/instance \d+ "repl"/);
  });
});

describe('esemu (tour) and help', () => {
  it('with no arguments runs the tour, which ends with the instance terminated', () => {
    const written: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      expect(main([])).toBe(0);
    } finally {
      spy.mockRestore();
    }
    const text = written.join('');
    expect(text).toContain('== 1. Create and initialize an instance');
    expect(text).toMatch(/JetTerm\(.*\) = 0 JET_errSuccess/);
  });

  it('--help lists the commands; each command has its own help; an unknown command exits 2', () => {
    const out = sink();
    expect(main(['--help'], { out: out.stream, err: sink().stream })).toBe(0);
    expect(out.text()).toMatch(/esemu repl/);
    expect(out.text()).toMatch(/esemu run FILE/);
    const repl = sink();
    expect(main(['repl', '--help'], { out: repl.stream, err: sink().stream })).toBe(0);
    expect(repl.text()).toMatch(/\.state/);
    const err = sink();
    expect(main(['nonsense'], { out: sink().stream, err: err.stream })).toBe(2);
    expect(err.text()).toMatch(/unknown command "nonsense"/);
  });
});
