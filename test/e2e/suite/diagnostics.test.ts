import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, codeOf, docsLinkOf, EXTENSION_ID, openInEditor, ourDiagnostics, waitForDiagnostics } from './helpers';

const DEFECTS = 'community-call/20240125.md';
/** The defects planted in the fixture deck (see its text) and the rules that must find them. */
const EXPECTED = ['title-date', 'template-placeholder', 'missing-report-by', 'separator-near-miss', 'empty-slide', 'invalid-css', 'unknown-emoji'];
const hasAll = (codes: string[]) => (ds: vscode.Diagnostic[]) => codes.every((c) => ds.some((d) => codeOf(d) === c));

function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Thenable<vscode.CodeAction[] | undefined> {
  return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind);
}

describe('diagnostics and fixes', () => {
  before(async () => {
    await activateExtension();
  });
  afterEach(closeAllEditors);

  it('reports the planted defects with codes, ranges and links to existing rule pages', async () => {
    const { document: doc } = await openInEditor(DEFECTS);
    const diags = await waitForDiagnostics(doc.uri, hasAll(EXPECTED));
    const byCode = (c: string) => diags.filter((d) => codeOf(d) === c);
    const typo = byCode('missing-report-by')[0];
    assert.equal(doc.getText(typo.range), 'Rebort by');
    assert.equal(typo.severity, vscode.DiagnosticSeverity.Warning);
    const glued = byCode('separator-near-miss')[0];
    assert.equal(doc.getText(glued.range), '----');
    assert.equal(doc.lineAt(glued.range.start.line - 1).text, '- A new topic', 'the ---- glued under the list item');
    assert.equal(doc.getText(byCode('invalid-css')[0].range), '"#50c3a5"');
    assert.equal(doc.getText(byCode('unknown-emoji')[0].range), ':not_an_emoji_name:');
    assert.deepEqual(byCode('template-placeholder').map((d) => doc.getText(d.range)).sort(), ['@todo', 'https://github.com/todo']);
    assert.equal(doc.getText(byCode('title-date')[0].range), '2024-01-24');
    const extensionPath = vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath;
    for (const d of diags) {
      assert.equal(d.source, 'scs-deck');
      const link = docsLinkOf(d);
      assert.ok(link?.endsWith(`/docs/rules/${codeOf(d)}.md`), `${codeOf(d)} links its rule page, got ${link}`);
      assert.ok(fs.existsSync(path.join(extensionPath, 'docs', 'rules', `${codeOf(d)}.md`)), `docs/rules/${codeOf(d)}.md exists`);
    }
  });

  it('gives the clean deck no diagnostics', async () => {
    // Open the defect deck too, so "no diagnostics" cannot mean "not linted yet".
    const defects = await openInEditor(DEFECTS);
    await waitForDiagnostics(defects.document.uri, hasAll(EXPECTED));
    const clean = await openInEditor('community-call/20261126.md');
    await waitForDiagnostics(clean.document.uri, (ds) => ds.length === 0);
    assert.deepEqual(ourDiagnostics(clean.document.uri).map(codeOf), []);
  });

  it('fixes "Rebort by" with its preferred quick fix, and the diagnostic goes away', async () => {
    const { document: doc } = await openInEditor(DEFECTS);
    const diags = await waitForDiagnostics(doc.uri, hasAll(EXPECTED));
    const typo = diags.find((d) => codeOf(d) === 'missing-report-by')!;
    const actions = (await codeActions(doc.uri, typo.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
    const fix = actions.find((a) => a.title === 'Change to "Report by"');
    assert.ok(fix?.edit, `the quick fix among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(fix.isPreferred, true, 'it is the preferred fix');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(doc.lineAt(typo.range.start.line).text, 'Report by @iaas-lead');
    await waitForDiagnostics(doc.uri, (ds) => ds.length > 0 && !ds.some((d) => codeOf(d) === 'missing-report-by'));
  });

  it('source.fixAll.scsDeck applies every preferred fix and leaves the rest', async () => {
    const { document: doc } = await openInEditor(DEFECTS);
    await waitForDiagnostics(doc.uri, hasAll(EXPECTED));
    const whole = new vscode.Range(0, 0, doc.lineCount, 0);
    const actions = (await codeActions(doc.uri, whole, 'source.fixAll.scsDeck')) ?? [];
    const fixAll = actions.find((a) => a.kind?.value === 'source.fixAll.scsDeck');
    assert.ok(fixAll?.edit, `a source.fixAll.scsDeck action among: ${actions.map((a) => `${a.kind?.value}: ${a.title}`).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    const text = doc.getText();
    assert.ok(text.includes('\nReport by @iaas-lead\n'), 'typo fixed');
    // Making the glued ---- a separator adds a slide and renumbers the rest: that fix is offered alone, not in Fix All.
    assert.ok(!text.includes('- A new topic\n\n----\n'), 'the glued ---- stays as it was');
    assert.ok(text.includes('color: #50c3a5;'), 'quoted colour unquoted');
    assert.ok(!/\n---\n*$/.test(text), 'the trailing separator is gone');
    const left = await waitForDiagnostics(doc.uri, (ds) => !ds.some((d) => ['missing-report-by', 'empty-slide'].includes(codeOf(d))));
    const leftCodes = new Set(left.map(codeOf));
    for (const code of ['template-placeholder', 'title-date', 'unknown-emoji']) assert.ok(leftCodes.has(code), `${code} has no automatic fix and stays`);
    assert.ok(leftCodes.has('separator-near-miss'), 'the structural fix waits to be chosen on its own');
  });
});
