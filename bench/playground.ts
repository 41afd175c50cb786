/**
 * npm run bench:playground: the playground's budgets (issue 8), measured in Chromium through playwright-core, and
 * the history's memory in Node. Not part of the tests; docs/performance.md records the figures.
 *
 * - the page's script (app.js, minified, no diagram library) gzipped: budget 150 kB;
 * - the first view interactive (navigation start to the end of the page's start-up), file://: budget 1 s;
 * - one call plus the redraw of every view (and a forced layout) with 1,000 calls of history: budget 50 ms;
 * - stepping back one step and to the middle of 1,000 steps (a restore and a replay);
 * - the memory of 10,000 steps of history.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { buildPage, launch, open } from '../tests/playground/browser';
import { ScriptRunner } from '../playground/src/script';
import { scriptNames } from '../playground/src/scope';
import { Timeline } from '../playground/src/timeline';

const median = (v: number[]): number => [...v].sort((a, b) => a - b)[v.length >> 1];
const ms = (n: number): string => `${n.toFixed(1)} ms`;

/** 1,000 calls: an instance, a session, then begin / info / commit rounds (some steps inside a transaction). */
const HISTORY = "JetCreateInstance(inst = out(), 'b'); JetInit(inst); JetBeginSession(inst.value, ses = out(), '', '');\n"
  + 'for (let i = 0; i < 333; i++) { JetBeginTransaction(ses.value); JetGetSessionInfo(ses.value, out(), 24, 0); JetCommitTransaction(ses.value, 0); }\n'
  + 'JetBeginTransaction(ses.value);';

async function main(): Promise<void> {
  console.log(`playground benchmark, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const url = buildPage();
  const app = readFileSync(join(fileURLToPath(url), '..', 'app.js'));
  console.log(`app.js: ${(app.length / 1024).toFixed(1)} kB minified, ${(gzipSync(app).length / 1024).toFixed(1)} kB gzip (budget 150 kB)`);

  const browser = await launch();
  const errors: string[] = [];
  const ready: number[] = [];
  for (let i = 0; i < 7; i++) {
    const page = await open(browser, url, errors);
    ready.push(Number(await page.getAttribute('body', 'data-ready-ms')));
    await page.close();
  }
  console.log(`first view interactive: median ${ms(median(ready))}, worst ${ms(Math.max(...ready))} of 7 loads (budget 1 s)`);

  const page = await open(browser, url, errors);
  await page.evaluate(`playground.runScript(${JSON.stringify(HISTORY)})`);
  const steps = await page.evaluate<number>('playground.timeline.steps.length');
  // One call and every view redrawn (synchronously, as the page does), then the layout forced, 60 times.
  const one = await page.evaluate<number[]>(`(() => {
    const out = [];
    for (let i = 0; i < 60; i++) {
      const t0 = performance.now();
      playground.runScript(i % 2 === 0 ? 'JetBeginTransaction(ses.value);' : 'JetCommitTransaction(ses.value, 0);');
      void document.body.offsetHeight;
      out.push(performance.now() - t0);
    }
    return out;
  })()`);
  console.log(`one call + redraw with ${steps} calls of history: median ${ms(median(one))}, 90th percentile ${ms([...one].sort((a, b) => a - b)[Math.floor(one.length * 0.9)])}, worst ${ms(Math.max(...one))} of 60 (budget 50 ms)`);
  const nav = await page.evaluate<number[]>(`(() => {
    const t = playground.timeline, out = [];
    for (const to of [t.position - 1, 500, t.position, 999, 1]) {
      const t0 = performance.now();
      t.goTo(to);
      void document.body.offsetHeight;
      out.push(performance.now() - t0);
    }
    return out;
  })()`);
  console.log(`history moves (back one, to 500, to the end, to 999, to 1): ${nav.map(ms).join(', ')}`);
  // Up to 10,000 steps: a script of 9,000 more calls, drawn once at its end, then calls and moves again.
  const big = await page.evaluate<number[]>(`(() => {
    const t = playground.timeline;
    t.goTo(t.steps.length);
    const t0 = performance.now();
    playground.runScript('for (let i = 0; i < 4500; i++) { JetBeginTransaction(ses.value); JetCommitTransaction(ses.value, 0); }');
    void document.body.offsetHeight;
    const run = performance.now() - t0;
    const calls = [];
    for (let i = 0; i < 20; i++) {
      const t1 = performance.now();
      playground.runScript(i % 2 === 0 ? 'JetBeginTransaction(ses.value);' : 'JetCommitTransaction(ses.value, 0);');
      void document.body.offsetHeight;
      calls.push(performance.now() - t1);
    }
    const t2 = performance.now();
    t.goTo(5000);
    void document.body.offsetHeight;
    return [t.steps.length, run, calls.sort((a, b) => a - b)[10], performance.now() - t2];
  })()`);
  console.log(`${big[0]} steps: the 9,000-call script run and drawn in ${ms(big[1])}; then one call + redraw median ${ms(big[2])}; a move to step 5,000 ${ms(big[3])}`);
  await browser.close();
  if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);

  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const t = new Timeline();
  const runner = new ScriptRunner(scriptNames(t, () => undefined));
  t.quietly(() => runner.run(HISTORY.replace('333', '3333')));
  gc?.();
  const used = process.memoryUsage().heapUsed - heap0;
  console.log(`history of ${t.steps.length} steps: ${(used / 1e6).toFixed(1)} MB heap (${Math.round(used / t.steps.length)} bytes a step), ${t.checkpointCount} snapshots${gc === undefined ? ' (run with --expose-gc for a steadier figure)' : ''}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
