import * as assert from 'node:assert/strict';
import { afterEach, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { hasDriver, queryWebview, screenshot, timeUntilWebviewShows } from './bridge';
import { activateExtension, closeAllEditors, codeOf, openInEditor, waitForDiagnostics } from './helpers';
import { latencyRounds, recordDebounce, recordLatency } from './latency';
import { moveCursorTo, openDeckWithPreview, SLIDES } from './previewHelpers';

/** The language server waits this long after a change before linting (server/src/lsp/diagnostics.ts). */
const DIAGNOSTICS_DEBOUNCE_MS = 120;

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
    recordDebounce('keystroke-to-diagnostics', DIAGNOSTICS_DEBOUNCE_MS);
    for (let i = 0; i < latencyRounds(); i++) {
      // Each keystroke shifts the @todo placeholder right by one: the diagnostic for that column proves
      // the server linted this very version.
      const t0 = Date.now();
      await keystroke('x');
      await waitForDiagnostics(doc.uri, placeholderAt(todoAt()), 5000);
      recordLatency('keystroke-to-diagnostics', Date.now() - t0);
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
    for (let i = 0; i < latencyRounds(); i++) {
      const c = letters[i % letters.length];
      typed += c;
      const ms = await timeUntilWebviewShows(SLIDES, `Faster floating IPs${typed}`, () => keystroke(c));
      recordLatency('keystroke-to-preview', ms);
    }
    assert.ok(editor.document.getText().includes(`Faster floating IPs${typed}`));
    await screenshot('preview-latency-done');
  });
});
