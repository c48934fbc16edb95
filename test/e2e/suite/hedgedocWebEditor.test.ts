/**
 * The extension's live note and HedgeDoc's own web editor on one note, typing at the same time.
 *
 * Design: the test, in the extension host, launches its own headless Chromium with playwright-core (from the
 * project's node_modules; the browser driver's page belongs to the workbench) and opens the note's editor page.
 * The web side types with real keyboard events into CodeMirror (the caret is placed with CodeMirror's API);
 * the VS Code side edits through the editor API. Both loops run concurrently for SCS_E2E_HEDGEDOC_SECONDS.
 * Markers are words: VS Code inserts `V12 ` at line starts, the web editor types `W13 ` just after a space (it
 * never types a newline), so the two never insert at the same place and no marker can end up split.
 * Latency: the page notes when each VS Code marker reaches CodeMirror, the extension host when each web
 * marker reaches the document; both clocks are this machine's.
 */
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'mocha';
import type { Browser, Page } from 'playwright-core';
import * as vscode from 'vscode';
import { BASE, createNote, decorationShows, download, lineStart, occurrences, SECONDS, statusBarShows, useTestServer } from './hedgedocHelpers';
import { closeAllEditors, waitFor } from './helpers';
import { recordLatency } from './latency';

/** The page's globals, inside `page.evaluate` (the suite is compiled without the DOM library). */
declare const document: { querySelector(selector: string): unknown };
declare const window: { __seen: Record<string, number> };

interface CodeMirror {
  getValue(): string;
  getOption(name: string): unknown;
  posFromIndex(i: number): unknown;
  setCursor(pos: unknown): void;
  getCursor(): unknown;
  indexFromPos(pos: unknown): number;
  focus(): void;
  on(event: 'change', f: (cm: CodeMirror, change: { text: string[] }) => void): void;
}

const CHROMIUM = process.env.SCS_E2E_CHROMIUM ?? process.env.CHROMIUM ?? '/usr/bin/chromium';

const webText = (page: Page): Promise<string> => page.evaluate(() => (document.querySelector('.CodeMirror') as { CodeMirror: CodeMirror }).CodeMirror.getValue());

describe('live HedgeDoc note with HedgeDoc\'s web editor', function () {
  this.timeout((SECONDS + 150) * 1000);
  let browser: Browser | undefined;

  before(async function () {
    // Opt-in (SCS_E2E_HEDGEDOC_WEB_EDITOR=1): it drives a second browser and is the slowest test of the suite.
    if (!BASE || !existsSync(CHROMIUM) || process.env.SCS_E2E_HEDGEDOC_WEB_EDITOR !== '1') this.skip();
    await useTestServer();
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  });
  after(async () => {
    await browser?.close();
    await closeAllEditors();
  });

  it('VS Code and the web editor typing at random converge to the server\'s text, losing no keystroke, and show each other\'s cursor', async () => {
    const id = await createNote('# Community Call 2024-05-30\n\nAgenda and notes\n');
    const page = await browser!.newPage();
    await page.goto(`${BASE}/${id}?edit`);
    await page.waitForFunction(() => {
      const cm = (document.querySelector('.CodeMirror') as { CodeMirror?: CodeMirror } | null)?.CodeMirror;
      return !!cm && cm.getValue().includes('# Community Call') && cm.getOption('readOnly') === false;
    }, undefined, { timeout: 30_000 });
    // The page stamps the moment each VS Code marker first arrives in CodeMirror.
    await page.evaluate(() => {
      window.__seen = {};
      (document.querySelector('.CodeMirror') as { CodeMirror: CodeMirror }).CodeMirror.on('change', (_cm, change) => {
        for (const m of change.text.join('\n').matchAll(/\bV\d+\b/g)) window.__seen[m[0]] ??= Date.now();
      });
    });

    const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('scsDeck.hedgedoc.open', `${BASE}/${id}`);
    assert.ok(editor, 'the live note opened');
    await statusBarShows('HedgeDoc: connected');
    const doc = editor.document;

    // Web markers are complete once their trailing space is typed; the extension host stamps their arrival.
    const webSentAt = new Map<string, number>();
    const arrived = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document !== doc || webSentAt.size === 0) return;
      const text = doc.getText();
      for (const [token, at] of webSentAt) {
        if (new RegExp(`(^|\\s)${token}\\s`).test(text)) {
          recordLatency('hedgedoc-web-editor-to-vscode', Date.now() - at);
          webSentAt.delete(token);
        }
      }
    });

    const vscodeSentAt = new Map<string, number>();
    const tokens: string[] = [];
    let n = 0;
    let vscodeEdits = 0;
    let webKeys = 0;
    const end = Date.now() + SECONDS * 1000;
    const pause = (): Promise<void> => new Promise((r) => setTimeout(r, Math.floor(Math.random() * 80)));
    const fromVsCode = async (): Promise<void> => {
      while (Date.now() < end) {
        const token = `V${n++}`;
        const at = doc.positionAt(lineStart(doc.getText()));
        vscodeSentAt.set(token, Date.now());
        if (await editor.edit((b) => b.insert(at, `${token}${vscodeEdits % 8 === 7 ? '\n' : ' '}`))) {
          tokens.push(token);
          vscodeEdits++;
        }
        await pause();
      }
    };
    const fromWebEditor = async (): Promise<void> => {
      while (Date.now() < end) {
        const token = `W${n++}`;
        // The caret goes just after a random space; the marker is then typed key by key.
        await page.evaluate(() => {
          const cm = (document.querySelector('.CodeMirror') as { CodeMirror: CodeMirror }).CodeMirror;
          const text = cm.getValue();
          const spaces = [...text.matchAll(/ /g)].map((m) => m.index! + 1);
          const pos = spaces[Math.floor(Math.random() * spaces.length)];
          cm.focus();
          cm.setCursor(cm.posFromIndex(pos));
        });
        await page.keyboard.type(token);
        webSentAt.set(token, Date.now());
        await page.keyboard.press('Space');
        // CodeMirror reads typed text from its hidden textarea a moment later: moving the caret before it has
        // would put the rest of this marker at the new place.
        await page.waitForFunction((t) => new RegExp(`(^|\\s)${t} `).test((document.querySelector('.CodeMirror') as { CodeMirror: CodeMirror }).CodeMirror.getValue()), token, { timeout: 30_000, polling: 20 });
        tokens.push(token);
        webKeys += token.length + 1;
        await pause();
      }
    };
    await Promise.all([fromVsCode(), fromWebEditor()]);

    const final = await waitFor('VS Code, the web editor and the server to agree', async () => {
      const text = doc.getText();
      if ((await webText(page)) !== text || (await download(id)) !== text) return undefined;
      return text;
    }, 60_000);
    arrived.dispose();
    const lost = tokens.filter((t) => occurrences(final, t) !== 1);
    assert.deepEqual(lost, [], `markers missing or doubled (of ${tokens.length}) in ${JSON.stringify(final.slice(0, 800))}`);

    const seen = await page.evaluate(() => window.__seen);
    for (const [token, at] of vscodeSentAt) if (seen[token] !== undefined) recordLatency('hedgedoc-vscode-to-web-editor', seen[token] - at);
    console.log(`[hedgedoc] web editor convergence over ${SECONDS}s: ${vscodeEdits} VS Code edits, ${webKeys} web-editor keystrokes (${tokens.length - vscodeEdits} markers), final length ${final.length}`);

    // The web editor's caret is in the note: the extension shows it with the web user's (guest) name. VS Code
    // draws only the lines in view, and after a minute of typing the caret may be far down: bring it into view.
    const caret = doc.positionAt(await page.evaluate(() => {
      const cm = (document.querySelector('.CodeMirror') as { CodeMirror: CodeMirror }).CodeMirror;
      return cm.indexFromPos(cm.getCursor());
    }));
    const shown = await vscode.window.showTextDocument(doc, { preview: false });
    shown.revealRange(new vscode.Range(caret, caret), vscode.TextEditorRevealType.InCenter);
    const texts = await decorationShows('Guest ');
    assert.ok(texts.some((t) => /Guest \w+/.test(t)), JSON.stringify(texts));
    await page.close();
  });
});
