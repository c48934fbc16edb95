import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
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
