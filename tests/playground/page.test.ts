/**
 * The playground in Chromium (playwright-core): the tour lesson end to end with the state tree and the diagrams
 * after each chapter, the history, the exercises, the shared link, the error matrix, the composer, the controls
 * and the keyboard. Expected codes and states come from the engine's rules (docs/state-machines.md,
 * docs/end-session.md, tests/support/matrixExpected.ts), not from the page.
 */
import type { Browser, Page } from 'playwright-core';
import { EXPECTED } from '../support/matrixExpected';
import { buildPage, launch, open, screenshot } from './browser';
import { SOLUTIONS } from './scripts';

jest.setTimeout(30_000);

let browser: Browser;
let url: string;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  url = buildPage();
  browser = await launch();
  page = await open(browser, url, errors);
});

afterAll(async () => {
  await browser?.close();
});

afterEach(() => {
  expect(errors).toEqual([]);
});

const tree = (p: Page): Promise<string[]> => p.locator('#state-tree li').allInnerTexts()
  .then((l) => l.map((x) => x.replace(/^● /, '').replace(/\s*\(changed\)$/, '').trim()));
const current = (p: Page, machine: 'session' | 'instance'): Promise<string | null> => p.getAttribute(`#${machine}-caption`, 'data-current');
const lastEdges = (p: Page, machine: 'session' | 'instance'): Promise<string[]> =>
  p.locator(`svg[data-machine=${machine}] path.edge.last`).evaluateAll((els) => els.map((e) => e.getAttribute('data-edge') ?? ''));
const traceNames = (p: Page): Promise<string[]> => p.locator('#trace li').evaluateAll((els) => els.map((e) => e.getAttribute('data-name') ?? ''));

async function runScript(p: Page, code: string): Promise<void> {
  await p.fill('#script', code);
  await p.click('#script-run');
}

async function reset(p: Page): Promise<void> {
  await p.click('#reset');
  expect(await p.locator('#trace li').count()).toBe(0);
}

const S = 'JET_errSuccess';
/** Each chapter of the tour: the codes of its calls, then what the tree and the diagrams show. */
const CHAPTERS: Array<{ codes: string[]; tree: RegExp[]; absent: RegExp[]; session: string; sessionEdges: string[]; instance: string; instanceEdges: string[] }> = [
  { codes: [S, S], tree: [/^instance \d+ "tour" \[initialized\]$/], absent: [/^session/], session: '', sessionEdges: [], instance: 'initialized', instanceEdges: ['created>initialized'] },
  { codes: [S, S], tree: [/^session \d+ procid 1 level 0$/, /^open database \d+ tour\.edb x1$/, /^database \d+ tour\.edb \(opens 1\)$/], absent: [], session: 'level0', sessionEdges: [], instance: 'initialized', instanceEdges: [] },
  { codes: [S, S, S], tree: [/^session \d+ procid 1 level 3$/], absent: [], session: 'levelN', sessionEdges: ['levelN>levelN'], instance: 'initialized', instanceEdges: [] },
  { codes: Array<string>(14).fill(S), tree: [/^sort \d+ retrieve, 3 rows, opened at level 3$/], absent: [], session: 'levelN', sessionEdges: [], instance: 'initialized', instanceEdges: [] },
  { codes: [S, 'JET_errSessionInUse', S], tree: [/^session \d+ procid 1 level 3$/, /^sort \d+ retrieve/], absent: [/context/], session: 'levelN', sessionEdges: [], instance: 'initialized', instanceEdges: [] },
  { codes: [S], tree: [/^database \d+ tour\.edb \(opens 0\)$/], absent: [/^session/, /^sort/], session: 'ended', sessionEdges: ['levelN>ending', 'ending>ended'], instance: 'initialized', instanceEdges: [] },
  { codes: ['JET_errInvalidSesid', 'JET_errInvalidSesid', 'JET_errInvalidSesid'], tree: [/^instance \d+ "tour" \[initialized\]$/], absent: [/^session/], session: 'ended', sessionEdges: [], instance: 'initialized', instanceEdges: [] },
  {
    codes: [S, S, 'JET_errClientRequestToStopJetService', 'JET_errClientRequestToStopJetService', S],
    tree: [/^instance \d+ "tour" \[initialized, stop requested\]$/], absent: [/^session/], session: 'ended', sessionEdges: ['level0>ending', 'ending>ended'],
    instance: 'stopRequested', instanceEdges: [],
  },
  { codes: [S], tree: [/^file tour\.edb$/], absent: [/^instance/], session: 'ended', sessionEdges: [], instance: 'freed', instanceEdges: ['stopRequested>freed'] },
];

/** The state tree after each chapter, to compare with after stepping back and forward. */
const treeAt = new Map<number, string[]>();

describe('the tour lesson', () => {
  it('runs end to end; after each chapter the trace, the state tree and both diagrams are as the rules say', async () => {
    let calls = 0;
    for (const [n, want] of CHAPTERS.entries()) {
      await page.click('#lesson-run');
      const names = await traceNames(page);
      expect({ chapter: n + 1, codes: names.slice(calls) }).toEqual({ chapter: n + 1, codes: want.codes });
      calls = names.length;
      const lines = await tree(page);
      for (const re of want.tree) expect({ chapter: n + 1, lines }).toEqual({ chapter: n + 1, lines: expect.arrayContaining([expect.stringMatching(re)]) });
      for (const re of want.absent) expect(lines.filter((l) => re.test(l))).toEqual([]);
      expect({ chapter: n + 1, session: await current(page, 'session'), edges: await lastEdges(page, 'session') })
        .toEqual({ chapter: n + 1, session: want.session, edges: want.sessionEdges });
      expect({ chapter: n + 1, instance: await current(page, 'instance'), edges: await lastEdges(page, 'instance') })
        .toEqual({ chapter: n + 1, instance: want.instance, edges: want.instanceEdges });
      treeAt.set(calls, lines);
      // The README's picture (docs/images/playground.png is a copy): the session inside its transactions, with a sort.
      if (n === 4) await screenshot(page, 'readme', '#diagram-panel');
    }
    expect(await page.textContent('#step-label')).toBe('Step 34 of 34');
    // The trace says success, warning or error in words and an icon, not by colour alone.
    expect(await page.locator('#trace li.error').first().textContent()).toMatch(/^✗ error: JetEndSession\(\d+, 0\) = -1914 JET_errSessionInUse /);
    expect(await page.getAttribute('#trace', 'aria-live')).toBe('polite');
    await screenshot(page, 'tour');
  });

  it('steps back and forward (buttons, keyboard, slider) to the states first reached', async () => {
    expect(treeAt.size).toBe(CHAPTERS.length);
    await page.focus('#step-back');
    await page.keyboard.press('Enter'); // 33: before JetTerm
    expect(await page.textContent('#step-label')).toBe('Step 33 of 34');
    expect(await current(page, 'instance')).toBe('stopRequested');
    for (const [position, lines] of [...treeAt.entries()].reverse()) {
      await page.locator('#step-slider').fill(String(position));
      expect({ position, lines: await tree(page) }).toEqual({ position, lines });
    }
    // Into the transaction: step 7 is the third JetBeginTransaction, level 3, then forward one by one to the sort.
    await page.locator('#step-slider').fill('7');
    expect(await current(page, 'session')).toBe('levelN');
    for (let i = 0; i < 14; i++) await page.click('#step-forward');
    expect(await tree(page)).toEqual(treeAt.get(21));
    // Steps after the current one say "(undone)" (a style rule shows the mark; computed styles tell).
    expect(await page.evaluate<number>("[...document.querySelectorAll('#trace .undone-mark')].filter((m) => getComputedStyle(m).display === 'inline').length")).toBe(34 - 21);
    expect(await page.getAttribute('#trace li:nth-child(21)', 'aria-current')).toBe('step');
    await page.click('#step-last');
    expect(await tree(page)).toEqual(treeAt.get(34));
  });

  it('makes a link that loads the same state and step in a new page', async () => {
    await page.locator('#step-slider').fill('24');
    const lines = await tree(page);
    expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(/^session \d+ procid 1 level 3$/)]));
    const trace = await traceNames(page);
    await page.click('#share');
    const link = await page.inputValue('#share-link');
    expect(link).toMatch(/#v1\./);
    const other = await open(browser, link, errors);
    expect(await tree(other)).toEqual(lines);
    expect(await traceNames(other)).toEqual(trace);
    expect(await other.textContent('#step-label')).toBe('Step 24 of 34');
    expect(await current(other, 'session')).toBe('levelN');
    // A damaged link is reported on the page, which starts empty and keeps working.
    await other.goto(`${url}#v1.not-a-state`);
    await other.reload();
    await other.waitForSelector('body[data-ready=yes]');
    expect(await other.textContent('#script-error')).toMatch(/^✗ the link is damaged/);
    expect(await other.locator('#trace li').count()).toBe(0);
    await other.close();
  });
});

describe('the JetEndSession lesson', () => {
  it('runs a chapter from the empty state and reaches its code (docs/end-session.md: ClientRequestToStopJetService only in documented fidelity)', async () => {
    await runScript(page, "JetCreateInstance(x = out(), 'left over');");
    await page.selectOption('#lesson-pick', '1');
    for (let i = 0; i < 7; i++) await page.click('#lesson-next');
    expect(await page.textContent('#lesson-title')).toBe('8. JET_errClientRequestToStopJetService (chapter 8 of 14)');
    await page.click('#lesson-run');
    // The state left over is gone: a control, four calls to get there, and the JetEndSession.
    expect(await traceNames(page)).toEqual([...Array<string>(5).fill(S), 'JET_errClientRequestToStopJetService']);
    expect(await page.textContent('#trace li:first-child code')).toBe("emu.setFidelity('documented')");
    expect((await tree(page))[0]).toBe('emulator (multiInstance, fidelity documented)');
    await page.selectOption('#lesson-pick', '0');
    expect(await page.textContent('#lesson-title')).toMatch(/^1\. Create and initialize an instance/);
  });
});

describe('a long history', () => {
  it('shows a window of the trace around the current step, and the slider reaches every step', async () => {
    await reset(page);
    await runScript(page, "JetCreateInstance(inst = out(), 'l'); JetInit(inst); JetBeginSession(inst.value, ses = out(), '', '');\n"
      + 'for (let i = 0; i < 1000; i++) { JetBeginTransaction(ses.value); JetCommitTransaction(ses.value, 0); }');
    expect(await page.textContent('#step-label')).toBe('Step 2003 of 2003');
    expect(await page.locator('#trace li').count()).toBe(2003 - 1600);
    expect(await page.textContent('#trace li:first-child .goto')).toBe('step 1601');
    expect(await page.textContent('#trace li:last-child .goto')).toBe('step 2003');
    expect(await page.locator('p.more').first().textContent()).toBe('… 1600 earlier steps (the slider and Step back reach them)');
    await page.locator('#step-slider').fill('4');
    expect(await current(page, 'session')).toBe('levelN');
    expect(await page.locator('#trace li').count()).toBe(600);
    expect(await page.textContent('#trace li:first-child .goto')).toBe('step 1');
    expect(await page.getAttribute('#trace li:nth-child(4)', 'aria-current')).toBe('step');
    expect(await page.locator('p.more').last().textContent()).toBe('… 1403 later steps (the slider and Step forward reach them)');
  });
});

describe('the exercises', () => {
  it.each(Object.keys(SOLUTIONS))('%s: the page accepts a solution', async (id) => {
    await reset(page);
    expect(await page.getAttribute(`[data-exercise=${id}]`, 'data-solved')).toMatch(/no|yes/);
    await runScript(page, SOLUTIONS[id]);
    expect(await page.textContent('#script-error')).toBe('');
    expect(await page.getAttribute(`[data-exercise=${id}]`, 'data-solved')).toBe('yes');
    expect(await page.innerText(`[data-exercise=${id}]`)).toMatch(/^✓ solved/);
  });
});

describe('the error matrix', () => {
  it('loads and runs the script of each JetEndSession cell, which answers the hand-written code', async () => {
    const row = 'JetEndSession (engine)';
    for (const [column, code] of Object.entries(EXPECTED[row])) {
      await page.click(`button.cell[data-row="${row}"][data-column="${column}"]`);
      expect({ column, result: await page.textContent('#matrix-result') }).toEqual({ column, result: `✓ The call answered ${code}; the matrix says ${code}.` });
      expect((await traceNames(page)).pop()).toBe(`JET_err${code}`);
    }
    expect(await page.inputValue('#script')).toMatch(/JetTerm2\(inst\.value, JET_bitTermDirty\)/);
    await screenshot(page, 'matrix');
  });
});

describe('the call composer, the controls and bad input', () => {
  it('composes calls with live handles and flags, shows their codes, and reports bad input without breaking', async () => {
    await reset(page);
    await page.selectOption('#composer-api', 'JetCreateInstance');
    await page.fill('[data-param=szInstanceName]', "'c'");
    await page.click('#composer-run');
    expect(await page.textContent('#composer-result')).toMatch(/^✓ success: 0 JET_errSuccess.*pinstance\.value = \d+/);
    await page.selectOption('#composer-api', 'JetInit');
    await page.click('#composer-run');
    await page.selectOption('#composer-api', 'JetBeginSession');
    await page.click('#composer-run');
    expect(await page.textContent('#composer-result')).toMatch(/psesid\.value = \d+/);
    // A sort: its columns as an expression, the tableid box offered, an insert chosen among the JET_prep values,
    // and a value encoded as a 32-bit integer, its size filled in.
    await page.selectOption('#composer-api', 'JetOpenTempTable');
    await page.fill('[data-param=prgcolumndef]', '[{ coltyp: JET_coltypLong, grbit: JET_bitColumnTTKey }]');
    await page.fill('[data-param=ccolumn]', '1');
    await page.fill('[data-param=prgcolumnid]', 'ids = []');
    await page.click('#composer-run');
    expect(await page.textContent('#composer-result')).toMatch(/^✓ success: 0 JET_errSuccess.*ptableid\.value = \d+/);
    await page.selectOption('#composer-api', 'JetPrepareUpdate');
    await page.check('#flag-JET_prepInsert');
    expect(await page.textContent('#composer-code')).toMatch(/^JetPrepareUpdate\(\d+, \d+, JET_prepInsert\)$/);
    await page.click('#composer-run');
    await page.selectOption('#composer-api', 'JetSetColumn');
    await page.fill('[data-param=columnid]', 'ids[0]');
    await page.selectOption('[aria-label="encode pvData as"]', 'int32');
    await page.fill('[data-value-for=pvData]', '42');
    expect(await page.textContent('#composer-code')).toMatch(/^JetSetColumn\(\d+, \d+, ids\[0\], int32\(42\), 4, 0, null\)$/);
    await page.click('#composer-run');
    await page.selectOption('#composer-api', 'JetUpdate');
    await page.click('#composer-run');
    expect(await tree(page)).toEqual(expect.arrayContaining([expect.stringMatching(/^sort \d+ insert, 1 rows, opened at level 0$/)]));
    await page.selectOption('#composer-api', 'JetBeginTransaction2');
    await page.check('#flag-JET_bitTransactionReadOnly');
    expect(await page.textContent('#composer-code')).toMatch(/^JetBeginTransaction2\(\d+, JET_bitTransactionReadOnly\)$/);
    await page.click('#composer-run');
    expect(await current(page, 'session')).toBe('levelN');
    await page.fill('[data-param=sesid]', 'nosuch.value');
    await page.click('#composer-run');
    expect(await page.textContent('#script-error')).toMatch(/✗ The call stopped after 0 calls: ReferenceError/);
    await runScript(page, 'JetInit(inst');
    expect(await page.textContent('#script-error')).toMatch(/syntax: SyntaxError/);
    await runScript(page, 'JetEndSession(');
    expect(await traceNames(page)).toEqual(Array<string>(8).fill('JET_errSuccess'));
  });

  it("writes a value by its column's type (esent.h's JET_coltyp: Short two bytes, Unicode text UTF-16LE) and shows the records", async () => {
    await reset(page);
    await runScript(page, [
      "JetCreateInstance(inst = out(), 'v'); JetInit(inst); JetBeginSession(inst.value, ses = out(), '', '');",
      "JetCreateDatabase(ses.value, 'v.edb', '', db = out(), 0); JetCreateTable(ses.value, db.value, 'things', 0, 100, tid = out());",
      "JetAddColumn(ses.value, tid.value, 'n', { coltyp: JET_coltypShort }, null, 0, out());",
      "JetAddColumn(ses.value, tid.value, 's', { coltyp: JET_coltypText, cp: 1200 }, null, 0, out());",
      'JetPrepareUpdate(ses.value, tid.value, JET_prepInsert);',
    ].join('\n'));
    expect(await traceNames(page)).toEqual(Array<string>(8).fill('JET_errSuccess'));
    await page.selectOption('#composer-api', 'JetSetColumn');
    const column = async (name: string): Promise<void> => {
      const option = page.locator('select[data-handles=JET_COLUMNID] option', { hasText: `things.${name}` });
      await page.selectOption('select[data-handles=JET_COLUMNID]', (await option.getAttribute('value')) ?? '');
    };
    await column('n');
    await page.selectOption('[aria-label="encode pvData as"]', 'column');
    await page.fill('[data-value-for=pvData]', '-2');
    expect(await page.textContent('#composer-code')).toMatch(/^JetSetColumn\(\d+, \d+, \d+, value\(JET_coltypShort, "-2"\), 2, 0, null\)$/);
    await page.click('#composer-run');
    // Choosing the other column writes the value again for its type.
    await column('s');
    await page.fill('[data-value-for=pvData]', 'héllo');
    expect(await page.textContent('#composer-code')).toMatch(/value\(JET_coltypText, "héllo", 1200\), 10, 0, null\)$/);
    await page.click('#composer-run');
    await page.fill('[data-value-for=pvData]', '99999');
    await column('n');
    expect(await page.textContent('[data-note-for=pvData]')).toBe('"99999" is not a value of JET_coltypShort');
    await page.selectOption('#composer-api', 'JetUpdate');
    await page.click('#composer-run');
    expect(await traceNames(page)).toEqual(Array<string>(11).fill('JET_errSuccess'));
    expect(await tree(page)).toEqual(expect.arrayContaining([
      expect.stringMatching(/^table things: 1 records, columns \(n, s\)$/),
      expect.stringMatching(/^record \[[0-9a-f]+\] n=-2, s="héllo"$/),
    ]));
  });

  it('injects a fault, sets the fidelity and an instance state, each a step', async () => {
    await reset(page);
    await runScript(page, "JetCreateInstance(inst = out(), 'f');");
    await page.selectOption('#ctl-fail-api', 'JetInit');
    await page.fill('#ctl-fail-code', '-1011');
    await page.click('#ctl-fail-call');
    expect(await page.textContent('#ctl-pending')).toMatch(/JetInit/);
    await runScript(page, 'JetInit(inst); JetInit(inst);');
    expect(await traceNames(page)).toEqual(['JET_errSuccess', 'JET_errSuccess', 'JET_errOutOfMemory', 'JET_errSuccess']);
    await page.selectOption('#ctl-fidelity', 'documented');
    expect((await tree(page))[0]).toBe('emulator (multiInstance, fidelity documented)');
    await page.selectOption('#ctl-state', 'terminating');
    await page.click('#ctl-set-state');
    expect(await current(page, 'instance')).toBe('terminating');
    await runScript(page, "JetBeginSession(inst.value, out(), '', '');");
    expect((await traceNames(page)).pop()).toBe('JET_errTermInProgress');
  });
});

describe('keyboard', () => {
  it('reaches the main controls with Tab alone', async () => {
    await reset(page);
    await page.selectOption('#lesson-pick', '0'); // its first chapter: "Next chapter" enabled (a disabled one is no tab stop)
    // (Functions run in the page are given as text: the tests are compiled without the DOM's types.)
    await page.evaluate('document.activeElement && document.activeElement.blur()');
    await page.click('header h1'); // Tab starts from the top of the page
    const seen = new Set<string>();
    for (let i = 0; i < 160 && !seen.has('matrix-cell'); i++) {
      await page.keyboard.press('Tab');
      seen.add(await page.evaluate<string>("(el => el === null ? '' : el.classList.contains('cell') ? 'matrix-cell' : el.id)(document.activeElement)"));
    }
    const main = ['reset', 'share', 'lesson-pick', 'lesson-run', 'lesson-next', 'composer-api', 'composer-run', 'script', 'script-run',
      'ctl-fidelity', 'ctl-handles', 'ctl-fail-call', 'ctl-set-state', 'session-pick', 'step-slider', 'matrix-cell'];
    expect(main.filter((id) => !seen.has(id))).toEqual([]);
    await screenshot(page, 'keyboard');
  });
});
