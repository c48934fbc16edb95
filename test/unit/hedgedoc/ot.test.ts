import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { OtClient } from '../../../server/src/hedgedoc/realtime/otClient';
import { fromChange, TextOperation, toReplacements, transformOffset } from '../../../server/src/hedgedoc/realtime/textOperation';

/** A random operation on `doc`: retains, deletes and inserts (with astral characters and newlines) spanning it. */
function opOn(doc: string): fc.Arbitrary<TextOperation> {
  const piece = fc.record({ kind: fc.constantFrom('retain', 'delete', 'insert'), n: fc.nat(6), text: fc.string({ unit: fc.constantFrom('a', 'b', '\n', 'é', '\u{1F680}'), maxLength: 4 }) });
  return fc.array(piece, { maxLength: 8 }).map((pieces) => {
    const op = new TextOperation();
    let left = doc.length;
    for (const p of pieces) {
      if (p.kind === 'insert') op.insert(p.text);
      else {
        const n = Math.min(p.n, left);
        if (p.kind === 'retain') op.retain(n);
        else op.delete(n);
        left -= n;
      }
    }
    return op.retain(left);
  });
}

const docAndTwoOps = fc.string({ unit: fc.constantFrom('x', 'y', '\n', 'ü'), maxLength: 20 }).chain((doc) => fc.tuple(fc.constant(doc), opOn(doc), opOn(doc)));

describe('TextOperation (npm ot) properties', () => {
  it('transform: both orders of two concurrent operations give the same text', () => {
    fc.assert(fc.property(docAndTwoOps, ([doc, a, b]) => {
      const [a1, b1] = TextOperation.transform(a, b);
      assert.equal(b1.apply(a.apply(doc)), a1.apply(b.apply(doc)));
    }), { numRuns: 500 });
  });

  it('compose: applying a then b equals applying a∘b', () => {
    fc.assert(fc.property(fc.string({ maxLength: 20 }).chain((doc) => opOn(doc).chain((a) => fc.tuple(fc.constant(doc), fc.constant(a), opOn(a.apply(doc))))), ([doc, a, b]) => {
      assert.equal(a.compose(b).apply(doc), b.apply(a.apply(doc)));
    }), { numRuns: 500 });
  });

  it('transform of a composed buffer against a concurrent operation still converges', () => {
    // (The tie order of inserts at one position may differ from transforming the parts one by one, so only
    // convergence is a property; the client transforms outstanding and buffer separately, as ot.js does.)
    fc.assert(fc.property(docAndTwoOps.chain(([doc, a, b]) => fc.tuple(fc.constant(doc), fc.constant(a), opOn(a.apply(doc)), fc.constant(b))), ([doc, a1, a2, b]) => {
      const [ab, bPrime] = TextOperation.transform(a1.compose(a2), b);
      assert.equal(ab.apply(b.apply(doc)), bPrime.apply(a2.apply(a1.apply(doc))));
      const [a1p, b1] = TextOperation.transform(a1, b);
      const [a2p, b2] = TextOperation.transform(a2, b1);
      assert.equal(a2p.apply(a1p.apply(b.apply(doc))), b2.apply(a2.apply(a1.apply(doc))));
    }), { numRuns: 300 });
  });

  it('toReplacements applied right to left gives the operation\'s result', () => {
    fc.assert(fc.property(fc.string({ maxLength: 20 }).chain((doc) => fc.tuple(fc.constant(doc), opOn(doc))), ([doc, op]) => {
      let text = doc;
      for (const r of toReplacements(op).reverse()) text = text.slice(0, r.start) + r.text + text.slice(r.end);
      assert.equal(text, op.apply(doc));
    }), { numRuns: 500 });
  });

  it('fromChange and transformOffset', () => {
    // ot.js puts an insert before a delete at the same place.
    assert.deepEqual(fromChange(5, 1, 2, 'X').toJSON(), [1, 'X', -2, 2]);
    const op = fromChange(10, 4, 0, 'abc');
    assert.equal(transformOffset(4, op), 4);
    assert.equal(transformOffset(4, op, true), 7);
    assert.equal(transformOffset(6, op), 9);
    assert.equal(transformOffset(6, fromChange(10, 2, 3, '')), 3);
    assert.equal(transformOffset(1, fromChange(10, 2, 3, '')), 1);
  });
});

/** ot.js's server algorithm in memory: transform an incoming operation against the ones it missed. */
class MemoryServer {
  doc: string;
  readonly history: TextOperation[] = [];
  constructor(doc: string) {
    this.doc = doc;
  }
  receive(revision: number, op: TextOperation): TextOperation {
    for (const past of this.history.slice(revision)) op = TextOperation.transform(op, past)[0];
    this.doc = op.apply(this.doc);
    this.history.push(op);
    return op;
  }
}

describe('OtClient against an in-memory ot.js server', () => {
  it('converges under random interleaving of edits, sends and deliveries', () => {
    const action = fc.record({ who: fc.nat(2), kind: fc.constantFrom('edit', 'edit', 'deliverToServer', 'deliverToClient'), pos: fc.nat(50), del: fc.nat(3), text: fc.constantFrom('', 'a', 'bc', '\n', '\u{1F680}') });
    fc.assert(fc.property(fc.array(action, { maxLength: 120 }), (actions) => {
      const server = new MemoryServer('hello\nworld\n');
      type Msg = { kind: 'ack' } | { kind: 'op'; op: TextOperation };
      const clients = [0, 1, 2].map(() => {
        const c = { text: server.doc, toServer: [] as [number, TextOperation][], toClient: [] as Msg[], ot: undefined as unknown as OtClient };
        c.ot = new OtClient(0, { send: (rev, op) => c.toServer.push([rev, op]), apply: (op) => (c.text = op.apply(c.text)) });
        return c;
      });
      const step = (who: number, kind: string, pos: number, del: number, text: string): void => {
        const c = clients[who];
        if (kind === 'edit') {
          const at = Math.min(pos, c.text.length);
          const op = fromChange(c.text.length, at, Math.min(del, c.text.length - at), text);
          c.text = op.apply(c.text);
          c.ot.applyClient(op);
        } else if (kind === 'deliverToServer' && c.toServer.length) {
          const [rev, op] = c.toServer.shift()!;
          const done = server.receive(rev, op);
          clients.forEach((o, i) => o.toClient.push(i === who ? { kind: 'ack' } : { kind: 'op', op: done }));
        } else if (kind === 'deliverToClient' && c.toClient.length) {
          const m = c.toClient.shift()!;
          if (m.kind === 'ack') c.ot.serverAck();
          else c.ot.applyServer(m.op);
        }
      };
      for (const a of actions) step(a.who, a.kind, a.pos, a.del, a.text);
      // Drain: deliver everything until quiet.
      for (let busy = true; busy;) {
        busy = false;
        for (let i = 0; i < 3; i++) {
          if (clients[i].toServer.length) {
            step(i, 'deliverToServer', 0, 0, '');
            busy = true;
          }
          while (clients[i].toClient.length) {
            step(i, 'deliverToClient', 0, 0, '');
            busy = true;
          }
        }
      }
      for (const c of clients) {
        assert.equal(c.ot.state.name, 'synchronized');
        assert.equal(c.text, server.doc);
      }
    }), { numRuns: 300 });
  });
});
