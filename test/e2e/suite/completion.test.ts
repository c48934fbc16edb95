import * as assert from 'node:assert/strict';
import { afterEach, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, completionsAt, insertLine, labelOf, lineOf, openDeck, openInEditor, waitFor } from './helpers';


describe('completion', () => {
  before(async () => {
    await activateExtension();
  });
  afterEach(closeAllEditors);

  it('offers slideOptions keys and theme values in the front matter', async () => {
    const editor = await openDeck();
    const doc = editor.document;
    const keyPos = await insertLine(editor, lineOf(doc, "  transition: 'slide'"), '  contr');
    const keys = (await completionsAt(doc.uri, keyPos)).map(labelOf);
    assert.ok(keys.includes('controls'), `slideOptions keys offered, got ${keys.slice(0, 10).join(', ')}`);
    const valuePos = await insertLine(editor, lineOf(doc, "  transition: 'slide'"), '  theme: ');
    const values = (await completionsAt(doc.uri, valuePos, ' ')).map(labelOf);
    assert.ok(values.includes('black') && values.includes('white'), `theme values offered, got ${values.join(', ')}`);
  });

  it('completes :conf to :confetti_ball: with its glyph', async () => {
    const editor = await openDeck();
    const pos = await insertLine(editor, lineOf(editor.document, '- Faster floating IPs'), '- Launched :conf');
    const items = await completionsAt(editor.document.uri, pos);
    const confetti = items.find((i) => labelOf(i) === ':confetti_ball:');
    assert.ok(confetti, `:confetti_ball: offered among ${items.length} items`);
    assert.equal(typeof confetti.label === 'object' ? confetti.label.description : undefined, '🎊');
  });

  it('accepting the suggestion in the editor writes :confetti_ball:', async () => {
    const editor = await openDeck();
    const pos = await insertLine(editor, lineOf(editor.document, '- Faster floating IPs'), '- Launched :confet');
    editor.selection = new vscode.Selection(pos, pos);
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
    const line = await waitFor('the suggestion to be accepted', async () => {
      await vscode.commands.executeCommand('acceptSelectedSuggestion');
      const text = editor.document.lineAt(pos.line).text;
      return text.includes(':confetti_ball:') ? text : undefined;
    });
    assert.equal(line, '- Launched :confetti_ball:');
  });

  it('offers slide attributes inside <!-- .slide: -->', async () => {
    const editor = await openDeck();
    const at = lineOf(editor.document, '# General Topics');
    const text = '<!-- .slide: data-back -->';
    await insertLine(editor, at, text);
    const pos = new vscode.Position(at, text.indexOf(' -->'));
    const labels = (await completionsAt(editor.document.uri, pos)).map(labelOf);
    assert.ok(labels.includes('data-background-color'), `attributes offered, got ${labels.slice(0, 10).join(', ')}`);
    assert.ok(!labels.includes('data-fragment-index'), 'element-only attributes are not offered on slides');
  });

  it('typing <!-- .slide: with the editor\'s auto-closed > completes to a well-formed comment', async () => {
    const editor = await openDeck();
    const at = lineOf(editor.document, '# General Topics');
    await insertLine(editor, at, '');
    editor.selection = new vscode.Selection(at, 0, at, 0);
    // Typed as a user does: the editor's own auto-closing of "<" applies.
    await vscode.commands.executeCommand('type', { text: '<' });
    await vscode.commands.executeCommand('type', { text: '!-- .slide: ' });
    const pos = editor.selection.active;
    const autoClosed = editor.document.lineAt(at).text === '<!-- .slide: >';
    const items = await completionsAt(editor.document.uri, pos);
    const bg = items.find((i) => labelOf(i) === 'data-background-color');
    assert.ok(bg, 'data-background-color offered');
    const range = bg.range instanceof vscode.Range ? bg.range : bg.range!.replacing;
    const newText = bg.insertText instanceof vscode.SnippetString ? bg.insertText.value : String(bg.insertText);
    await editor.insertSnippet(new vscode.SnippetString(newText), range);
    const line = editor.document.lineAt(at).text;
    // Without auto-closing (other settings) the comment is still open, and nothing stray is left.
    assert.match(line, autoClosed ? /^<!-- \.slide: data-background-color="[^"]*" -->$/ : /^<!-- \.slide: data-background-color="[^"]*"$/, `the line reads ${line}`);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('offers nothing of ours in a plain Markdown file', async () => {
    const editor = await openInEditor('README.md');
    const pos = await insertLine(editor, 0, 'Done :conf');
    const labels = (await completionsAt(editor.document.uri, pos, ':')).map(labelOf);
    assert.ok(!labels.includes(':confetti_ball:'), 'no emoji completion outside decks');
  });
});
