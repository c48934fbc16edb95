/**
 * "Export to HTML" and "Export to PDF": the same self-contained file the `scs-deck render` CLI writes (reveal.js,
 * theme, emoji and local images inlined), from the editor's current text, unsaved edits included. The language
 * server renders and writes it (`scsDeck/export`); this module asks, shows progress and reports.
 */
import { homedir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ResponseError } from 'vscode-languageclient/node';
import { EXPORT_REQUEST, NO_BROWSER, type ExportParams, type ExportResult } from '../../../server/src/protocol';
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
  // Starting a browser from a path in the settings is for trusted workspaces only.
  if (format === 'pdf' && !vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage('Export to PDF starts a local browser, so it needs a trusted workspace. Export to HTML works here.');
    return;
  }
  const target = await vscode.window.showSaveDialog({
    defaultUri: defaultTarget(doc.uri, format),
    filters: format === 'pdf' ? { PDF: ['pdf'] } : { HTML: ['html', 'htm'] },
    saveLabel: `Export ${format.toUpperCase()}`,
  });
  if (!target) return;
  if (format === 'pdf' && target.scheme !== 'file') {
    void vscode.window.showErrorMessage('Export to PDF writes to a folder on this machine: choose a local file.');
    return;
  }
  try {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Exporting ${path.basename(doc.uri.path)} to ${format.toUpperCase()}…` },
      () => requestExport(deps, doc, format, target),
    );
    const open = await report(result, doc, target);
    if (open) await vscode.env.openExternal(target);
  } catch (err) {
    if (err instanceof ResponseError && err.data === NO_BROWSER) return offerBrowserSetting(err.message);
    void vscode.window.showErrorMessage(`Export to ${format.toUpperCase()} failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}

async function requestExport(deps: ExtensionDeps, doc: vscode.TextDocument, format: Format, target: vscode.Uri): Promise<ExportResult> {
  const folders = doc.uri.scheme === 'file' ? imageFolders(doc.uri) : undefined;
  const settings = vscode.workspace.getConfiguration('scsDeck.export', doc.uri);
  const params: ExportParams = {
    uri: doc.uri.toString(),
    version: doc.version,
    format,
    target: target.scheme === 'file' ? target.fsPath : undefined,
    browserPath: format === 'pdf' ? settings.get<string>('browserPath', '') : undefined,
    // A restricted setting: in untrusted workspaces VS Code reads it from the user settings only.
    allowRemote: settings.get<boolean>('allowRemote', false) === true,
    uploadsFolder: folders?.uploadDirs?.[0],
    workspaceFolder: folders?.workspaceDir,
  };
  const result = await deps.client.sendRequest<ExportResult>(EXPORT_REQUEST, params);
  // A target outside the file system (a virtual workspace) gets the text back to write here.
  if (result.html !== undefined) await vscode.workspace.fs.writeFile(target, Buffer.from(result.html, 'utf8'));
  return result;
}

function report(result: ExportResult, doc: vscode.TextDocument, target: vscode.Uri): Thenable<string | undefined> {
  const n = result.remoteImages;
  const images = n === 1 ? '1 image without a local copy' : `${n} images without a local copy`;
  const allowRemote = vscode.workspace.getConfiguration('scsDeck.export', doc.uri).get<boolean>('allowRemote', false) === true;
  const remote = n === 0 ? '' : allowRemote ? ` ${images} load over https.` : ` ${images} left out (scsDeck.export.allowRemote loads them).`;
  const message = `Exported ${result.slides} slides to ${path.basename(target.path)}.${remote}${refusedSummary(result.refused)}`;
  return result.refused.length ? vscode.window.showWarningMessage(message, 'Open') : vscode.window.showInformationMessage(message, 'Open');
}

/** The files the export would not inline, named in the message (the first few) and why. */
export function refusedSummary(refused: ExportResult['refused']): string {
  if (refused.length === 0) return '';
  const shown = refused.slice(0, 3).map((r) => `${r.url} (${r.reason})`).join('; ');
  const more = refused.length > 3 ? `; and ${refused.length - 3} more` : '';
  return ` ${refused.length === 1 ? '1 local file was' : `${refused.length} local files were`} not inlined: ${shown}${more}.`;
}

async function offerBrowserSetting(why: string): Promise<void> {
  const choice = await vscode.window.showErrorMessage(`${why} Export to PDF prints with a local Chromium-family browser; set its path in scsDeck.export.browserPath, or use Export to HTML.`, 'Open Settings');
  if (choice) await vscode.commands.executeCommand('workbench.action.openSettings', 'scsDeck.export.browserPath');
}

function defaultTarget(deck: vscode.Uri, format: Format): vscode.Uri {
  const base = deck.path.replace(/\.(md|markdown)$/i, '') + '.' + format;
  return deck.scheme === 'file' || deck.scheme === 'vscode-remote' ? deck.with({ path: base }) : vscode.Uri.file(path.join(homedir(), path.posix.basename(base)));
}
