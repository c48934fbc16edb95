import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { titleDate } from '../../../server/src/core/rules/titleDate';
import { fileNameDate, parseIsoDate } from '../../../server/src/core/text/callDate';
import { applyFixes, fixture, runRule } from './helpers';
import { deckFixture, MAC_ROMAN, TEMPLATE, WINDOWS_1252 } from '../../deckFixtures';

describe('title-date', () => {
  it('reports a title date that is not a Thursday and disagrees with the file name, and fixes it', () => {
    const text = fixture('title-date.md');
    const found = runRule(titleDate, text, { path: 'minutes/community-call/20240125.md' });
    assert.equal(found.length, 1);
    assert.equal(found[0].text, '2024-01-24');
    assert.match(found[0].message, /2024-01-24 is a Wednesday.*file name says 2024-01-25/);
    assert.match(applyFixes(text, found), /Community Call<\/br> 2024-01-25/);
  });
  it('offers no fix when the file name is not a Thursday either', () => {
    const found = runRule(titleDate, fixture('title-date.md'), { path: 'community-call/20240126.md' });
    assert.deepEqual(found[0].fixes, []);
  });
  it('reads "Community Call 2024-05-30" without a line break, and checks the weekday without a path', () => {
    const found = runRule(titleDate, '## Community Call 2024-05-29\n');
    assert.equal(found[0].text, '2024-05-29');
    assert.match(found[0].message, /Wednesday/);
  });
  it('stays silent when title, file name and weekday agree', () => {
    assert.deepEqual(runRule(titleDate, fixture('title-date.silent.md'), { path: 'community-call/20240125.md' }), []);
    assert.deepEqual(runRule(titleDate, deckFixture(WINDOWS_1252.file), { path: WINDOWS_1252.path }), []);
    assert.deepEqual(runRule(titleDate, deckFixture(MAC_ROMAN.file), { path: MAC_ROMAN.path }), []);
  });
  it("reports the template's placeholder and fills in the file's date", () => {
    const text = deckFixture(TEMPLATE);
    const found = runRule(titleDate, text, { path: 'community-call/20240530.md' });
    assert.deepEqual(found.map((f) => f.text), ['202X-XX-XX']);
    assert.match(found[0].message, /still the template's placeholder; the file name says 2024-05-30/);
    assert.match(applyFixes(text, found), /Community Call<\/br> 2024-05-30/);
    assert.deepEqual(runRule(titleDate, text, { path: 'community-call/20240530.txt' })[0].fixes, []);
  });
  it('says nothing about the placeholder in the template itself', () => {
    assert.deepEqual(runRule(titleDate, deckFixture(TEMPLATE), { path: 'community-call/template.md' }), []);
    assert.deepEqual(runRule(titleDate, deckFixture(TEMPLATE), { path: '/w/decks/start.md', templatePath: 'decks/start.md' }), []);
  });
  it('finds the title on the second slide when the first is a picture', () => {
    const text = '<!-- .slide: data-background="./bg.jpg" -->\n\n---\n\n## SCS Community Call 2024-01-24\n';
    const found = runRule(titleDate, text, { path: 'community-call/20240125.md' });
    assert.deepEqual(found.map((f) => f.text), ['2024-01-24']);
    assert.match(found[0].message, /Wednesday.*the file name says 2024-01-25/);
    assert.equal(found[0].fixes?.[0].preferred, false);
  });
  it('knows real calendar days', () => {
    assert.equal(parseIsoDate('2024-02-30'), undefined);
    assert.equal(parseIsoDate('2024-02-29')?.weekday, 'Thursday');
    assert.equal(fileNameDate('a\\community-call\\20240912.md'), '2024-09-12');
    assert.equal(fileNameDate('community-call/template.md'), undefined);
  });
});
