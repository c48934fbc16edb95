import * as vscode from 'vscode';
import { BUILTIN_TEMPLATE } from '../../server/src/core/data/template';
import { checkCallDate, deckFileName, newDeckText, nextCallDate } from '../../server/src/core/features/newDeck';
import { WORKSPACE_TRUST_NOTIFICATION } from '../../server/src/protocol';
import type { ExtensionDeps } from './extension';

/** "SCS Deck: New Community Call Deck": next Thursday's deck from the template, opened for editing. */
export function registerNewDeck(deps: ExtensionDeps): void {
  // The server reads the workspace template for its snippets: only in a trusted workspace, like this command.
  const tellTrust = () => void deps.client.sendNotification(WORKSPACE_TRUST_NOTIFICATION, { trusted: vscode.workspace.isTrusted });
  tellTrust();
  deps.context.subscriptions.push(
    vscode.commands.registerCommand('scsDeck.newDeck', () => newDeck()),
    vscode.workspace.onDidGrantWorkspaceTrust(tellTrust),
  );
}

async function newDeck(): Promise<vscode.Uri | undefined> {
  const target = await targetFolder();
  if (!target) {
    void vscode.window.showErrorMessage('SCS Deck: open a folder or a file first, so the new deck has a place to go.');
    return undefined;
  }
  const taken = await fileNames(target.dir);
  const date = await vscode.window.showInputBox({
    title: 'New Community Call Deck',
    prompt: `Date of the call (YYYY-MM-DD). The deck is created in ${vscode.workspace.asRelativePath(target.dir)}.`,
    value: nextCallDate(new Date(), (name) => taken.has(name)),
    validateInput: (value) => validateDate(value, taken),
  });
  if (!date) return undefined;
  const file = vscode.Uri.joinPath(target.dir, deckFileName(date.trim()));
  if (await exists(file)) {
    void vscode.window.showErrorMessage(`SCS Deck: ${vscode.workspace.asRelativePath(file)} already exists; it was not overwritten.`);
    return undefined;
  }
  const template = await readTemplate(target.workspace);
  await vscode.workspace.fs.writeFile(file, Buffer.from(newDeckText(template, date.trim()), 'utf8'));
  await vscode.window.showTextDocument(file);
  return file;
}

function validateDate(value: string, taken: Set<string>): string | vscode.InputBoxValidationMessage | undefined {
  const check = checkCallDate(value);
  if (check.error) return check.error;
  if (taken.has(deckFileName(value.trim()))) return `${deckFileName(value.trim())} already exists: pick another date.`;
  return check.warning ? { message: check.warning, severity: vscode.InputBoxValidationSeverity.Warning } : undefined;
}

/** The workspace's `community-call/` folder if there is one (the active file's workspace first), else the active file's folder. */
async function targetFolder(): Promise<{ dir: vscode.Uri; workspace?: vscode.WorkspaceFolder } | undefined> {
  const active = vscode.window.activeTextEditor?.document.uri;
  const activeWs = active && vscode.workspace.getWorkspaceFolder(active);
  const folders = [...(activeWs ? [activeWs] : []), ...(vscode.workspace.workspaceFolders ?? []).filter((f) => f !== activeWs)];
  for (const ws of folders) {
    const calls = vscode.Uri.joinPath(ws.uri, 'community-call');
    if (await isDirectory(calls)) return { dir: calls, workspace: ws };
  }
  if (active && active.scheme !== 'untitled') return { dir: vscode.Uri.joinPath(active, '..'), workspace: activeWs };
  return folders[0] ? { dir: folders[0].uri, workspace: folders[0] } : undefined;
}

/** `scsDeck.template.path`, else `community-call/template.md`, else the built-in template. Untrusted workspaces get the built-in one. */
async function readTemplate(ws: vscode.WorkspaceFolder | undefined): Promise<string> {
  if (!ws || !vscode.workspace.isTrusted) return BUILTIN_TEMPLATE;
  const configured = vscode.workspace.getConfiguration('scsDeck', ws.uri).get<string>('template.path');
  const candidates = [configured ? vscode.Uri.joinPath(ws.uri, configured) : undefined, vscode.Uri.joinPath(ws.uri, 'community-call', 'template.md')];
  for (const uri of candidates) {
    if (!uri) continue;
    try {
      return Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
    } catch {
      if (uri === candidates[0]) void vscode.window.showWarningMessage(`SCS Deck: cannot read the template ${configured}; using the next one.`);
    }
  }
  return BUILTIN_TEMPLATE;
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
