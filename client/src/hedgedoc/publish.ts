/** "SCS Deck: Publish to HedgeDoc": a new note from the active deck, with its note and slide URLs. */
import * as vscode from 'vscode';
import { storageChanges, storedForm } from '../../../server/src/hedgedoc/storedText';
import { configuredServer, type HedgeDocAccess, requireTrust } from './access';
import { withLoginRetry } from './importNote';
import { isServedLanguage } from '../deckLanguage/languages';

export async function publish(access: HedgeDocAccess): Promise<void> {
  if (!requireTrust('Publishing to HedgeDoc')) return;
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc || !isServedLanguage(doc.languageId)) {
    void vscode.window.showErrorMessage('SCS Deck: open the deck to publish first.');
    return;
  }
  const server = configuredServer();
  const raw = doc.uri.scheme === 'file' && !doc.isDirty ? Buffer.from(await vscode.workspace.fs.readFile(doc.uri)).toString('utf8') : doc.getText();
  const note = await withLoginRetry(access, server, () => vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Publishing to ${server}…` },
    async () => (await access.client(server)).create(storedForm(raw)),
  ));
  if (!note) return;
  const changes = storageChanges(raw);
  const pick = await vscode.window.showInformationMessage(
    `SCS Deck: published as ${note.url} (slides: ${note.slideUrl}).${changes.length ? ' ' + changes.join(' ') : ''}`,
    'Open Note', 'Open Slides', 'Copy URL',
  );
  if (pick === 'Open Note') void vscode.env.openExternal(vscode.Uri.parse(note.url));
  else if (pick === 'Open Slides') void vscode.env.openExternal(vscode.Uri.parse(note.slideUrl));
  else if (pick === 'Copy URL') void vscode.env.clipboard.writeText(note.url);
}
