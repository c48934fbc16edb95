import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDeck } from '../../../server/src/core';
import { BUILTIN_TEMPLATE } from '../../../server/src/core/data/template';
import { checkCallDate, deckFileName, newDeckText, nextCallDate } from '../../../server/src/core/features/newDeck';

describe('new deck', () => {
  it('defaults to the next Thursday, the same day on a Thursday', () => {
    assert.equal(nextCallDate(new Date(2026, 10, 23)), '2026-11-26', 'Monday');
    assert.equal(nextCallDate(new Date(2026, 10, 26)), '2026-11-26', 'Thursday');
    assert.equal(nextCallDate(new Date(2026, 10, 27)), '2026-12-03', 'Friday');
    assert.equal(nextCallDate(new Date(2027, 0, 1)), '2027-01-07', 'across the year');
  });
  it('skips Thursdays whose deck already exists', () => {
    assert.equal(nextCallDate(new Date(2026, 10, 23), (f) => f === '20261126.md'), '2026-12-03');
  });
  it('validates typed dates: format and calendar are errors, other weekdays a warning', () => {
    assert.deepEqual(checkCallDate('2026-11-26'), {});
    assert.match(checkCallDate('26.11.2026').error!, /YYYY-MM-DD/);
    assert.match(checkCallDate('2026-02-30').error!, /not a calendar date/);
    assert.match(checkCallDate('2026-11-27').warning!, /Friday; community calls are on Thursdays/);
  });
  it('names the file YYYYMMDD.md and fills the date placeholder only', () => {
    assert.equal(deckFileName('2026-11-26'), '20261126.md');
    const text = newDeckText(BUILTIN_TEMPLATE, '2026-11-26');
    assert.match(text, /Community Call<\/br> 2026-11-26/);
    assert.doesNotMatch(text, /202X-XX-XX/);
    assert.match(text, /@todo/, 'other placeholders stay for the author');
  });
  it('the built-in template is a valid deck: front matter, team sections with vertical topics', () => {
    const deck = parseDeck(BUILTIN_TEMPLATE);
    assert.equal(deck.frontMatter?.recognised, true);
    assert.deepEqual(deck.frontMatter?.data, { title: 'SCS Community Call', type: 'slide', tags: 'presentation', slideOptions: { theme: 'white', transition: 'slide', parallaxBackgroundSize: '1920px 1080px' } });
    assert.equal(deck.nearMisses.length, 0);
    assert.equal(deck.columns[1][0].info.title, 'Team IaaS');
    assert.equal(deck.columns[1][1].info.title, 'Team IaaS - A new topic');
    assert.equal(deck.slides[deck.slides.length - 1].info.title, 'General - Events');
  });
});
