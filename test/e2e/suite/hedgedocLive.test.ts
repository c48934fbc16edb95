/**
 * The extension's live HedgeDoc note in the real editor, with a second client typing into the same note.
 * Needs a running HedgeDoc 1.x: CI starts one (../shared/hedgedoc/start.sh) and sets SCS_E2E_HEDGEDOC_URL;
 * without it the test is skipped. Duration: SCS_E2E_HEDGEDOC_SECONDS (default 20).
 */
import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { HedgeDocClient } from '../../../server/src/hedgedoc/client';
import { LiveNote } from '../../../server/src/hedgedoc/realtime/liveNote';
import { fromChange, toReplacements, type TextOperation } from '../../../server/src/hedgedoc/realtime/textOperation';
import { activateExtension, closeAllEditors, waitFor, waitForDeckLanguage } from './helpers';
import { recordLatency } from './latency';

const BASE = process.env.SCS_E2E_HEDGEDOC_URL;
const SECONDS = Number(process.env.SCS_E2E_HEDGEDOC_SECONDS ?? 20);

/** A random offset in `text` that is not inside a `⟦…⟧` token. */
function freeOffset(text: string): number {
  const pos = Math.floor(Math.random() * (text.length + 1));
  return text.lastIndexOf('⟦', pos - 1) > text.lastIndexOf('⟧', pos - 1) ? text.indexOf('⟧', pos) + 1 : pos;
}

describe('live HedgeDoc note', function () {
  this.timeout((SECONDS + 90) * 1000);
  let other: LiveNote | undefined;

  before(async function () {
    if (!BASE) this.skip();
    await activateExtension();
    await vscode.workspace.getConfiguration('scsDeck').update('hedgedoc.serverUrl', BASE, vscode.ConfigurationTarget.Global);
  });
  after(async () => {
    other?.close();
    await closeAllEditors();
  });

  it('VS Code and a second client typing at random converge to the server\'s text, losing nothing', async () => {
    const res = await fetch(`${BASE}/new`, { method: 'POST', body: '---\ntype: slide\n---\n\n# Community Call 2024-05-30\n', redirect: 'manual', headers: { 'content-type': 'text/markdown' } });
    const id = new URL(res.headers.get('location')!).pathname.slice(1);
    const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('scsDeck.hedgedoc.open', `${BASE}/${id}`);
    assert.ok(editor, 'the live note opened');
    assert.equal(editor.document.uri.scheme, 'hedgedoc');
    // The note is a deck: it switches to the deck language, which reopens the document; the session must outlive that.
    await waitForDeckLanguage(editor.document);
    other = await LiveNote.open(new HedgeDocClient(BASE!, { allowPrivate: true }), id, { allowPrivate: true });
    const sentAt = new Map<string, number>();
    let received = 0;
    other.on('change', (op: TextOperation) => {
      received++;
      const now = performance.now();
      for (const r of toReplacements(op)) for (const m of r.text.matchAll(/⟦(V\d+)⟧/g)) recordLatency('hedgedoc-keystroke-to-other-client', now - (sentAt.get(m[1]) ?? now));
    });
    const tokens: string[] = [];
    const end = Date.now() + SECONDS * 1000;
    for (let n = 0; Date.now() < end; n++) {
      if (n % 2 === 0) {
        const token = `V${n}`;
        const doc = editor.document;
        const at = doc.positionAt(freeOffset(doc.getText()));
        sentAt.set(token, performance.now());
        if (await editor.edit((b) => b.insert(at, `⟦${token}⟧ `))) tokens.push(token);
      } else {
        const token = `O${n}`;
        const text = other.text;
        other.edit(fromChange(text.length, freeOffset(text), 0, `⟦${token}⟧\n`));
        tokens.push(token);
      }
      await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 50)));
    }
    const live = other;
    await waitFor('VS Code, the other client and the server to agree', async () => {
      if (live.hasPending || editor.document.getText() !== live.text) return undefined;
      return (await (await fetch(`${BASE}/${id}/download`)).text()) === live.text ? true : undefined;
    }, 30_000);
    for (const t of tokens) assert.equal(live.text.split(`⟦${t}⟧`).length, 2, `${t} appears exactly once`);
    const sent = tokens.filter((t) => t.startsWith('O')).length;
    console.log(`[hedgedoc] convergence over ${SECONDS}s: ${tokens.length - sent} VS Code edits, ${sent} operations sent by the other client and ${received} received by it, final length ${live.text.length}`);
  });
});
