/** HedgeDoc commands: import a note with its uploads, publish a deck, open a live note, log in and out. */
import * as vscode from 'vscode';
import type { ExtensionDeps } from '../extension';
import { HedgeDocAccess } from './access';
import { importNote } from './importNote';
import { LiveNotes, unsentFolder } from './liveNotes';
import { publish } from './publish';

/** Returns where live notes keep edits HedgeDoc has not confirmed yet (one file per note). */
export function registerHedgeDoc(deps: ExtensionDeps): vscode.Uri {
  const { context } = deps;
  const log = vscode.window.createOutputChannel('SCS Deck: HedgeDoc', { log: true });
  const access = new HedgeDocAccess(context.secrets);
  const live = new LiveNotes(context, access, log);
  context.subscriptions.push(
    log,
    // Both take an optional note URL, for links and other extensions; without one they ask.
    vscode.commands.registerCommand('scsDeck.hedgedoc.import', (url?: string) => importNote(access, log, url)),
    vscode.commands.registerCommand('scsDeck.hedgedoc.publish', () => publish(access)),
    vscode.commands.registerCommand('scsDeck.hedgedoc.open', (url?: string) => live.openCommand(url)),
    vscode.commands.registerCommand('scsDeck.hedgedoc.logIn', () => access.logIn()),
    vscode.commands.registerCommand('scsDeck.hedgedoc.logOut', () => access.logOut()),
  );
  return unsentFolder(context);
}
