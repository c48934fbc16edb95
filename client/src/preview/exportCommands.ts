/**
 * "Export to HTML" and "Export to PDF": the same self-contained file the `scs-deck render` CLI writes
 * (reveal.js, theme, emoji and local images inlined), from the editor's current text, unsaved edits included.
 */
import { homedir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { findBrowser } from '../../../server/src/export/browser';
import { exportBytes, exportHtml, writeExportFile, type HtmlExport, type RefusedFile } from '../../../server/src/export/exportHtml';
import { printPdf } from '../../../server/src/export/pdf';
import type { ExtensionDeps } from '../extension';
import { imageFolders } from './panel';

type Format = 'html' | 'pdf';

export function registerExportCommands(deps: ExtensionDeps, deckDocument: (arg: unknown) => Promise<vscode.TextDocument | undefined>): void {
  deps.context.subscriptions.push(
    vscode.commands.registerCommand('scsDeck.export.html', async (arg?: unknown) => runExport(deps, await deckDocument(arg), 'html')),
    vscode.commands.registerCommand('scsDeck.export.pdf', async (arg?: unknown) => runExport(deps, await deckDocument(arg), 'pdf')),
  );
}

async function runExport(deps: ExtensionDeps, doc: vscode.TextDocument | undefined, format: Format): Promise<void> {
  if (!doc) return;
  let browser: string | undefined;
  if (format === 'pdf') {
    // Starting a browser from a path in the settings is for trusted workspaces only.
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showWarningMessage('Export to PDF starts a local browser, so it needs a trusted workspace. Export to HTML works here.');
      return;
    }
    browser = await pickBrowser(doc.uri);
    if (!browser) return;
  }
  const target = await vscode.window.showSaveDialog({
    defaultUri: defaultTarget(doc.uri, format),
    filters: format === 'pdf' ? { PDF: ['pdf'] } : { HTML: ['html', 'htm'] },
    saveLabel: `Export ${format.toUpperCase()}`,
  });
  if (!target) return;
  try {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Exporting ${path.basename(doc.uri.path)} to ${format.toUpperCase()}…` },
      () => writeExport(deps, doc, target, browser),
    );
    const n = result.remoteImages.length;
    const images = n === 1 ? '1 image without a local copy' : `${n} images without a local copy`;
    const remote = n === 0 ? '' : allowRemoteSetting(doc.uri) ? ` ${images} load over https.` : ` ${images} left out (scsDeck.export.allowRemote loads them).`;
    const message = `Exported ${result.rendered.slides.length} slides to ${path.basename(target.path)}.${remote}${refusedSummary(result.refused)}`;
    const open = result.refused.length ? await vscode.window.showWarningMessage(message, 'Open') : await vscode.window.showInformationMessage(message, 'Open');
    if (open) await vscode.env.openExternal(target);
  } catch (err) {
    void vscode.window.showErrorMessage(`Export to ${format.toUpperCase()} failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}

async function writeExport(deps: ExtensionDeps, doc: vscode.TextDocument, target: vscode.Uri, browser: string | undefined): Promise<HtmlExport> {
  const media = vscode.Uri.joinPath(deps.context.extensionUri, 'dist', 'media');
  const local = doc.uri.scheme === 'file';
  const folders = local ? imageFolders(doc.uri) : undefined;
  const allowRemote = allowRemoteSetting(doc.uri);
  const result = exportHtml(doc.getText(), {
    // Decks outside the file system (untitled, virtual) get no local images.
    deckPath: local ? doc.uri.fsPath : path.join(media.fsPath, 'no-deck-folder', 'deck.md'),
    media: { revealDir: path.join(media.fsPath, 'reveal'), emojiDir: path.join(media.fsPath, 'emoji') },
    uploadDirs: folders?.uploadDirs ?? [],
    workspaceDir: folders?.workspaceDir,
    allowRemote,
  });
  if (browser) await printPdf(result.html, target.fsPath, browser, { allowRemote });
  else if (target.scheme === 'file') writeExportFile(result, target.fsPath);
  else await vscode.workspace.fs.writeFile(target, exportBytes(result));
  return result;
}

/** The files the export would not inline, named in the message (the first few) and why. */
export function refusedSummary(refused: readonly RefusedFile[]): string {
  if (refused.length === 0) return '';
  const shown = refused.slice(0, 3).map((r) => `${r.url} (${r.reason})`).join('; ');
  const more = refused.length > 3 ? `; and ${refused.length - 3} more` : '';
  return ` ${refused.length === 1 ? '1 local file was' : `${refused.length} local files were`} not inlined: ${shown}${more}.`;
}

/** A restricted setting: in untrusted workspaces VS Code reads it from the user settings only. */
function allowRemoteSetting(deck: vscode.Uri): boolean {
  return vscode.workspace.getConfiguration('scsDeck.export', deck).get<boolean>('allowRemote', false) === true;
}

/** `scsDeck.export.browserPath`, else a Chromium, Chrome or Edge in the usual places; says so clearly when none. */
async function pickBrowser(deck: vscode.Uri): Promise<string | undefined> {
  const setting = vscode.workspace.getConfiguration('scsDeck.export', deck).get<string>('browserPath', '').trim();
  const browser = findBrowser(setting || undefined);
  if (browser) return browser;
  const why = setting ? `The browser in scsDeck.export.browserPath (${setting}) does not exist or cannot be run.` : 'No Chromium, Chrome or Edge was found.';
  const choice = await vscode.window.showErrorMessage(`${why} Export to PDF prints with a local Chromium-family browser; set its path in scsDeck.export.browserPath, or use Export to HTML.`, 'Open Settings');
  if (choice) await vscode.commands.executeCommand('workbench.action.openSettings', 'scsDeck.export.browserPath');
  return undefined;
}

function defaultTarget(deck: vscode.Uri, format: Format): vscode.Uri {
  const base = deck.path.replace(/\.(md|markdown)$/i, '') + '.' + format;
  return deck.scheme === 'file' || deck.scheme === 'vscode-remote' ? deck.with({ path: base }) : vscode.Uri.file(path.join(homedir(), path.posix.basename(base)));
}
