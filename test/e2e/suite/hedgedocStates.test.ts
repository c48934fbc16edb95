/**
 * What the editor shows around a live note besides typing: a note without edit permission (read-only status,
 * edits refused, the owner's cursor with the owner's name), a note deleted while open, and a server that
 * cannot be reached. Every message must be clear and no typed text may be lost.
 */
import * as assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'mocha';
import { io } from 'socket.io-client';
import * as vscode from 'vscode';
import { HedgeDocClient } from '../../../server/src/hedgedoc/client';
import { LiveNote } from '../../../server/src/hedgedoc/realtime/liveNote';
import { BASE, createNote, decorationShows, download, notificationShows, ownerCookie, statusBarShows, unsentFiles, useTestServer } from './hedgedocHelpers';
import { closeAllEditors, waitFor } from './helpers';

const OWNER = 'owner-live';

async function openLive(id: string, base = BASE): Promise<vscode.TextEditor | undefined> {
  return vscode.commands.executeCommand<vscode.TextEditor | undefined>('scsDeck.hedgedoc.open', `${base}/${id}`);
}

async function typeAtEnd(editor: vscode.TextEditor, text: string): Promise<void> {
  const end = editor.document.positionAt(editor.document.getText().length);
  assert.ok(await editor.edit((b) => b.insert(end, text)), `typed "${text.trim()}"`);
}

describe('live HedgeDoc note: read-only, deleted, unreachable', function () {
  this.timeout(120_000);
  let cookie = '';
  let owner: LiveNote | undefined;

  before(async function () {
    if (!BASE) this.skip();
    await useTestServer();
    cookie = await ownerCookie(`${OWNER}@example.org`, 'correct horse battery staple');
  });
  afterEach(async () => {
    owner?.close();
    owner = undefined;
    await vscode.commands.executeCommand('notifications.clearAll');
    await closeAllEditors();
  });
  after(async () => {
    if (BASE) await vscode.workspace.getConfiguration('scsDeck').update('hedgedoc.serverUrl', BASE, vscode.ConfigurationTarget.Global);
  });

  it('a note without edit permission is read-only, refuses typing and shows its owner\'s cursor by name', async () => {
    const original = '# Community Call 2024-06-06\nlocked\n';
    const id = await createNote(original, cookie);
    const ownerNote = (owner = await LiveNote.open(new HedgeDocClient(BASE!, { allowPrivate: true, cookie }), id, { allowPrivate: true }));
    ownerNote.setPermission('locked');
    await waitFor('the note to be locked', () => ownerNote.notePermission === 'locked' || undefined);

    const editor = await openLive(id);
    assert.ok(editor, 'the live note opened');
    await statusBarShows('HedgeDoc: read-only');
    ownerNote.sendCursor(original.indexOf('locked'));
    const shown = await decorationShows(OWNER);
    assert.ok(shown.some((t) => t.trim() === OWNER), JSON.stringify(shown));

    // Whether the editor refuses the edit itself or the extension undoes it, the note keeps its text.
    await Promise.resolve(editor.edit((b) => b.insert(new vscode.Position(1, 0), 'not allowed '))).catch(() => false);
    await waitFor('the editor to show the note\'s text', () => editor.document.getText() === original || undefined);
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(await download(id), original);
    assert.equal(editor.document.getText(), original);
  });

  it('a note deleted while open says so clearly and keeps every typed character in a local file', async () => {
    const id = await createNote('# Community Call 2024-06-13\n', cookie);
    const editor = await openLive(id);
    assert.ok(editor, 'the live note opened');
    await statusBarShows('HedgeDoc: connected');
    await typeAtEnd(editor, 'typed before the deletion\n');
    await waitFor('the server to store the edit', async () => (await download(id)).includes('typed before the deletion') || undefined);

    // The owner deletes the note from HedgeDoc (its web page sends this event).
    const socket = io(BASE!, { query: { noteId: id }, extraHeaders: { cookie }, reconnection: false });
    try {
      await new Promise((resolve, reject) => {
        socket.once('doc', resolve);
        socket.once('connect_error', reject);
      });
      socket.emit('delete');
      const message = await notificationShows('was deleted by its owner');
      assert.match(message ?? 'kept in a local file', /kept in a local file/);
    } finally {
      socket.disconnect();
    }
    await statusBarShows('HedgeDoc: disconnected');
    assert.equal((await fetch(`${BASE}/${id}/download`)).status, 404);
    const text = editor.document.getText();
    assert.ok(text.includes('typed before the deletion'), 'the editor keeps the text');
    await waitFor('the text in the local file', async () => [...(await unsentFiles(id)).values()].includes(text) || undefined);

    // Typing on is not sent anywhere, so it is said and kept too.
    await typeAtEnd(editor, 'typed after the deletion\n');
    await notificationShows('no longer sent');
    await waitFor('the new text in the local file', async () => [...(await unsentFiles(id)).values()].some((t) => t.includes('typed after the deletion')) || undefined);
  });

  it('a server that cannot be reached is a clear message, and nothing opens', async () => {
    // Port 9 (discard) has no listener on a test machine.
    const dead = 'http://127.0.0.1:9';
    await vscode.workspace.getConfiguration('scsDeck').update('hedgedoc.serverUrl', dead, vscode.ConfigurationTarget.Global);
    const editor = await openLive('some-note', dead);
    assert.equal(editor, undefined);
    await notificationShows(`Cannot reach the HedgeDoc server ${dead}`);
    assert.equal(vscode.window.activeTextEditor?.document.uri.scheme === 'hedgedoc', false);
  });
});
