import * as assert from 'node:assert/strict';
import { afterEach, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { hasDriver, queryWebview } from './bridge';
import { activateExtension, closeAllEditors, completionsAt, insertLine, labelOf, lineOf, openDeck, waitFor } from './helpers';


describe('authoring: snippets, hover, Go to Slide', () => {
  before(async () => {
    await activateExtension();
  });
  afterEach(closeAllEditors);

  it('offers the team snippet at the start of a line, with the team names as a choice', async () => {
    const editor = await openDeck();
    const pos = await insertLine(editor, lineOf(editor.document, '# Team IaaS'), 'scs-te');
    const items = await completionsAt(editor.document.uri, pos);
    const team = items.find((i) => labelOf(i) === 'scs-team');
    assert.ok(team, `scs-team offered, got ${items.map(labelOf).slice(0, 12).join(', ')}`);
    assert.ok(team.insertText instanceof vscode.SnippetString, 'inserted as a snippet');
    assert.match(team.insertText.value, /# \$\{1\|Team IaaS,Team IAM & Security,/);
  });

  it('names the slide a separator opens on hover', async () => {
    const editor = await openDeck();
    const line = lineOf(editor.document, '# Team IaaS') - 2;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(line, 1));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Slide 2\.1: Team IaaS/);
  });

  it('Go to Slide lists the slides and jumps to the chosen one', async () => {
    const editor = await openDeck();
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const target = lineOf(editor.document, '# Team IaaS');
    const done = vscode.commands.executeCommand('scsDeck.goToSlide');
    // The current slide (1) is preselected: one step down is slide 2.1, once the list shows. The driver sees
    // the workbench's DOM (it searches every frame); without one, the list gets a second to appear.
    if (hasDriver()) await queryWebview('.quick-input-list .monaco-list-row', { text: 'Team IaaS' });
    else await new Promise((resolve) => setTimeout(resolve, 1000));
    await waitFor('the slide list', async () => {
      await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return editor.selection.active.line !== 0 ? true : undefined;
    });
    await done;
    assert.equal(editor.selection.active.line, target);
  });
});
