import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { findMojibake } from '../../../server/src/core/text/mojibake';
import { garble } from './codePageDecoders';

/** Correctly encoded words from the languages and symbols SCS decks use. */
const WORDS = [
  'Grüße', 'Straße', 'Behördenspiegel', 'Brühl', 'Köln', 'Ärger', 'Übermut', 'Öffentlichkeit', 'SCHÖN', 'GRÜN', 'MÄRZ',
  'café', 'crème', 'naïve', 'cœur', 'Noël', 'à', 'où', 'ÉTÉ', 'FAÇADE', 'Ça', 'élan', 'Élysée',
  'año', 'niño', 'acción', 'AÑO', 'NÃO', 'SÃO', 'ação', 'CÂMARA', 'São',
  'Zażółć', 'gęślą', 'jaźń', 'Łódź', 'był', 'Příliš', 'žluťoučký', 'kůň', 'ďábelské', 'Ştefan', 'Erdős',
  'Καλημέρα', 'κόσμε', 'Привет', 'мир', 'ещё', '日本語', '中文', '한국어', 'Þórður', 'Ærø', 'Åse', 'col·lecció',
  '©', '®', '°C', '±5', '3×4', '½', '€20', '£5', '™', '🎉', '🚀', '🛠️', '👩‍💻', '🇩🇪', '✅', '❤️', '👍🏽',
  'SCS', 'IaaS', 'R7', 'Keystone', 'release', 'team', 'Team',
];
const OPENERS = ['', '', '', '„', '“', '‘', '‚', '«', '»', '¿', '¡', '(', '›'];
const CLOSERS = ['', '', '', '', '“', '”', '’', '‘', '«', '»', '…', ',', '.', '!', '?', ':', ';', ')', '‹', ' –', ' —', '—'];

const token = fc.tuple(fc.constantFrom(...OPENERS), fc.constantFrom(...WORDS), fc.constantFrom(...CLOSERS)).map(([o, w, c]) => o + w + c);
const sentence = fc.array(token, { minLength: 1, maxLength: 12 }).map((t) => t.join(' '));

describe('findMojibake on generated text', () => {
  it('stays silent on sentences of correct words with typographic punctuation', () => {
    fc.assert(fc.property(sentence, (s) => {
      assert.deepEqual(findMojibake(s), [], s);
    }), { numRuns: 3000, seed: 42 });
  });
  it('finds and repairs the same sentences garbled in either code page', () => {
    fc.assert(fc.property(sentence, fc.constantFrom('windows-1252' as const, 'macintosh' as const), (s, codePage) => {
      const g = garble(s, codePage);
      let out = g;
      for (const r of findMojibake(g).reverse()) out = out.slice(0, r.start) + r.repaired + out.slice(r.end);
      assert.equal(out, s, `${codePage}: ${g}`);
    }), { numRuns: 500, seed: 7 });
  });
});
