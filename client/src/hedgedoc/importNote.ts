/** "SCS Deck: Import HedgeDoc Note…": the note's Markdown byte for byte, and its uploads beside it. */
import * as vscode from 'vscode';
import { deckFileNameFromTitle } from '../../../server/src/hedgedoc/deckName';
import { NoteUrlError, parseNoteUrl, type NoteRef } from '../../../server/src/hedgedoc/noteUrl';
import { pullUploads, uploadProblems } from '../../../server/src/hedgedoc/pullUploads';
import { configuredServer, type HedgeDocAccess, requireTrust, showError } from './access';

export async function importNote(access: HedgeDocAccess, log: vscode.LogOutputChannel, url?: string): Promise<vscode.Uri | undefined> {
  if (!requireTrust('Importing a HedgeDoc note')) return undefined;
  const ref = await askNoteUrl('Import HedgeDoc Note', url);
  if (!ref) return undefined;
  const bytes = await withLoginRetry(access, ref.server, () => vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Downloading ${ref.server}/${ref.id}…` },
    async () => (await access.client(ref.server)).download(ref.id),
  ));
  if (!bytes) return undefined;
  const text = bytes.toString('utf8');
  const file = await askTarget(text);
  if (!file) return undefined;
  if (await exists(file)) {
    const ok = await vscode.window.showWarningMessage(`${vscode.workspace.asRelativePath(file)} exists. Replace it with the note?`, { modal: true }, 'Replace');
    if (ok !== 'Replace') return undefined;
  }
  await vscode.workspace.fs.writeFile(file, bytes);
  const dir = vscode.Uri.joinPath(file, '..');
  const report = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Downloading the note\'s uploads…' }, async () =>
    pullUploads(await access.client(ref.server), text, {
      exists: (name) => exists(vscode.Uri.joinPath(dir, name)),
      write: async (name, data) => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, name), data),
    }));
  await vscode.window.showTextDocument(file);
  const problems = uploadProblems(report);
  const saved = `${report.saved.length} upload(s) saved beside it${report.present.length ? `, ${report.present.length} already there` : ''}`;
  if (problems.length) {
    for (const p of problems) log.warn(p);
    const pick = await vscode.window.showWarningMessage(`SCS Deck: imported ${vscode.workspace.asRelativePath(file)}; ${saved}; ${problems.length} could not be fetched.`, 'Show Details');
    if (pick) log.show(true);
  } else {
    void vscode.window.showInformationMessage(`SCS Deck: imported ${vscode.workspace.asRelativePath(file)}; ${saved}.`);
  }
  return file;
}

/** Asks for a note URL (a bare id means the configured server); a URL passed by the caller is used as is. */
export async function askNoteUrl(title: string, given?: string): Promise<NoteRef | undefined> {
  const server = configuredServer();
  if (typeof given === 'string') {
    try {
      return parseNoteUrl(given, server);
    } catch (err) {
      void showError(err);
      return undefined;
    }
  }
  const value = await vscode.window.showInputBox({
    title,
    prompt: `The note's URL (${server}/<id>, /s/<id> or /p/<id>)`,
    placeHolder: `${server}/…`,
    ignoreFocusOut: true,
    validateInput: (v) => {
      try {
        parseNoteUrl(v, server);
        return undefined;
      } catch (err) {
        return err instanceof NoteUrlError ? err.message : String(err);
      }
    },
  });
  return value ? parseNoteUrl(value, server) : undefined;
}

/** Runs `task`; a permission error offers a login and one retry. */
export async function withLoginRetry<T>(access: HedgeDocAccess, server: string, task: () => Thenable<T>): Promise<T | undefined> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      return await task();
    } catch (err) {
      if (!(await showError(err, access, server))) return undefined;
    }
  }
  return undefined;
}

/** `community-call/YYYYMMDD.md` in the workspace (date from the title), editable by the user. */
async function askTarget(text: string): Promise<vscode.Uri | undefined> {
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!root) {
    return vscode.window.showSaveDialog({ title: 'Save the HedgeDoc note as', filters: { Markdown: ['md'] }, saveLabel: 'Import' });
  }
  const suggested = `community-call/${deckFileNameFromTitle(text) ?? 'deck.md'}`;
  const rel = await vscode.window.showInputBox({
    title: 'Import HedgeDoc Note',
    prompt: 'Save the deck as (relative to the workspace folder); its uploads go into the same folder.',
    value: suggested,
    valueSelection: [suggested.lastIndexOf('/') + 1, suggested.length - 3],
    validateInput: (v) => (/^[^/\\].*\.md$/i.test(v.trim()) && !v.split(/[/\\]/).includes('..') ? undefined : 'A relative path ending in .md, inside the workspace.'),
  });
  return rel ? vscode.Uri.joinPath(root, rel.trim()) : undefined;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(() => true, () => false);
}
