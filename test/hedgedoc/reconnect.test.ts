import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { HedgeDocClient } from '../../server/src/hedgedoc/client';
import { LiveNote } from '../../server/src/hedgedoc/realtime/liveNote';
import { fromChange } from '../../server/src/hedgedoc/realtime/textOperation';
import { BASE, createNote, killHedgeDoc, SKIP, startHedgeDoc, stopHedgeDoc } from './oracle';
import { PlainClient } from './plainClient';

async function waitFor(what: string, cond: () => boolean | Promise<boolean>, ms = 30000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const download = async (id: string): Promise<string> => (await fetch(`${BASE}/${id}/download`)).text();

describe('a live note across a HedgeDoc restart', { skip: SKIP }, () => {
  before(async () => {
    await startHedgeDoc();
  });
  after(() => stopHedgeDoc());

  it('reconnects, sends the edits made while the server was down, and loses nothing', { timeout: 120000 }, async () => {
    const id = await createNote('# Community Call 2024-05-30\n');
    const live = await LiveNote.open(new HedgeDocClient(BASE, { allowPrivate: true }), id, { allowPrivate: true });
    const states: string[] = [];
    const aside: string[] = [];
    live.on('state', (s) => states.push(s));
    live.on('keptAside', (t) => aside.push(t));
    try {
      live.edit(fromChange(live.text.length, live.text.length, 0, 'before the restart\n'));
      await waitFor('the first edit to be saved', async () => !live.hasPending && (await download(id)) === live.text);
      killHedgeDoc();
      await waitFor('the client to notice', () => live.state === 'reconnecting');
      live.edit(fromChange(live.text.length, live.text.length, 0, 'during the restart\n'));
      assert.equal(live.hasPending, true);
      await startHedgeDoc();
      await waitFor('reconnect and sync', () => live.state === 'connected' && !live.hasPending);
      const expected = '# Community Call 2024-05-30\nbefore the restart\nduring the restart\n';
      assert.equal(live.text, expected);
      await waitFor('the server to store the edit', async () => (await download(id)) === expected);
      assert.ok(states.includes('reconnecting'), states.join(','));
      assert.deepEqual(aside, []);
    } finally {
      live.close();
    }
  });

  it('a reconnect that finds the pending edit already on the server (its ack was lost) leaves nothing pending and says so', { timeout: 60000 }, async () => {
    const id = await createNote('base\n');
    const live = await LiveNote.open(new HedgeDocClient(BASE, { allowPrivate: true }), id, { allowPrivate: true });
    let synced = 0;
    live.on('synced', () => synced++);
    try {
      // The client stops hearing acks, as when the connection drops between the server applying an edit and acking it.
      const socket = (live as unknown as { socket: { off(event: string): void; io: { engine: { close(): void } } } }).socket;
      socket.off('ack');
      live.edit(fromChange(live.text.length, live.text.length, 0, 'acked but unheard\n'));
      await waitFor('the server to store the edit', async () => (await download(id)) === live.text);
      assert.equal(live.hasPending, true);
      socket.io.engine.close();
      await waitFor('reconnect', () => live.state === 'connected' && !live.hasPending);
      assert.equal(synced, 1, 'the extension removes its local copy of unconfirmed edits on this event');
      assert.equal(live.text, 'base\nacked but unheard\n');
      assert.equal(await download(id), live.text);
    } finally {
      live.close();
    }
  });

  it('edits made while the connection was down are re-applied on top of what others typed meanwhile', { timeout: 60000 }, async () => {
    const id = await createNote('base\n');
    const live = await LiveNote.open(new HedgeDocClient(BASE, { allowPrivate: true }), id, { allowPrivate: true });
    const other = await PlainClient.open(BASE, id);
    const aside: string[] = [];
    live.on('keptAside', (t: string) => aside.push(t));
    try {
      // Drop the transport under the client (as a network failure would) and stop it reconnecting for a moment.
      const socket = (live as unknown as { socket: { io: { engine: { close(): void } }; disconnect(): void; connect(): void } }).socket;
      socket.io.engine.close();
      await waitFor('the client to notice', () => live.state === 'reconnecting');
      live.edit(fromChange(live.text.length, 0, 0, 'mine '));
      other.edit(fromChange(other.text.length, other.text.length, 0, 'theirs\n'));
      await waitFor('reconnect and sync', () => live.state === 'connected' && !live.hasPending && live.text.includes('theirs'));
      assert.equal(live.text, 'mine base\ntheirs\n');
      assert.deepEqual(aside, []);
      await waitFor('the other client to see it', () => other.text === live.text);
      await waitFor('the server to store it', async () => (await download(id)) === live.text);
    } finally {
      live.close();
      other.close();
    }
  });
});
