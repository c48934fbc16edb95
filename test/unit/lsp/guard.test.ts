import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ServerContext } from '../../../server/src/lsp/context';
import { guarded } from '../../../server/src/lsp/guard';

describe('guarded request handlers', () => {
  it('answer the fallback when a feature throws, and log each failure once', async () => {
    const logged: string[] = [];
    const ctx = { connection: { console: { error: (s: string) => logged.push(s) } } } as unknown as ServerContext;
    const broken = guarded(ctx, 'hover', null, async (n: number) => {
      if (n > 0) throw new Error('boom');
      return 'fine';
    });
    assert.equal(await broken(0), 'fine');
    assert.equal(await broken(1), null);
    assert.equal(await broken(2), null);
    assert.equal(logged.length, 1);
    assert.match(logged[0], /^hover failed: Error: boom/);
  });
});
