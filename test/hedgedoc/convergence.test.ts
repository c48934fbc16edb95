/**
 * Two clients type into one note at the same time, interleaved at random: SCS Deck's LiveNote and a plain
 * socket.io client driven by ot.js's own reference client. Both must end identical to
 * each other and to what the server stores, with every inserted token present exactly once. Also measures the
 * edit round trip (an edit in one client to its arrival in the other). Duration: $HEDGEDOC_CONVERGENCE_SECONDS
 * (default 20; CI uses 60).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { HedgeDocClient } from '../../server/src/hedgedoc/client';
import { LiveNote } from '../../server/src/hedgedoc/realtime/liveNote';
import { fromChange, toReplacements, type TextOperation } from '../../server/src/hedgedoc/realtime/textOperation';
import { BASE, createNote, SKIP, startHedgeDoc, stopHedgeDoc } from './oracle';
import { PlainClient } from './plainClient';

const SECONDS = Number(process.env.HEDGEDOC_CONVERGENCE_SECONDS ?? 20);

async function waitFor(what: string, cond: () => boolean | Promise<boolean>, ms = 15000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/** A deterministic pseudo-random generator, so a failing run can be repeated with its seed. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => ((x ^= x << 13), (x ^= x >>> 17), (x ^= x << 5), (x >>> 0) / 2 ** 32);
}

describe('live editing against HedgeDoc 1.12', { skip: SKIP }, () => {
  before(async () => {
    await startHedgeDoc();
  });
  after(() => stopHedgeDoc());

  it(`SCS Deck's client and ot.js's reference client typing at random for ${SECONDS}s converge, lose nothing, and equal the server`, { timeout: (SECONDS + 60) * 1000 }, async () => {
    const seed = Number(process.env.HEDGEDOC_CONVERGENCE_SEED ?? Date.now() % 100000);
    const random = rng(seed);
    const id = await createNote('# Community Call 2024-05-30\n\n....................\n');
    const clients = [await LiveNote.open(new HedgeDocClient(BASE, { allowPrivate: true }), id, { allowPrivate: true }), await PlainClient.open(BASE, id)];
    const names = ['A', 'B'];
    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    const tokens: string[] = [];
    let ops = 0;
    const events: string[] = [];
    const ours = clients[0] as LiveNote;
    ours.on('keptAside', () => events.push('A kept edits aside'));
    ours.on('doc', () => events.push('A got the whole text again'));
    ours.on('state', (s) => events.push(`A ${s}`));
    clients.forEach((c, i) => c.on('change', (op: TextOperation) => {
      const now = performance.now();
      for (const r of toReplacements(op)) {
        for (const m of r.text.matchAll(/⟦([AB]\d+)⟧/g)) {
          const t = sentAt.get(m[1]);
          if (t !== undefined && !m[1].startsWith(names[i])) latencies.push(now - t);
        }
      }
    }));
    try {
      const end = Date.now() + SECONDS * 1000;
      let n = 0;
      while (Date.now() < end) {
        const who = random() < 0.5 ? 0 : 1;
        const c = clients[who];
        const text = c.text;
        let pos = Math.floor(random() * (text.length + 1));
        // Never type inside another token (that would split it, not lose it).
        if (text.lastIndexOf('⟦', pos - 1) > text.lastIndexOf('⟧', pos - 1)) pos = text.indexOf('⟧', pos) + 1;
        if (random() < 0.3 && text[pos] === '.') {
          // Deletes only filler dots, so no token can be lost to a deletion.
          let len = 0;
          while (len < 3 && text[pos + len] === '.') len++;
          c.edit(fromChange(text.length, pos, len, ''));
        } else {
          const token = `${names[who]}${n++}`;
          tokens.push(token);
          sentAt.set(token, performance.now());
          c.edit(fromChange(text.length, pos, 0, `⟦${token}⟧${random() < 0.5 ? '..' : '\n'}`));
        }
        ops++;
        await new Promise((r) => setTimeout(r, Math.floor(random() * 40)));
      }
      await waitFor('both clients synchronized and equal', () => !clients[0].hasPending && !clients[1].hasPending && clients[0].text === clients[1].text);
      const final = clients[0].text;
      assert.deepEqual(events, [], 'no reconnect, no reset');
      for (const t of tokens) assert.equal(final.split(`⟦${t}⟧`).length, 2, `token ${t} appears exactly once (seed ${seed})`);
      // HedgeDoc saves dirty notes every second.
      await waitFor('the server to store the text', async () => (await (await fetch(`${BASE}/${id}/download`)).text()) === final);
      const p50 = percentile(latencies, 50).toFixed(1);
      const p95 = percentile(latencies, 95).toFixed(1);
      console.log(`convergence: seed ${seed}, ${ops} operations (${tokens.length} inserts) in ${SECONDS}s, final length ${final.length}; round trip p50 ${p50} ms, p95 ${p95} ms over ${latencies.length} edits`);
      assert.ok(latencies.length >= tokens.length * 0.9, 'most inserts were seen arriving in the other client');
      assert.ok(percentile(latencies, 95) < 1000, 'edits reach the other client within a second');
    } finally {
      for (const c of clients) c.close();
    }
  });
});
