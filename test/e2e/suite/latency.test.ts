import * as assert from 'node:assert/strict';
import { afterEach, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { hasDriver, queryWebview, screenshot, timeUntilWebviewShows } from './bridge';
import { activateExtension, closeAllEditors, codeOf, openInEditor, ourDiagnostics, waitForDiagnostics } from './helpers';
import { latencyRounds, recordDebounce, recordLatency } from './latency';
import { moveCursorTo, openDeckWithPreview, SLIDES } from './previewHelpers';

/**
 * Polls (every millisecond) until `done` holds and returns the time it first did: reading the
 * diagnostics is cheap, and an event would add VS Code's own delay to the measurement.
 */
async function waitUntil(done: () => boolean, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`not done within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 1));
  }
  return Date.now();
}

/**
 * The first keystrokes after a file opens share the editor with its own start-up work on that file (the
 * `type` command alone takes up to 1.5 s then, before any extension sees the edit): they are reported
 * apart, not mixed into the targets.
 */
const WARM_UP = 3;

function sample(metric: string, i: number): string {
  return i < WARM_UP ? `${metric} (first ${WARM_UP} keys)` : metric;
}

/** A keystroke as the editor gets it: the `type` command at the cursor. */
function keystroke(text: string): Thenable<unknown> {
  return vscode.commands.executeCommand('type', { text });
}

function placeCursor(editor: vscode.TextEditor, pos: vscode.Position): void {
  editor.selection = new vscode.Selection(pos, pos);
}

describe('latency in the real editor', () => {
  before(async () => {
    await activateExtension();
    // VS Code's own Markdown extension starts on the first Markdown file too; timing keystrokes while it
    // starts would time its start-up, not ours.
    await vscode.extensions.getExtension('vscode.markdown-language-features')?.activate();
  });
  afterEach(closeAllEditors);

  it('keystroke → diagnostics updated', async function () {
    this.timeout(30_000 + latencyRounds() * 6_000);
    const editor = await openInEditor('community-call/20240125.md');
    const doc = editor.document;
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('Presented by'));
    const todoAt = () => doc.lineAt(line).text.indexOf('@todo');
    const placeholderAt = (col: number) => (ds: vscode.Diagnostic[]) =>
      ds.some((d) => codeOf(d) === 'template-placeholder' && d.range.start.line === line && d.range.start.character === col);
    await waitForDiagnostics(doc.uri, placeholderAt(todoAt()));
    placeCursor(editor, new vscode.Position(line, 0));
    const debounce = vscode.workspace.getConfiguration('scsDeck', doc.uri).get<number>('diagnostics.debounceMs', 120);
    recordDebounce('keystroke-to-diagnostics', debounce);
    recordDebounce('keystroke-to-diagnostics-event', debounce);
    for (let i = 0; i < WARM_UP + latencyRounds(); i++) {
      // Each keystroke shifts the @todo placeholder right by one: the diagnostic for that column proves
      // the server linted this very version.
      let edited = 0;
      const sub = vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === doc && !edited) edited = Date.now();
      });
      const t0 = Date.now();
      await keystroke('x');
      sub.dispose();
      const accept = placeholderAt(todoAt());
      const [inEditor, event] = await Promise.all([
        waitUntil(() => accept(ourDiagnostics(doc.uri)), 5000),
        waitForDiagnostics(doc.uri, accept, 5000).then(() => Date.now()),
      ]);
      // The editor has the diagnostics (squiggles, Problems) once they are in the extension's collection;
      // VS Code's public change event fires a fixed 50 ms later (it debounces its own event).
      recordLatency(sample('keystroke-to-diagnostics', i), inEditor - t0);
      recordLatency(sample('keystroke-to-diagnostics-event', i), event - t0);
      // Where the time went: reaching the extension host (the editor's part), then the server and back.
      if (i >= WARM_UP && edited) {
        recordLatency('diagnostics: keystroke to edit event', edited - t0);
        recordLatency('diagnostics: edit event to diagnostics', inEditor - edited);
      }
    }
  });

  it('keystroke → preview updated', async function () {
    if (!hasDriver()) this.skip();
    this.timeout(30_000 + latencyRounds() * 10_000);
    const editor = await openDeckWithPreview();
    await queryWebview(SLIDES, { text: 'Faster floating IPs' });
    const debounce = vscode.workspace.getConfiguration('scsDeck', editor.document.uri).get<number>('preview.debounceMs', 150);
    recordDebounce('keystroke-to-preview', debounce);
    moveCursorTo(editor, '- Faster floating IPs');
    placeCursor(editor, editor.document.lineAt(editor.selection.active.line).range.end);
    let typed = ' ';
    await keystroke(' ');
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    for (let i = 0; i < WARM_UP + latencyRounds(); i++) {
      const c = letters[i % letters.length];
      typed += c;
      const { ms, t0, timing } = await timeUntilWebviewShows(SLIDES, `Faster floating IPs${typed}`, () => keystroke(c));
      recordLatency(sample('keystroke-to-preview', i), ms);
      // Where the time went, from the preview's own stamps of the render it applied.
      if (i >= WARM_UP && timing?.changedAt && timing.postedAt && timing.receivedAt && timing.patchedAt) {
        recordLatency('preview: keystroke to edit event', timing.changedAt - t0);
        recordLatency('preview: render request', timing.request ?? 0);
        recordLatency('preview: post to webview', timing.receivedAt - timing.postedAt);
        recordLatency('preview: patch', timing.patchedAt - timing.receivedAt);
      }
    }
    assert.ok(editor.document.getText().includes(`Faster floating IPs${typed}`));
    await screenshot('preview-latency-done');
  });
});
