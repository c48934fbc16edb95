import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDeck } from '../../../server/src/core';
import { templatePlaceholder } from '../../../server/src/core/rules/templatePlaceholder';
import { fixture, runRule } from './helpers';
import { deckFixture, MAC_ROMAN, TEMPLATE, WINDOWS_1252 } from '../../deckFixtures';

describe('template-placeholder', () => {
  it('reports each placeholder the template leaves', () => {
    const found = runRule(templatePlaceholder, fixture('template-placeholder.md'));
    assert.deepEqual(found.map((f) => f.text), [
      'https://github.com/todo', '@todo', '202X-XX-XX', 'A new topic', 'Subtopic 1', 'One', 'Two', '1. First aspect',
      'Eventname 1 - Topic', 'http://yolobanana.de/yolo.pdf',
    ]);
    assert.match(found[2].message, /Template placeholder "202X-XX-XX" left in/);
  });
  it("leaves the title's date placeholder to title-date", () => {
    assert.deepEqual(runRule(templatePlaceholder, '## Community Call</br> 202X-XX-XX\n'), []);
  });
  it('stays silent on real prose that shares words with the placeholders', () => {
    assert.deepEqual(runRule(templatePlaceholder, fixture('template-placeholder.silent.md')), []);
  });
  it('finds every placeholder kind in the template and none in the call decks', () => {
    const kinds = new Set(runRule(templatePlaceholder, deckFixture(TEMPLATE)).map((f) => f.text.replace(/\d/g, 'N')));
    for (const k of ['@todo', 'https://github.com/todo', 'A new topic', 'Another new topic', 'Subtopic N', 'One', 'Two', 'Three', 'N. First aspect', 'Eventname N - Topic', 'http://yolobanana.de/yolo.pdf']) {
      assert.ok(kinds.has(k), k);
    }
    assert.deepEqual(runRule(templatePlaceholder, deckFixture(WINDOWS_1252.file)), []);
    assert.deepEqual(runRule(templatePlaceholder, deckFixture(MAC_ROMAN.file)), []);
  });
});

describe('template-placeholder by the date of the call', () => {
  const deck = deckFixture(TEMPLATE).replace(/202X-XX-XX/g, '2026-12-10');
  it('is silent in the template itself: template.md or the configured template', () => {
    assert.deepEqual(runRule(templatePlaceholder, deckFixture(TEMPLATE), { path: 'minutes/community-call/template.md' }), []);
    assert.deepEqual(runRule(templatePlaceholder, deckFixture(TEMPLATE), { path: '/w/decks/start.md', templatePath: 'decks/start.md' }), []);
    assert.ok(runRule(templatePlaceholder, deckFixture(TEMPLATE), { path: '/w/decks/other.md', templatePath: 'decks/start.md' }).length > 0);
  });
  it('gives one information per section while the call is ahead', () => {
    const found = runRule(templatePlaceholder, deck, { path: 'community-call/20261210.md', today: '2026-12-06' });
    assert.ok(found.length > 0);
    assert.ok(found.every((f) => f.severity === 'info'));
    const parsed = parseDeck(deck);
    const columns = found.map((f) => parsed.slides.find((s) => f.start >= s.contentStart && f.start <= s.end)!.h);
    assert.deepEqual(columns, [...new Set(columns)], 'one per column');
    assert.match(found[1].message, /^\d+ template placeholders \(first "https:\/\/github.com\/todo"\) left in this section: fill in before the call on 2026-12-10\.$/);
  });
  it('warns about each placeholder on the day of the call and after', () => {
    for (const today of ['2026-12-10', '2027-01-01']) {
      const found = runRule(templatePlaceholder, deck, { path: 'community-call/20261210.md', today });
      assert.ok(found.length > 20);
      assert.ok(found.every((f) => f.severity === undefined));
    }
  });
  it('takes the date from the title when the file name has none', () => {
    const found = runRule(templatePlaceholder, deck, { path: 'decks/next.md', today: '2026-12-06' });
    assert.ok(found.every((f) => f.severity === 'info'));
  });
});
