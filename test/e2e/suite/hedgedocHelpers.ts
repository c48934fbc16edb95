/**
 * What the live-note extension tests share: the HedgeDoc they run against (SCS_E2E_HEDGEDOC_URL), notes made
 * over HTTP, a logged-in owner, stopping and starting that HedgeDoc with the shared oracle scripts, and what
 * the workbench shows (status bar, notifications, cursor decorations) as the browser driver sees it.
 *
 * Env: SCS_E2E_HEDGEDOC_URL (tests skip without it), SCS_E2E_HEDGEDOC_SECONDS (typing time, default 20),
 * SCS_E2E_HEDGEDOC_SCRIPTS (the folder with start.sh/stop.sh; the restart test skips without it),
 * SCS_E2E_HEDGEDOC_DIR (the install dir those scripts get; their default when unset).
 */
import { spawn } from 'node:child_process';
import * as vscode from 'vscode';
import { askDriver, hasDriver, screenshot, type WebviewQueryAnswer } from './bridge';
import { activateExtension } from './helpers';
import { loginCookie } from '../../hedgedoc/login';

export const BASE = process.env.SCS_E2E_HEDGEDOC_URL?.replace(/\/$/, '');
export const SECONDS = Number(process.env.SCS_E2E_HEDGEDOC_SECONDS ?? 20);
const SCRIPTS = process.env.SCS_E2E_HEDGEDOC_SCRIPTS;
const DIR = process.env.SCS_E2E_HEDGEDOC_DIR;

/** Why the HedgeDoc server cannot be restarted from the tests, or undefined when it can. */
export const NO_RESTART = !BASE ? 'no SCS_E2E_HEDGEDOC_URL' : !SCRIPTS ? 'no SCS_E2E_HEDGEDOC_SCRIPTS (the folder with start.sh and stop.sh)' : undefined;

/**
 * Runs one of the oracle scripts without blocking the extension host (the extension keeps running meanwhile).
 * Detached: the server start.sh leaves behind must not belong to the editor's process group, which the test
 * runner kills at the end; whoever started HedgeDoc stops it.
 */
function script(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [`${SCRIPTS}/${name}`, ...(DIR ? [DIR] : [])], {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, HEDGEDOC_PORT: new URL(BASE!).port },
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${name} exited with ${code}: ${err.trim()}`))));
  });
}

/** Stops the server. */
export async function stopHedgeDoc(): Promise<void> {
  await script('stop.sh');
}

/** Starts it again on the same port and database, and waits until its realtime part is ready. */
export async function startHedgeDoc(): Promise<void> {
  await script('start.sh');
  await hedgedocReady();
}

/** Waits until HedgeDoc answers and says it is ready (an earlier test may have restarted it). */
export async function hedgedocReady(timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    // A server still starting answers "I'm busy right now" as text: not ready yet.
    const health = await fetch(`${BASE}/_health`).then((r) => r.json() as Promise<{ ready?: boolean }>).catch(() => undefined);
    if (health && health.ready !== false) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`HedgeDoc at ${BASE} did not become ready within ${timeoutMs} ms`);
}

/** Points the extension at the test server (a local address is only allowed for the configured server). */
export async function useTestServer(): Promise<void> {
  await activateExtension();
  await hedgedocReady();
  await vscode.workspace.getConfiguration('scsDeck').update('hedgedoc.serverUrl', BASE, vscode.ConfigurationTarget.Global);
}

/** Creates a note with `POST /new` (as its owner when `cookie` is given); returns its id. */
export async function createNote(markdown: string, cookie?: string): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(`${BASE}/new`, { method: 'POST', body: markdown, redirect: 'manual', headers: { 'content-type': 'text/markdown', ...(cookie ? { cookie } : {}) } });
    const location = res.headers.get('location');
    if (res.status === 302 && location) return new URL(location).pathname.slice(1);
    // A server that just started may answer 503 for a moment.
    if (attempt > 10) throw new Error(`POST /new answered ${res.status}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** The note as the server stores it (it saves edits about once a second). */
export async function download(id: string): Promise<string> {
  return (await fetch(`${BASE}/${id}/download`)).text();
}

/** Registers (or re-uses) an email account and returns its session cookie; HedgeDoc names it `email`'s local part. */
export function ownerCookie(email: string, password: string): Promise<string> {
  return loginCookie(BASE!, email, password);
}

/** How often the whitespace-separated word `token` occurs in `text`. */
export function occurrences(text: string, token: string): number {
  return text.split(/\s+/).filter((w) => w === token).length;
}

/** A random line start in `text` (offset 0 or just after a newline). */
export function lineStart(text: string): number {
  const pos = Math.floor(Math.random() * (text.length + 1));
  return text.lastIndexOf('\n', pos - 1) + 1;
}

// VS Code gives the item's element the id `<extension id>.<item id>`.
const STATUS_ITEM = '[id$=".scsdeck.hedgedoc" i]';

/** Waits until the status bar's HedgeDoc item shows `text` (needs the browser driver; true without one). */
export async function statusBarShows(text: string, timeoutMs = 60_000): Promise<boolean> {
  if (!hasDriver()) return true;
  const a = await askDriver<WebviewQueryAnswer>('webview-query', { selector: STATUS_ITEM, until: { text } }, timeoutMs);
  if (!a.found) {
    await screenshot(`status-bar-not-${text.replace(/\W+/g, '-')}`);
    throw new Error(`the status bar never showed "${text}" within ${timeoutMs} ms; it shows ${JSON.stringify(a.texts)}; active editor ${vscode.window.activeTextEditor?.document.uri.toString()}`);
  }
  return true;
}

/**
 * Waits for a notification whose text includes `text`; returns that text. It looks in the notification centre:
 * with the test driver on, VS Code shows no toasts.
 */
export async function notificationShows(text: string, timeoutMs = 45_000): Promise<string | undefined> {
  if (!hasDriver()) return undefined;
  await vscode.commands.executeCommand('notifications.showList');
  try {
    const a = await askDriver<WebviewQueryAnswer>('webview-query', { selector: '.notifications-center .notification-list-item-message', until: { text } }, timeoutMs);
    if (!a.found) throw new Error(`no notification with "${text}" within ${timeoutMs} ms; shown: ${JSON.stringify(a.texts)}`);
    return a.texts.find((t) => t.includes(text));
  } finally {
    await vscode.commands.executeCommand('notifications.hideList');
  }
}

/** Waits until a decoration in the editor text shows `text` (as `contentText`); returns every such text. */
export async function decorationShows(text: string, timeoutMs = 45_000): Promise<string[]> {
  if (!hasDriver()) return [];
  const a = await askDriver<WebviewQueryAnswer>('pseudo-texts', { selector: '.monaco-editor .view-lines span', until: { text } }, timeoutMs);
  if (!a.found) throw new Error(`no decoration showing "${text}" within ${timeoutMs} ms; shown: ${JSON.stringify(a.texts)}`);
  return a.texts;
}

/** The files that keep unconfirmed (or kept-aside) edits of note `id`, name → text. */
export async function unsentFiles(id: string): Promise<Map<string, string>> {
  const folder = (await activateExtension()).api.unsentEditsFolder;
  if (!folder) throw new Error('the extension does not report its unsent-edits folder');
  const entries = await vscode.workspace.fs.readDirectory(folder).then((e) => e, () => [] as [string, vscode.FileType][]);
  const files = new Map<string, string>();
  for (const [name] of entries.filter(([n]) => n.includes(id))) {
    const text = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, name)).then((b) => Buffer.from(b).toString('utf8'), () => undefined);
    if (text !== undefined) files.set(name, text);
  }
  return files;
}
