/**
 * The playground page: wires the timeline (the emulator and its history) to the views. Bundled by
 * playground/build.mjs into one classic script, so the page works from a static host or a file:// open.
 */
import { errorInfo } from '../../src/index';
import { byId, h, verdict } from './dom';
import { EXERCISES } from './exercises';
import { decodeLink, encodeLink } from './link';
import { INSTANCE_MACHINE, SESSION_MACHINE, transitionEdges } from './machines';
import { scriptNames } from './scope';
import { describe, ScriptRunner } from './script';
import { Timeline } from './timeline';
import { show } from './values';
import { Composer } from './views/composer';
import { Controls } from './views/controls';
import { renderDiagram } from './views/diagram';
import { HistoryView } from './views/historyView';
import { LessonsView } from './views/lessonsView';
import { MatrixData, renderMatrix } from './views/matrixView';
import { renderStateTree } from './views/stateTree';
import { TraceView } from './views/trace';

declare const __ESEMU_MATRIX__: MatrixData;

/** The page's objects, on `window.playground` for the browser tests and the console. */
export interface Playground {
  timeline: Timeline;
  runScript: (code: string) => boolean;
}

function start(): Playground {
  const t = new Timeline();
  const output = byId('script-output');
  const print = (line: string): void => {
    output.append(h('div', {}, line));
  };
  const runner = new ScriptRunner(scriptNames(t, print));
  const apis = Object.keys(t.api);
  const scriptBox = byId<HTMLTextAreaElement>('script');
  const scriptError = byId('script-error');

  const runScript = (code: string, origin = 'script'): boolean => {
    output.replaceChildren();
    const before = t.position;
    const r = t.quietly(() => runner.run(code));
    const calls = t.position - before;
    scriptError.textContent = r.ok ? '' : `✗ The ${origin} stopped after ${calls} calls: ${r.error}`;
    byId('script-status').textContent = r.ok ? `✓ The ${origin} ran ${calls} calls.` : '';
    return r.ok;
  };

  const trace = new TraceView(byId<HTMLOListElement>('trace'), (p) => t.goTo(p));
  const historyView = new HistoryView(t);
  const resetAll = (): void => {
    t.reset();
    runner.clear();
    output.replaceChildren();
  };
  const lessons = new LessonsView((code, origin) => runScript(code, origin), (code) => {
    scriptBox.value = code;
    scriptBox.focus();
  }, resetAll);
  const composer = new Composer(apis, (line, outs) => {
    const ok = runScript(line, 'call');
    const step = t.steps[t.position - 1];
    const result = byId('composer-result');
    if (!ok || step === undefined) {
      result.textContent = scriptError.textContent;
      return;
    }
    const v = verdict(step.code);
    const info = errorInfo(step.code);
    const boxes = outs.map((n) => `${n}.value = ${show((runner.vars[n] as { value?: unknown } | undefined)?.value ?? null)}`);
    result.replaceChildren(h('span', { class: v.kind }, `${v.icon} ${v.kind}: `), h('strong', {}, `${step.code} ${info.name}`),
      ` ${info.description}`, boxes.length > 0 ? h('div', {}, boxes.join('; ')) : '');
  });
  const controls = new Controls(t, apis);
  const sessionPick = byId<HTMLSelectElement>('session-pick');
  sessionPick.addEventListener('change', () => render());

  t.onStep((step, before, after) => {
    for (const e of EXERCISES) if (e.solved({ step, before, after })) lessons.markSolved(e.id);
  });

  /**
   * The session the diagram follows: the one picked, else the newest one alive now or before the step, else the
   * last one followed (now ended); its instance, else the newest instance.
   */
  let remembered: { ses: string | null; inst: string | null } = { ses: null, inst: null };
  const followed = (): { ses: string | null; inst: string | null } => {
    const keys = [...t.previousStates.keys(), ...t.states.keys()];
    const newest = (p: string): string | null => keys.filter((k) => k.startsWith(p)).sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))).pop() ?? null;
    const ses = sessionPick.value !== '' ? `s${sessionPick.value}` : newest('s') ?? (t.position > 0 ? remembered.ses : null);
    const owner = ses === null ? undefined : t.dump.instances.find((i) => i.sessions.some((s) => `s${s.handle}` === ses));
    const inst = owner !== undefined ? `i${owner.handle}` : newest('i') ?? (t.position > 0 ? remembered.inst : null);
    remembered = { ses, inst };
    return remembered;
  };

  function render(): void {
    const step = t.position > 0 ? t.steps[t.position - 1] : null;
    renderStateTree(byId('state-tree'), t.lines, step?.changes ?? []);
    const f = followed();
    const call = step === null ? '' : step.kind === 'call' ? step.api : step.label;
    for (const [m, key, box, gone] of [[SESSION_MACHINE, f.ses, 'session-diagram', 'ended'], [INSTANCE_MACHINE, f.inst, 'instance-diagram', 'freed']] as const) {
      const cur = key === null ? null : t.states.get(key) ?? { state: gone, level: 0, detail: '' };
      const prev = key === null ? undefined : t.previousStates.get(key);
      const edges = cur === null || prev === undefined ? [] : transitionEdges(m, prev, cur, call);
      renderDiagram(byId(box), m, key === null ? '' : `${m.title.toLowerCase()} ${key.slice(1)}`, cur, edges, call);
    }
    const keep = sessionPick.value;
    const sessions = t.dump.instances.flatMap((i) => i.sessions);
    sessionPick.replaceChildren(h('option', { value: '' }, 'the newest session'), ...sessions.map((s) => h('option', { value: String(s.handle) }, `session ${s.handle}`)));
    sessionPick.value = sessions.some((s) => String(s.handle) === keep) ? keep : '';
    trace.update(t.steps, t.position);
    historyView.update();
    composer.update(t.dump);
    controls.update(t.dump);
    byId('status').textContent = step === null ? 'No call yet.' : `Step ${t.position}: ${step.label}. ${step.kind === 'call' ? errorInfo(step.code).description : ''}`;
  }
  t.onChange(render);

  byId('script-run').addEventListener('click', () => runScript(scriptBox.value));
  byId('reset').addEventListener('click', resetAll);
  byId('share').addEventListener('click', () => {
    const url = `${location.href.replace(/#.*$/, '')}${encodeLink(scriptBox.value, t.position, t.steps)}`;
    byId<HTMLInputElement>('share-link').value = url;
    history.replaceState(null, '', url);
    loaded = location.hash;
  });
  renderMatrix(byId('matrix'), __ESEMU_MATRIX__, (script, expected) => {
    resetAll();
    scriptBox.value = script;
    runScript(script, 'matrix cell');
    const last = t.steps[t.steps.length - 1];
    const got = last === undefined ? '(no call)' : errorInfo(last.code).name.replace(/^JET_(err|wrn)/, '');
    byId('matrix-result').textContent = `${got === expected ? '✓' : '✗'} The call answered ${got}; the matrix says ${expected}.`;
  });

  /** Load the state a link holds (at start-up, and when another link is pasted into the address bar). */
  let loaded = '';
  const loadLink = (): void => {
    if (location.hash === loaded) return;
    loaded = location.hash;
    const shared = decodeLink(location.hash);
    if (typeof shared === 'string') scriptError.textContent = `✗ ${shared}`;
    else if (shared !== null) {
      try {
        runner.clear();
        scriptBox.value = shared.script;
        t.load(shared.steps);
        t.goTo(shared.position);
      } catch (e) {
        scriptError.textContent = `✗ the link could not be replayed: ${describe(e)}`;
      }
    }
  };
  loadLink();
  window.addEventListener('hashchange', loadLink);
  // The safety net: an error no panel caught is shown where script errors are (a page bug; the tests fail on it).
  window.addEventListener('error', (e) => {
    scriptError.textContent = `✗ The page hit an error: ${e.message}`;
  });
  render();
  document.body.setAttribute('data-ready', 'yes');
  // Milliseconds from the start of the navigation to a page that answers input (the benchmark reads it).
  document.body.setAttribute('data-ready-ms', performance.now().toFixed(1));
  return { timeline: t, runScript: (code) => runScript(code) };
}

(window as unknown as { playground: Playground }).playground = start();
