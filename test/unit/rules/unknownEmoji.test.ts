import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { suggest, unknownEmoji } from '../../../server/src/core/rules/unknownEmoji';
import { applyFixes, fixture, runRule } from './helpers';
import { ALL_DECKS, deckFixture } from '../../deckFixtures';

describe('unknown-emoji', () => {
  it('reports shortcodes emojify.js 1.1.0 does not know, with suggestions', () => {
    const found = runRule(unknownEmoji, fixture('unknown-emoji.md'));
    assert.deepEqual(found.map((f) => f.text), [':partying_face:', ':thinking:', ':tade:']);
    assert.match(found[0].message, /does not know the emoji shortcode ":partying_face:".*plain text.*:tada:/);
    assert.equal(found[1].fixes?.[0].edits[0].newText, ':confused:');
    assert.equal(found[2].fixes?.[0].edits[0].newText, ':tada:');
    assert.ok(found.every((f) => (f.fixes?.length ?? 0) <= 3 && f.fixes?.every((x) => !x.preferred)));
  });
  it('applies a suggestion', () => {
    const text = '# A\n\nTypo :tade:\n';
    assert.equal(applyFixes(text, runRule(unknownEmoji, text)), '# A\n\nTypo :tada:\n');
  });
  it('stays silent on known names (any case), times, URLs, code, HTML and comments', () => {
    assert.deepEqual(runRule(unknownEmoji, fixture('unknown-emoji.silent.md')), []);
    for (const name of ALL_DECKS) {
      assert.deepEqual(runRule(unknownEmoji, deckFixture(name)), [], name);
    }
  });
  it('suggests only real emojify.js names', () => {
    assert.deepEqual(suggest('rocet'), ['rocket']);
    assert.deepEqual(suggest('zzzzzzzzzzzz'), []);
  });
});
