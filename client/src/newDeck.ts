import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  CALL_DATE_REQUEST, type CallDateParams, type CallDateResult, NEW_DECK_TEXT_REQUEST, type NewDeckTextParams, type NewDeckTextResult, WORKSPACE_TRUST_NOTIFICATION,
} from '../../server/src/protocol';
import type { ExtensionDeps } from './extension';

/** "SCS Deck: New Community Call Deck": next Thursday's deck from the template, opened for editing. */
export function registerNewDeck(deps: ExtensionDeps): void {
  // The server reads the workspace template for its snippets: only in a trusted workspace, like this command.
  const tellTrust = () => void deps.client.sendNotification(WORKSPACE_TRUST_NOTIFICATION, { trusted: vscode.workspace.isTrusted });
  tellTrust();
  deps.context.subscriptions.push(
    vscode.commands.registerCommand('scsDeck.newDeck', () => newDeck(deps.client)),
    vscode.workspace.onDidGrantWorkspaceTrust(tellTrust),
  );
}

/** The date rules and the template live in the language server: this asks it, then writes the file. */
async function newDeck(client: LanguageClient): Promise<vscode.Uri | undefined> {
  const target = await targetFolder();
  if (!target) {
    void vscode.window.showErrorMessage('SCS Deck: open a folder or a file first, so the new deck has a place to go.');
    return undefined;
  }
  const taken = [...(await fileNames(target.dir))];
  const callDate = (value?: string) => client.sendRequest<CallDateResult>(CALL_DATE_REQUEST, { value, taken, today: localToday() } satisfies CallDateParams);
  const date = await vscode.window.showInputBox({
    title: 'New Community Call Deck',
    prompt: `Date of the call (YYYY-MM-DD). The deck is created in ${vscode.workspace.asRelativePath(target.dir)}.`,
    value: (await callDate()).date,
    validateInput: async (value) => validationMessage(await callDate(value)),
  });
  if (!date) return undefined;
  const checked = await callDate(date);
  if (checked.error) {
    void vscode.window.showErrorMessage(`SCS Deck: ${checked.error}`);
    return undefined;
  }
  const file = vscode.Uri.joinPath(target.dir, checked.fileName);
  if (await exists(file)) {
    void vscode.window.showErrorMessage(`SCS Deck: ${vscode.workspace.asRelativePath(file)} already exists; it was not overwritten.`);
    return undefined;
  }
  const deck = await client.sendRequest<NewDeckTextResult>(NEW_DECK_TEXT_REQUEST, { folderUri: target.dir.toString(), date: checked.date } satisfies NewDeckTextParams);
  if (deck.configuredUnreadable) void vscode.window.showWarningMessage(`SCS Deck: cannot read the template ${deck.configuredUnreadable}; used ${deck.templateFile ? vscode.workspace.asRelativePath(deck.templateFile) : 'the built-in template'} instead.`);
  await vscode.workspace.fs.writeFile(file, Buffer.from(deck.text, 'utf8'));
  await vscode.window.showTextDocument(file);
  return file;
}

function validationMessage(check: CallDateResult): string | vscode.InputBoxValidationMessage | undefined {
  if (check.error) return check.error;
  return check.warning ? { message: check.warning, severity: vscode.InputBoxValidationSeverity.Warning } : undefined;
}

/** Today in the author's time zone, as `YYYY-MM-DD`. */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The workspace's `community-call/` folder if there is one (the active file's workspace first), else the active file's folder. */
async function targetFolder(): Promise<{ dir: vscode.Uri } | undefined> {
  const active = vscode.window.activeTextEditor?.document.uri;
  const activeWs = active && vscode.workspace.getWorkspaceFolder(active);
  const folders = [...(activeWs ? [activeWs] : []), ...(vscode.workspace.workspaceFolders ?? []).filter((f) => f !== activeWs)];
  for (const ws of folders) {
    const calls = vscode.Uri.joinPath(ws.uri, 'community-call');
    if (await isDirectory(calls)) return { dir: calls };
  }
  if (active && active.scheme !== 'untitled') return { dir: vscode.Uri.joinPath(active, '..') };
  return folders[0] ? { dir: folders[0].uri } : undefined;
}

async function fileNames(dir: vscode.Uri): Promise<Set<string>> {
  const entries = await vscode.workspace.fs.readDirectory(dir).then(undefined, () => [] as [string, vscode.FileType][]);
  return new Set(entries.map(([name]) => name));
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(() => true, () => false);
}

async function isDirectory(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then((s) => (s.type & vscode.FileType.Directory) !== 0, () => false);
}
