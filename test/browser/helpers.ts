import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { exportHtml } from '../../server/src/export/exportHtml';
import { findMedia } from '../../server/src/export/media';

export const ROOT = join(__dirname, '../..');
export const RESULTS = join(ROOT, 'test-results/browser');
// Every test writes here, and test files run in any order.
mkdirSync(RESULTS, { recursive: true });
export const FIXTURES = join(ROOT, 'test/fixtures/render');

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Runs the CLI from source, as a user would run `scs-deck`. */
export function cli(...args: string[]): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'server/src/cli/bin.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Exports a deck (in-process, as `scs-deck render` does) to `test-results/browser/<name>.html`. */
export function exportDeck(deck: string, name = basename(deck, '.md')): string {
  mkdirSync(RESULTS, { recursive: true });
  const out = join(RESULTS, `${name}.html`);
  const media = findMedia();
  if (!media) throw new Error('dist/media or node_modules media missing');
  writeFileSync(out, exportHtml(readFileSync(deck, 'utf8'), { deckPath: deck, media }).html);
  return out;
}

/** `scs-deck render <deck> -o test-results/browser/<name>.html` through the CLI itself. */
export function renderWithCli(deck: string, name: string): string {
  mkdirSync(RESULTS, { recursive: true });
  const out = join(RESULTS, `${name}.html`);
  const r = cli('render', deck, '-o', out);
  if (r.status !== 0) throw new Error(`render failed: ${r.stderr}`);
  return out;
}

/** The same file without its Content-Security-Policy, to test the sanitiser on its own. */
export function withoutCsp(file: string): string {
  const out = file.replace(/\.html$/, '.no-csp.html');
  writeFileSync(out, readFileSync(file, 'utf8').replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''));
  return out;
}

/** Opens an exported deck and waits for reveal.js; transitions off so screenshots are stable. */
export async function openDeck(page: Page, file: string): Promise<void> {
  await page.goto(pathToFileURL(file).href);
  await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady());
  await page.evaluate(() => (window as unknown as { Reveal: { configure(o: object): void } }).Reveal.configure({ transition: 'none', backgroundTransition: 'none', viewDistance: 100 }));
}

/** `h/v` of every slide as reveal.js nests the sections. */
export function revealStructure(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    document.querySelectorAll('.reveal .slides > section').forEach((column, h) => {
      const inner = column.querySelectorAll(':scope > section');
      if (inner.length === 0) out.push(`${h}/0`);
      else inner.forEach((_, v) => out.push(`${h}/${v}`));
    });
    return out;
  });
}

const outlines = new Map<string, string[]>();

/** `h/v` of every slide per `scs-deck outline --json` (one CLI run for all the given decks, then cached). */
export function outlineStructure(deck: string, ...more: string[]): string[] {
  const wanted = [deck, ...more].filter((d) => !outlines.has(d));
  if (wanted.length) {
    const r = cli('outline', '--json', ...wanted);
    if (r.status !== 0) throw new Error(r.stderr);
    const entries = JSON.parse(r.stdout) as { slides: { h: number; v: number }[] }[];
    entries.forEach((e, i) => outlines.set(wanted[i], e.slides.map((s) => `${s.h}/${s.v}`)));
  }
  return outlines.get(deck) ?? [];
}
