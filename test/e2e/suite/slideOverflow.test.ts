import * as assert from 'node:assert/strict';
import { afterEach, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, codeOf, ourDiagnostics, waitForDiagnostics } from './helpers';
import { moveCursorTo, openDeckWithPreview } from './previewHelpers';

const LONG_LIST = Array.from({ length: 14 }, (_, i) => `- Added point ${i + 1} that nobody will see`).join('\n') + '\n';

/** The 0-based line of `text` in the document. */
function lineOf(doc: vscode.TextDocument, text: string): number {
  return doc.getText().split('\n').indexOf(text);
}

describe('slide overflow from the preview', function () {
  this.timeout(120_000);
  before(async () => {
    await activateExtension();
  });
  afterEach(closeAllEditors);

  it('warns on the separator of a slide made too tall, and stops when it fits again', async () => {
    const editor = await openDeckWithPreview();
    const uri = editor.document.uri;
    const overflow = (d: vscode.Diagnostic[]) => d.filter((x) => codeOf(x) === 'slide-overflow');
    // The committed deck fits: the preview measured it and found nothing.
    await new Promise((r) => setTimeout(r, 3000));
    assert.deepEqual(overflow(ourDiagnostics(uri)).map((d) => d.range.start.line), []);

    moveCursorTo(editor, '- Faster floating IPs');
    await editor.edit((b) => b.insert(editor.selection.active, LONG_LIST));
    // "## Team IaaS - Network" opens slide 2.3; its separator is the line above the blank line before it.
    const separator = lineOf(editor.document, '## Team IaaS - Network') - 2;
    const found = overflow(await waitForDiagnostics(uri, (d) => overflow(d).length > 0, 30_000));
    assert.deepEqual(found.map((d) => [d.range.start.line, d.severity]), [[separator, vscode.DiagnosticSeverity.Warning]]);
    assert.match(found[0].message, /^Slide 2\.3 is \d+ px taller than the 700 px slide: about \d+ lines at the bottom are cut off/);

    // A line inserted above moves the finding with its slide.
    await editor.edit((b) => b.insert(new vscode.Position(lineOf(editor.document, '# Team IaaS'), 0), 'Intro line\n\n'));
    await waitForDiagnostics(uri, (d) => overflow(d).some((x) => x.range.start.line === separator + 2), 30_000);

    await vscode.commands.executeCommand('undo');
    await vscode.commands.executeCommand('undo');
    await waitForDiagnostics(uri, (d) => overflow(d).length === 0, 30_000);
  });
});
