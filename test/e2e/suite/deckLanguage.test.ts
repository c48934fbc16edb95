/**
 * Decks get the language "SCS Deck" (`scs-deck`), so VS Code's Markdown outline, registered for `markdown`,
 * no longer shows as a second group under the slides; other Markdown stays `markdown`; the setting
 * `scsDeck.deckLanguage` keeps decks `markdown`. The preview and diagnostics keep working across a switch.
 */
import * as assert from 'node:assert/strict';
import { afterEach, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { hasDriver, queryWebview } from './bridge';
import { DECK_LANGUAGE, ENTER_QUIET_MS, LEAVE_QUIET_MS } from '../../../client/src/deckLanguage/languages';
import { activateExtension, closeAllEditors, codeOf, insertLine, lineOf, openInEditor, SAMPLE_DECK, waitFor, waitForDiagnostics, workspaceUri } from './helpers';
import { moveCursorTo, openDeckWithPreview, previewTabs, SLIDES } from './previewHelpers';

const SLIDE_NAME = /^\d+(\.\d+)? /;

/** Every document symbol from every provider, as the Outline view gets them. */
async function allSymbols(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  return (await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
}

function flat(symbols: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flat(s.children)]);
}

/** VS Code's Markdown outline: headings as symbols of kind String. */
const markdownHeadings = (symbols: vscode.DocumentSymbol[]) => flat(symbols).filter((s) => s.kind === vscode.SymbolKind.String);

async function setDeckLanguage(on: boolean | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('scsDeck').update('deckLanguage', on, vscode.ConfigurationTarget.Workspace);
}

async function waitForLanguage(doc: vscode.TextDocument, languageId: string): Promise<void> {
  await waitFor(`${doc.uri.path.split('/').pop()} to be ${languageId} (is ${doc.languageId})`, () => doc.languageId === languageId);
}

describe('deck language', function () {
  this.timeout(240_000);
  before(async () => {
    await activateExtension();
    // VS Code's Markdown extension must be running for the Outline to have something to duplicate.
    await vscode.extensions.getExtension('vscode.markdown-language-features')?.activate();
  });
  afterEach(async () => {
    await setDeckLanguage(undefined);
    await closeAllEditors();
  });

  it('a deck becomes SCS Deck and its Outline holds only the slides, once each', async () => {
    const editor = await openInEditor(SAMPLE_DECK);
    await waitForLanguage(editor.document, DECK_LANGUAGE);
    const symbols = await waitFor('the outline', async () => {
      const s = await allSymbols(editor.document.uri);
      return s.length ? s : undefined;
    });
    const names = symbols.map((s) => s.name);
    assert.deepEqual(names, ['1 Sovereign Cloud Stack', '2.1 Team IaaS', '3.1 Team Container', '4 General Topics'], 'one group: our slides');
    assert.deepEqual(markdownHeadings(symbols).map((s) => s.name), [], 'no Markdown headings');
    assert.ok(flat(symbols).every((s) => SLIDE_NAME.test(s.name)), `only slides: ${flat(symbols).map((s) => s.name).join(', ')}`);
  });

  it('other Markdown stays markdown, with VS Code\'s Markdown outline', async () => {
    const readme = await openInEditor('README.md');
    const deck = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri(SAMPLE_DECK)), vscode.ViewColumn.Two);
    // Both are shown; once the deck has switched, the README has been looked at as well.
    await waitForLanguage(deck.document, DECK_LANGUAGE);
    assert.equal(readme.document.languageId, 'markdown');
    const headings = await waitFor('Markdown\'s outline of the README', async () => {
      const h = markdownHeadings(await allSymbols(readme.document.uri));
      return h.length ? h : undefined;
    });
    assert.ok(headings.some((h) => h.name.includes('Not a slide')), `Markdown's headings: ${headings.map((h) => h.name).join(', ')}`);
  });

  it('turning scsDeck.deckLanguage off keeps the deck markdown (both outlines); on again, SCS Deck; the preview and problems follow', async function () {
    const editor = await openDeckWithPreview();
    const doc = editor.document;
    assert.equal(doc.languageId, DECK_LANGUAGE);

    await setDeckLanguage(false);
    await waitForLanguage(doc, 'markdown');
    const both = await waitFor('Markdown\'s outline beside ours', async () => {
      const s = await allSymbols(doc.uri);
      return markdownHeadings(s).length && s.some((x) => x.name === '2.1 Team IaaS') ? s : undefined;
    });
    assert.ok(markdownHeadings(both).length > 0, 'as markdown, the deck gets Markdown\'s outline too');

    await setDeckLanguage(true);
    await waitForLanguage(doc, DECK_LANGUAGE);
    await waitFor('only our outline again', async () => {
      const s = await allSymbols(doc.uri);
      return s.length > 0 && markdownHeadings(s).length === 0;
    });

    // After two switches the deck is still served: problems, and the same preview panel, follow edits.
    const shown = await vscode.window.showTextDocument(doc, editor.viewColumn);
    await insertLine(shown, lineOf(doc, '# General Topics'), 'Done :not_an_emoji_name:');
    await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'unknown-emoji'));
    assert.equal(previewTabs().length, 1, 'one preview, still the same');
    if (hasDriver()) {
      moveCursorTo(shown, '- Next call on Thursday');
      await shown.edit((b) => b.insert(shown.selection.active, '- Typed after the switch\n'));
      // The driver answers slowly on a busy machine: give it the time a first webview query may need.
      const answer = await queryWebview(SLIDES, { text: 'Typed after the switch' }, 120_000);
      assert.ok(answer.found, 'the edit reaches the preview');
    } else this.skip();
  });

  it('a deck that stops being one goes back to markdown once typing pauses, and becomes SCS Deck again', async () => {
    // Outside community-call/ a file is a deck only by `type: slide` in its front matter.
    const uri = workspaceUri('elsewhere.md');
    const text = Buffer.from(await vscode.workspace.fs.readFile(workspaceUri(SAMPLE_DECK))).toString('utf8');
    await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    const doc = editor.document;
    try {
      await waitForLanguage(doc, DECK_LANGUAGE);
      const typeLine = lineOf(doc, 'type: slide');
      const t0 = Date.now();
      await editor.edit((b) => b.replace(doc.lineAt(typeLine).range, 'type: note'));
      await waitForLanguage(doc, 'markdown');
      assert.ok(Date.now() - t0 >= LEAVE_QUIET_MS - 50, `waited for the pause (${Date.now() - t0} ms)`);
      await editor.edit((b) => b.replace(doc.lineAt(typeLine).range, 'type: slide'));
      await waitForLanguage(doc, DECK_LANGUAGE);
    } finally {
      // Saved (the text is as written) before the file goes, so nothing is left to save later.
      await doc.save();
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('a deck set to Markdown by hand stays Markdown', async () => {
    const editor = await openInEditor(SAMPLE_DECK);
    const doc = editor.document;
    await waitForLanguage(doc, DECK_LANGUAGE);
    await vscode.languages.setTextDocumentLanguage(doc, 'markdown');
    try {
      // Typing makes the extension look at the deck again; it must not take the choice back.
      await insertLine(editor, lineOf(doc, '# General Topics'), 'Some text');
      // Nothing to wait for but time: a switch would come once typing paused.
      await new Promise((r) => setTimeout(r, ENTER_QUIET_MS * 4));
      assert.equal(doc.languageId, 'markdown');
    } finally {
      // Later tests find the deck open in its usual language (the editor keeps the document a while).
      await vscode.languages.setTextDocumentLanguage(doc, DECK_LANGUAGE);
    }
  });
});
