import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDeck } from '../../../server/src/core';
import { lintDeck } from '../../../server/src/core/rules/engine';

const RULES = [
  'garbled-text', 'unknown-emoji', 'stripped-html', 'relative-url-without-dot', 'swallowed-text', 'invalid-css',
  'missing-image', 'missing-report-by', 'template-placeholder', 'title-date', 'topic-not-stacked',
];

/** Inputs that made earlier versions quadratic or worse. Linear code handles each in milliseconds. */
const HOSTILE: Record<string, string> = {
  'a long heading': '# ' + 'A new topic x '.repeat(20000) + '\n',
  'a long line': 'One ' + 'x'.repeat(200000) + ' A new topic\n',
  'unmatched backticks': '` `` ``` '.repeat(20000),
  'link openers': '[x]('.repeat(50000),
  'link closers': '[' + 'a](b '.repeat(50000),
  'a<b everywhere': 'a<b '.repeat(50000),
  'tags without >': '<a b c '.repeat(30000),
  'colons': ':a:b:c'.repeat(50000),
  'a huge style block': '<style>' + 'a{color:"#fff";'.repeat(20000) + '</style>',
  'garbled runs': 'Ã'.repeat(100000) + 'â€“'.repeat(50000),
  'open quotes': '<a title="'.repeat(30000),
};

describe('content rules on hostile input', () => {
  for (const [name, body] of Object.entries(HOSTILE)) {
    it(`stay fast on ${name}`, () => {
      const deck = parseDeck('---\ntitle: SCS Community Call\n---\n' + body);
      for (const rule of RULES) {
        const t = performance.now();
        lintDeck(deck, { only: [rule], environment: { path: 'community-call/20240530.md', fileExists: () => false } });
        const ms = performance.now() - t;
        // Generous for a loaded CI machine; the quadratic versions took minutes.
        assert.ok(ms < 5000, `${rule} took ${ms.toFixed(0)} ms`);
      }
    });
  }
});
