/**
 * HedgeDoc commands and the `hedgedoc:` file system, registered at activation; the feature behind them
 * (dist/hedgedoc.js, with socket.io and the HTTP client) loads on first use.
 */
import * as vscode from 'vscode';
import type { ExtensionDeps } from '../extension';
import type { HedgeDocFeature } from './feature';
import { LazyFileSystem } from './lazyFileSystem';
import { SCHEME } from './scheme';
import { unsentFolder } from './unsentFolder';

/** The bundle's file beside the extension's own; a plain require keeps esbuild from inlining it. */
const FEATURE_BUNDLE = 'dist/hedgedoc.js';

/** Returns where live notes keep edits HedgeDoc has not confirmed yet (one file per note). */
export function registerHedgeDoc(deps: ExtensionDeps): vscode.Uri {
  const { context } = deps;
  let feature: HedgeDocFeature | undefined;
  const load = (): HedgeDocFeature => {
    if (!feature) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded at run time, on first use
      const mod = require(context.asAbsolutePath(FEATURE_BUNDLE)) as typeof import('./feature');
      feature = mod.startHedgeDoc(context);
    }
    return feature;
  };
  const fileSystem = new LazyFileSystem(() => load().fileSystem);
  context.subscriptions.push(
    fileSystem,
    vscode.workspace.registerFileSystemProvider(SCHEME, fileSystem, { isCaseSensitive: true }),
    // Both take an optional note URL, for links and other extensions; without one they ask.
    vscode.commands.registerCommand('scsDeck.hedgedoc.import', (url?: string) => load().importNote(url)),
    vscode.commands.registerCommand('scsDeck.hedgedoc.publish', () => load().publish()),
    vscode.commands.registerCommand('scsDeck.hedgedoc.open', (url?: string) => load().openNote(url)),
    vscode.commands.registerCommand('scsDeck.hedgedoc.logIn', () => load().logIn()),
    vscode.commands.registerCommand('scsDeck.hedgedoc.logOut', () => load().logOut()),
  );
  return unsentFolder(context);
}
