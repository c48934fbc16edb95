import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDeck } from '../../../server/src/core';
import { topicNotStacked } from '../../../server/src/core/rules/topicNotStacked';
import { applyFixes, fixture, runRule } from './helpers';
import { deckFixture, MAC_ROMAN, TEMPLATE, WINDOWS_1252 } from '../../deckFixtures';

describe('topic-not-stacked', () => {
  it("reports a team's topics opened with --- after its section, and stacks them with the fix", () => {
    const text = fixture('topic-not-stacked.md');
    const found = runRule(topicNotStacked, text);
    assert.equal(found.length, 2);
    assert.ok(found.every((f) => f.text === '---'));
    assert.match(found[0].message, /"Team IaaS - Rook deployment" continues Team IaaS/);
    const fixed = parseDeck(applyFixes(text, found));
    assert.deepEqual(fixed.columns.map((c) => c.length), [3, 1]);
    assert.deepEqual(runRule(topicNotStacked, fixed.text), []);
  });
  it('stays silent on stacked topics, other teams and new sections', () => {
    assert.deepEqual(runRule(topicNotStacked, fixture('topic-not-stacked.silent.md')), []);
    assert.deepEqual(runRule(topicNotStacked, deckFixture(TEMPLATE)), []);
  });
  it('finds the --- topic slides of the call decks', () => {
    const a = runRule(topicNotStacked, deckFixture(WINDOWS_1252.file));
    assert.deepEqual(a.map((f) => f.message.slice(0, 40)), ['"Team Container" continues Team Containe']);
    const b = runRule(topicNotStacked, deckFixture(MAC_ROMAN.file));
    assert.deepEqual(b.map((f) => f.message.slice(0, 30)), ['"Team IaaS" continues Team Iaa']);
  });
});
