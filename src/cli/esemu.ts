#!/usr/bin/env node
/**
 * The `esemu` command: `esemu` (or `esemu tour`) runs the lifecycle tour; `esemu repl` opens a Node REPL with the
 * whole API in scope, printing each call with its code; `esemu run FILE` runs a script of calls and prints the
 * trace. `esemu --help` and `esemu <command> --help` say so.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { start } from 'node:repl';
import type { Readable, Writable } from 'node:stream';
import { createContext, runInContext } from 'node:vm';
import * as esemu from '../index';
import { createEmulator, formatTraceRecord } from '../index';

export interface Io {
  out: Writable;
  err: Writable;
  input?: Readable;
}

const HELP: Record<string, string> = {
  main: [
    'esemu: esent.dll (ESE, "JET Blue") emulated in memory.',
    '',
    'usage:',
    '  esemu [tour]          walk through the session lifecycle, printing every call, its code and the state tree',
    '  esemu repl            a Node REPL with the whole API in scope (esemu repl --help)',
    '  esemu run FILE        run a script of Jet* calls and print the trace (esemu run --help)',
    '  esemu --help          this text',
  ].join('\n'),
  repl: [
    'usage: esemu repl [--state]',
    '',
    'A Node REPL whose scope holds every export of esemu (JetCreateInstance, out, JET_errSuccess, ...) bound to a',
    'fresh emulator, also in scope as `emulator`. Each call prints "= code name". Commands:',
    '  .state               print the state tree (instances, sessions, levels, databases, cursors, tables)',
    '  .reset               forget everything (emulator.reset())',
    'With --state the state tree is printed after every call.',
  ].join('\n'),
  run: [
    'usage: esemu run FILE [--state]',
    '',
    'Runs FILE, a JavaScript script, with every export of esemu in scope (as in the REPL, on a fresh emulator), and',
    'prints each call: its arguments, its code and the code\'s name. With --state the state tree follows at the end.',
    'The exit code is 1 when the script throws.',
  ].join('\n'),
};

/** The REPL's and the script's global scope: every export of esemu, its Jet* functions bound to `emu`. */
function scopeFor(emu: esemu.Emulator): Record<string, unknown> {
  const scope: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(esemu)) scope[name] = value;
  for (const [name, fn] of Object.entries(emu.api)) scope[name] = fn;
  scope.emulator = emu;
  return scope;
}

function write(stream: Writable, text: string): void {
  stream.write(`${text}\n`);
}

function runFile(args: string[], io: Io): number {
  const file = args.find((a) => !a.startsWith('--'));
  if (file === undefined) {
    write(io.err, HELP.run);
    return 2;
  }
  let source: string;
  try {
    source = readFileSync(resolve(file), 'utf8');
  } catch (e) {
    write(io.err, `esemu run: cannot read ${file}: ${(e as Error).message}`);
    return 2;
  }
  const emu = createEmulator();
  emu.subscribe((r) => write(io.out, formatTraceRecord(r)));
  const context = createContext({ ...scopeFor(emu), console: { log: (...a: unknown[]) => write(io.out, a.map(String).join(' ')) } });
  try {
    runInContext(source, context, { filename: file });
  } catch (e) {
    write(io.err, `esemu run: ${file} threw: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    return 1;
  }
  if (args.includes('--state')) write(io.out, emu.dumpText());
  return 0;
}

function repl(args: string[], io: Io): number {
  const emu = createEmulator();
  const showState = args.includes('--state');
  emu.subscribe((r) => {
    write(io.out, `= ${r.code} ${r.codeName}`);
    if (showState) write(io.out, emu.dumpText());
  });
  const server = start({ prompt: 'esemu> ', input: io.input ?? process.stdin, output: io.out, useGlobal: false, terminal: false });
  Object.assign(server.context, scopeFor(emu));
  server.defineCommand('state', { help: 'Print the state tree', action() { write(io.out, emu.dumpText()); this.displayPrompt(); } });
  server.defineCommand('reset', { help: 'Forget every instance, session and file', action() { emu.reset(); this.displayPrompt(); } });
  return 0;
}

/** Run the command for `argv` (without node and the script); returns the exit code (the REPL keeps running). */
export function main(argv: string[], io: Io = { out: process.stdout, err: process.stderr }): number {
  const [command = 'tour', ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    write(io.out, HELP.main);
    return 0;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    write(io.out, HELP[command] ?? HELP.main);
    return command in HELP || command === 'tour' ? 0 : 2;
  }
  switch (command) {
    case 'tour':
      // The tour runs when its module loads, printing to stdout.
      require('../tour/tour');
      return 0;
    case 'repl':
      return repl(rest, io);
    case 'run':
      return runFile(rest, io);
    default:
      write(io.err, `esemu: unknown command "${command}"\n\n${HELP.main}`);
      return 2;
  }
}

if (require.main === module) {
  const code = main(process.argv.slice(2));
  if (code !== 0) process.exitCode = code;
}
