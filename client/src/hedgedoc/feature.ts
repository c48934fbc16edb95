/**
 * The HedgeDoc feature itself: import, publish, live notes, log in and out. It is bundled apart from the
 * extension (dist/hedgedoc.js) and loaded on first use, so activation does not load socket.io and the HTTP client.
 */
import * as vscode from 'vscode';
import { HedgeDocAccess } from './access';
import { importNote } from './importNote';
import { LiveNotes } from './liveNotes';
import { publish } from './publish';

export interface HedgeDocFeature {
  importNote(url?: string): Promise<unknown>;
  publish(): Promise<unknown>;
  openNote(url?: string): Promise<unknown>;
  logIn(): Promise<unknown>;
  logOut(): Promise<unknown>;
  /** The `hedgedoc:` file system: a live note's text. */
  readonly fileSystem: vscode.FileSystemProvider;
}

export function startHedgeDoc(context: vscode.ExtensionContext): HedgeDocFeature {
  const log = vscode.window.createOutputChannel('SCS Deck: HedgeDoc', { log: true });
  const access = new HedgeDocAccess(context.secrets);
  const live = new LiveNotes(context, access, log);
  context.subscriptions.push(log);
  return {
    importNote: (url) => importNote(access, log, url),
    publish: () => publish(access),
    openNote: (url) => live.openCommand(url),
    logIn: () => access.logIn(),
    logOut: () => access.logOut(),
    fileSystem: live,
  };
}
