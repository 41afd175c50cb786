/**
 * What the browser tests share: building the page once into a temporary folder, finding Chromium, and opening the
 * page. A missing browser is a failure with the way to install it, never a skipped test.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

/** The repository (found upwards, so that the compiled copy under dist/ finds it too). */
export const ROOT = ((): string => {
  for (let d = __dirname; ; d = dirname(d)) {
    if (existsSync(join(d, 'playground', 'build.mjs'))) return d;
    if (dirname(d) === d) throw new Error(`no playground/build.mjs above ${__dirname}`);
  }
})();
/** Screenshots the tests keep (gitignored). */
export const ARTIFACTS = join(ROOT, 'artifacts', 'playground');

/** Debian's `chromium` (or CHROMIUM_PATH, or another Chromium on the PATH). */
export function findChromium(): string {
  const env = process.env.CHROMIUM_PATH;
  if (env !== undefined && env !== '') {
    if (!existsSync(env)) throw new Error(`CHROMIUM_PATH=${env} does not exist`);
    return env;
  }
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
      const path = join(dir, name);
      if (dir !== '' && existsSync(path)) return path;
    }
  }
  throw new Error('The playground browser tests need Chromium and found none on the PATH: install it with '
    + '`apt-get install -y chromium` (.ci/run does this on CI) or set CHROMIUM_PATH to a Chromium executable.');
}

/** Build the page (playground/build.mjs) into a fresh temporary folder; returns the file:// URL of its page. */
export function buildPage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'esemu-playground-'));
  execFileSync(process.execPath, [join(ROOT, 'playground', 'build.mjs'), dir], { stdio: 'pipe' });
  return pathToFileURL(join(dir, 'index.html')).href;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
}

/** Open the page and wait until it is ready; page errors are collected into `errors`. */
export async function open(browser: Browser, url: string, errors: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url);
  await page.waitForSelector('body[data-ready=yes]');
  return page;
}

/** A screenshot of the whole page, or of the page down to the bottom of `until` (an element). */
export async function screenshot(page: Page, name: string, until?: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  // The trace's lines and the matrix are drawn only while on screen (content-visibility: auto); a picture of the
  // whole page draws them all for the time it takes.
  const all = await page.addStyleTag({ content: '.trace li, #matrix-panel { content-visibility: visible !important; }' });
  const box = until === undefined ? null : await page.locator(until).boundingBox();
  if (box === null) await page.screenshot({ path, fullPage: true });
  else await page.screenshot({ path, fullPage: true, clip: { x: 0, y: 0, width: 1400, height: box.y + box.height + 12 } });
  await all.evaluate('(tag) => tag.remove()');
}
