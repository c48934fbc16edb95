/**
 * A small channel from the tests (in the extension host) to the browser driver (outside the editor), for
 * what the `vscode` API cannot see: the DOM inside a webview or the workbench, and screenshots. A request is a
 * file `req-<id>.json` in `$SCS_E2E_BRIDGE`; the driver answers by writing `<id>.json` there.
 * Under @vscode/test-electron there is no driver, and the tests that need one skip those checks.
 *
 * Example: `await askDriver('webview-query', { selector: '.reveal .slides > section' })`
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

// Each test file is its own bundle: the counter lives on the global object so ids never repeat.
const counter = globalThis as { __scsDeckDriverSeq?: number };

export function hasDriver(): boolean {
  return !!process.env.SCS_E2E_BRIDGE;
}

export interface WebviewQueryAnswer {
  readonly found: boolean;
  readonly count: number;
  readonly texts: string[];
  readonly error?: string;
}

export interface WebviewWatchAnswer {
  readonly seenAt?: number;
  /** The preview's stamp of the render it applied last (see `RenderTiming`), plus when it got and applied it. */
  readonly timing?: { changedAt?: number; waited?: number; postedAt?: number; request?: number; receivedAt?: number; patchedAt?: number };
  readonly error?: string;
}

/** Sends a request and waits (polling the answer file, with a deadline) for the driver's reply. */
export async function askDriver<T>(kind: string, args: Record<string, unknown>, timeoutMs = 20_000): Promise<T> {
  const dir = process.env.SCS_E2E_BRIDGE;
  if (!dir) throw new Error('no browser driver: run the suite with `npm run test:e2e`');
  const id = `${process.pid}-${(counter.__scsDeckDriverSeq = (counter.__scsDeckDriverSeq ?? 0) + 1)}`;
  const file = path.join(dir, `${id}.json`);
  const request = path.join(dir, `req-${id}.json`);
  fs.writeFileSync(`${request}.tmp`, JSON.stringify({ ...args, id, kind, timeoutMs }));
  fs.renameSync(`${request}.tmp`, request);
  const deadline = Date.now() + timeoutMs + 10_000;
  while (Date.now() < deadline) {
    if (fs.existsSync(file)) {
      const answer = JSON.parse(fs.readFileSync(file, 'utf8')) as T;
      fs.rmSync(file, { force: true });
      return answer;
    }
    await new Promise((r) => setTimeout(r, 15));
  }
  throw new Error(`the browser driver did not answer "${kind}" within ${timeoutMs + 10_000} ms`);
}

/**
 * Waits until the webview holds `count` elements matching `selector` (or one whose text includes `text`).
 * The driver searches every frame, since a webview is nested iframes.
 */
export function queryWebview(selector: string, until: { count?: number; text?: string } = {}, timeoutMs = 45_000): Promise<WebviewQueryAnswer> {
  return askDriver<WebviewQueryAnswer>('webview-query', { selector, until }, timeoutMs);
}

/** Clicks the webview element matching `selector` and presses `key` (a Playwright key name such as `F1`). */
export async function pressInWebview(selector: string, key: string, timeoutMs = 20_000): Promise<void> {
  const answer = await askDriver<{ pressed?: boolean; error?: string }>('webview-key', { selector, key }, timeoutMs);
  if (!answer.pressed) throw new Error(`could not press ${key} in the webview: ${answer.error}`);
}

/**
 * Waits until the editor's own main thread has been idle for `quietMs` (VS Code's start-up work on a file it
 * just opened is over) and returns how long that took; 0 without a driver. After `timeoutMs` it goes on
 * anyway (a busy machine may never give a quiet second) and says so in the log.
 */
export async function waitForEditorToSettle(quietMs = 1000, timeoutMs = 20_000): Promise<number> {
  if (!hasDriver()) return 0;
  const answer = await askDriver<{ settled?: boolean; waitedMs?: number; error?: string }>('editor-settled', { quietMs }, timeoutMs);
  if (answer.error) throw new Error(`could not watch the editor's main thread: ${answer.error}`);
  if (!answer.settled) console.log(`the editor was still busy after ${timeoutMs} ms; timing anyway`);
  return answer.waitedMs ?? timeoutMs;
}

/** Saves a screenshot of the whole editor under `test-results/e2e/<name>.png`. */
export async function screenshot(name: string): Promise<void> {
  if (hasDriver()) await askDriver('screenshot', { name });
}

let probes = 0;

/**
 * Times how long until the webview shows `text` inside `selector`: arms an observer in the webview, runs
 * `act` (the keystroke), and returns the milliseconds from just before `act` to the first matching mutation,
 * with the preview's own stamps of that render.
 */
export async function timeUntilWebviewShows(selector: string, text: string, act: () => Thenable<unknown>, timeoutMs = 10_000): Promise<{ ms: number; t0: number; timing: WebviewWatchAnswer['timing'] }> {
  const probe = `p${process.pid}-${++probes}`;
  const armed = await askDriver<{ armed?: boolean; error?: string }>('webview-arm', { probe, selector, text });
  if (!armed.armed) throw new Error(`could not watch the webview: ${armed.error}`);
  const t0 = Date.now();
  await act();
  const seen = await askDriver<WebviewWatchAnswer>('webview-seen', { probe }, timeoutMs);
  if (seen.seenAt === undefined) throw new Error(`the webview never showed "${text}": ${seen.error}`);
  return { ms: seen.seenAt - t0, t0, timing: seen.timing };
}
