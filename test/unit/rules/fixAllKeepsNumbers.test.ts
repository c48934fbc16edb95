import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseDeck } from '../../../server/src/core';
import { fixAll } from '../../../server/src/core/rules/fixAll';
import { lintDeck } from '../../../server/src/core/rules/engine';
import { DECKS } from '../../deckFixtures';
import { FIXTURES } from './lintHelpers';

/** Each slide's number (`h.v`) and title, in order: what Fix All must keep. A blank slide removed at the end renumbers nothing. */
const numbers = (text: string) => {
  const slides = parseDeck(text).slides;
  let end = slides.length;
  while (end > 1 && !/\S/.test(slides[end - 1].content)) end--;
  return slides.slice(0, end).map((s) => `${s.h}.${s.v}`);
};
const environment = { path: 'community-call/20240530.md', fileExists: () => false };

describe('Fix All keeps every slide number', () => {
  const files = [
    ...readdirSync(FIXTURES).filter((f) => f.endsWith('.md')).map((f) => join(FIXTURES, f)),
    ...readdirSync(DECKS).filter((f) => f.endsWith('.md')).map((f) => join(DECKS, f)),
  ];
  for (const file of files) {
    it(file.slice(FIXTURES.length - 'rules'.length), () => {
      const text = readFileSync(file, 'utf8');
      assert.deepEqual(numbers(fixAll(text, { environment }).text), numbers(text));
    });
  }
  it('offers structural fixes one by one, with a title that says what moves', () => {
    const text = '# Call\n\n---\n\n# Team IaaS\n\nReport by @a\n\n---\n\n## Team IaaS - Rook\n\n* x\n\n---\n\n# Team Ops\n\nReport by @b\n';
    const d = lintDeck(parseDeck(text), { environment }).find((x) => x.rule === 'topic-not-stacked')!;
    assert.equal(d.fixes[0].structural, true);
    assert.equal(d.fixes[0].title, 'Make this slide 2.2 (vertical under Team IaaS); the columns after it move one to the left');
    assert.equal(fixAll(text, { environment }).changed, false);
  });
});
