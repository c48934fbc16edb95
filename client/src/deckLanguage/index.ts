/**
 * Gives decks the language `scs-deck` once the language server says they are decks, and gives them back
 * `markdown` when they stop being decks or `scsDeck.deckLanguage` is turned off (see ./languages.ts for why
 * and for the rules). Documents are looked at when shown in an editor, after edits and when settings change.
 */
import * as vscode from 'vscode';
import { isServedDocument } from '../deckDocuments';
import type { ExtensionDeps } from '../extension';
import { DECK_LANGUAGE, ENTER_QUIET_MS, LanguageSwitches, quietWait, wantedLanguage } from './languages';

export const DECK_LANGUAGE_SETTING = 'scsDeck.deckLanguage';

export function registerDeckLanguage(deps: ExtensionDeps): void {
  const switches = new LanguageSwitches();
  const timers = new Map<string, NodeJS.Timeout>();
  const lastEdit = new Map<string, number>();
  const warned = new Set<string>();
  const key = (doc: vscode.TextDocument) => doc.uri.toString();

  const schedule = (doc: vscode.TextDocument, ms: number) => {
    clearTimeout(timers.get(key(doc)));
    timers.set(key(doc), setTimeout(() => {
      timers.delete(key(doc));
      void check(doc);
    }, ms));
  };

  const check = async (doc: vscode.TextDocument): Promise<void> => {
    if (doc.isClosed || !isServedDocument(doc) || switches.isLeftAlone(key(doc))) return;
    const version = doc.version;
    // One slide's worth is enough: the answer carries the deck state and the version it is about.
    const result = await deps.slides.get(doc, { lines: { start: 0, end: 0 } }).catch(() => undefined);
    // Only an answer about the text the editor holds decides; while the server has the document closed for a
    // moment (a language change reopens it) it answers "no deck" for version -1, which must not switch it back.
    if (!result || result.version !== version || doc.version !== version || doc.isClosed) return;
    const now = Date.now();
    const enabled = vscode.workspace.getConfiguration('scsDeck', doc.uri).get<boolean>('deckLanguage', true);
    const target = switches.decide(key(doc), doc.languageId, result.isDeck, enabled, now);
    if (!target) {
      if (wantedLanguage(doc.languageId, result.isDeck, enabled) && switches.overLimit(key(doc), now) && !warned.has(key(doc))) {
        warned.add(key(doc));
        deps.client.outputChannel.appendLine(`${doc.uri.toString(true)} changed language too often; SCS Deck leaves its language alone for now.`);
      }
      return;
    }
    const wait = quietWait(target, lastEdit.get(key(doc)), now);
    if (wait > 0) {
      schedule(doc, wait);
      return;
    }
    switches.switching(key(doc), target, now);
    try {
      await vscode.languages.setTextDocumentLanguage(doc, target);
    } catch (err) {
      deps.client.outputChannel.appendLine(`Could not set the language of ${doc.uri.toString(true)} to ${target}: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      switches.settled(key(doc));
    }
  };

  const isVisible = (doc: vscode.TextDocument) => vscode.window.visibleTextEditors.some((e) => e.document === doc);
  // Shown documents may become decks; documents in the deck language may stop being one wherever they are.
  const candidates = () => vscode.workspace.textDocuments.filter((d) => isVisible(d) || d.languageId === DECK_LANGUAGE);

  for (const doc of vscode.workspace.textDocuments) switches.opened(key(doc), doc.languageId);
  deps.context.subscriptions.push(
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
    vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => schedule(e.document, 0))),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length === 0 || !(isVisible(e.document) || e.document.languageId === DECK_LANGUAGE)) return;
      lastEdit.set(key(e.document), Date.now());
      schedule(e.document, ENTER_QUIET_MS);
    }),
    vscode.workspace.onDidOpenTextDocument((doc) => {
      const already = switches.isLeftAlone(key(doc));
      if (switches.opened(key(doc), doc.languageId) === 'theirs' && !already) {
        deps.client.outputChannel.appendLine(`${doc.uri.toString(true)} was set to ${doc.languageId} by hand; SCS Deck leaves its language alone until it is closed.`);
      }
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      // A language change closes and reopens the document at once: only forget it if it stays closed.
      setTimeout(() => {
        if (vscode.workspace.textDocuments.some((d) => key(d) === key(doc))) return;
        clearTimeout(timers.get(key(doc)));
        timers.delete(key(doc));
        lastEdit.delete(key(doc));
        warned.delete(key(doc));
        switches.forget(key(doc));
      }, 0);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(DECK_LANGUAGE_SETTING)) candidates().forEach((d) => schedule(d, 0));
      // Which files are decks changed: ask again once the server has the new settings.
      else if (e.affectsConfiguration('scsDeck.decks')) {
        deps.slides.forgetAll();
        candidates().forEach((d) => schedule(d, ENTER_QUIET_MS));
      }
    }),
  );
  candidates().forEach((d) => schedule(d, 0));
}
