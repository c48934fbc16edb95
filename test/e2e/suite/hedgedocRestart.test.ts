/**
 * The HedgeDoc server stops and starts again (same port, same database) while a live note is open in the
 * editor and the user keeps typing: the status bar shows reconnecting, then connected; what was typed
 * meanwhile is kept in a local file until the server has it, then sent, and nothing is lost.
 * Needs SCS_E2E_HEDGEDOC_URL and SCS_E2E_HEDGEDOC_SCRIPTS (see hedgedocHelpers.ts).
 */
import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { BASE, createNote, download, hedgedocReady, lineStart, NO_RESTART, occurrences, startHedgeDoc, statusBarShows, stopHedgeDoc, unsentFiles, useTestServer } from './hedgedocHelpers';
import { closeAllEditors, waitFor } from './helpers';

describe('live HedgeDoc note across a server restart', function () {
  this.timeout(300_000);

  before(async function () {
    if (NO_RESTART) this.skip();
    await useTestServer();
  });
  after(async () => {
    if (!NO_RESTART && !(await fetch(`${BASE}/status`).then((r) => r.ok, () => false))) await startHedgeDoc();
    await closeAllEditors();
  });

  it('reconnects, keeps the edits typed meanwhile in a local file until the server has them, and loses none', async () => {
    const id = await createNote('# Community Call 2024-05-30\n\n');
    const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('scsDeck.hedgedoc.open', `${BASE}/${id}`);
    assert.ok(editor, 'the live note opened');
    const doc = editor.document;
    await statusBarShows('HedgeDoc: connected');

    // The user types all along, one marker about every 150 ms.
    const tokens: string[] = [];
    let typing = true;
    const typist = (async () => {
      for (let n = 0; typing; n++) {
        const at = doc.positionAt(lineStart(doc.getText()));
        if (await editor.edit((b) => b.insert(at, `R${n} `))) tokens.push(`R${n}`);
        await new Promise((r) => setTimeout(r, 150));
      }
    })();
    await new Promise((r) => setTimeout(r, 1000));

    const t0 = Date.now();
    await stopHedgeDoc();
    await statusBarShows('HedgeDoc: reconnecting');
    // What the user typed since the server went away is in the local file (written at most a second later).
    await new Promise((r) => setTimeout(r, 500));
    const typedWhileDown = tokens.at(-1)!;
    const kept = await waitFor(`${typedWhileDown} in the unsent-edits file`, async () => {
      const files = await unsentFiles(id);
      return [...files.values()].find((t) => occurrences(t, typedWhileDown) === 1);
    }, 10_000);
    assert.equal(occurrences(kept, tokens[0]), 1, 'the file holds the whole text, earlier edits included');
    assert.notEqual(await fetch(`${BASE}/${id}/download`).then((r) => r.status, () => 0), 200, 'the server is down');

    await startHedgeDoc();
    await statusBarShows('HedgeDoc: connected');
    const downMs = Date.now() - t0;
    await new Promise((r) => setTimeout(r, 1500));
    typing = false;
    await typist;

    const final = await waitFor('the editor and the server to agree', async () => {
      const text = doc.getText();
      return (await download(id)) === text ? text : undefined;
    }, 30_000);
    const lost = tokens.filter((t) => occurrences(final, t) !== 1);
    assert.deepEqual(lost, [], `markers missing or doubled (of ${tokens.length})`);
    // Once the server has everything, the local file goes away (and nothing had to be kept aside).
    await waitFor('the unsent-edits file to be removed', async () => (await unsentFiles(id)).size === 0 || undefined, 10_000);
    console.log(`[hedgedoc] restart: server away for ${downMs} ms, ${tokens.length} markers typed throughout, none lost`);
    await hedgedocReady();
  });
});
