import * as assert from 'node:assert/strict';
import { afterEach, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openInEditor, ourDiagnostics, waitFor, workspaceUri } from './helpers';

/** The first Thursday on or after today whose deck is not in community-call/ yet, as the user expects it. */
async function expectedDate(): Promise<string> {
  const taken = new Set((await vscode.workspace.fs.readDirectory(workspaceUri('community-call'))).map(([name]) => name));
  const day = new Date();
  for (;;) {
    const iso = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
    if (day.getDay() === 4 && !taken.has(`${iso.replace(/-/g, '')}.md`)) return iso;
    day.setDate(day.getDate() + 1);
  }
}

describe('new deck', () => {
  before(async () => {
    await activateExtension();
  });
  afterEach(closeAllEditors);

  it('creates next Thursday\'s deck in community-call/ and opens it', async () => {
    await openInEditor('community-call/20261126.md');
    const date = await expectedDate();
    const file = workspaceUri(`community-call/${date.replace(/-/g, '')}.md`);
    // The command asks for the date in an input box, proposing the right one: accept the proposal.
    const created = vscode.commands.executeCommand('scsDeck.newDeck');
    const editor = await waitFor(`${file.path} to open`, async () => {
      const active = vscode.window.activeTextEditor;
      if (active?.document.uri.toString() === file.toString()) return active;
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return undefined;
    });
    await created;
    const text = editor.document.getText();
    assert.ok(text.startsWith('---\n'), 'front matter at byte 0');
    assert.match(text, /\ntype: slide\n/);
    assert.ok(text.includes(date), `the deck carries its date ${date}`);
    assert.ok(!text.includes('202X-XX-XX'), 'the date placeholder is filled in');
    const onDisk = Buffer.from(await vscode.workspace.fs.readFile(file)).toString('utf8');
    assert.equal(onDisk, text, 'the file is written, not just an unsaved buffer');
    // A new deck starts clean: no warnings or errors, only notes about what is left to fill in. (On the day
    // of the call itself the placeholders left are warnings.)
    const now = new Date();
    if (date === `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`) return;
    await waitFor('diagnostics of the new deck', async () => (ourDiagnostics(file).length > 0 ? true : undefined));
    const loud = ourDiagnostics(file).filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning);
    assert.deepEqual(loud.map((d) => `${d.code}: ${d.message}`), []);
  });
});
