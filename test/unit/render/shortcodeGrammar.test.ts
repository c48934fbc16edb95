import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'node:test';
import { EMOJI_AT, readShortcode } from '../../../server/src/core/render/inlineRules';

/** What the emoji rule's regex reads at `pos`. */
function byRegex(src: string, pos: number): { name: string; length: number } | undefined {
  if (src[pos] !== ':') return undefined;
  const m = EMOJI_AT.exec(src.slice(pos));
  return m ? { name: m[1], length: m[0].length } : undefined;
}

describe('emoji shortcode grammar', () => {
  it('reads by hand what its regex reads', () => {
    const cases = [':tada:', 'x:tada:y', ':+1:', ':e-mail:', '::', ':a', `:${'a'.repeat(40)}:`, `:${'a'.repeat(41)}:`, ':ä:', ':a b:', '12:30:00', ':tada', 'https://e.org'];
    for (const src of cases) for (let pos = 0; pos <= src.length; pos++) assert.deepEqual(readShortcode(src, pos), byRegex(src, pos), `${src} at ${pos}`);
    const text = fc.array(fc.constantFrom(':', 'a', 'Z', '0', '_', '+', '-', ' ', 'ä', '\n', ':tada:', 'x'.repeat(39)), { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(fc.property(text, (src) => {
      for (let pos = 0; pos <= src.length; pos++) assert.deepEqual(readShortcode(src, pos), byRegex(src, pos));
    }), { numRuns: 2000, seed: 5 });
  });
});
