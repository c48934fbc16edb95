import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DECK_LANGUAGE, ENTER_QUIET_MS, LanguageSwitches, LEAVE_QUIET_MS, MARKDOWN_LANGUAGE, quietWait, wantedLanguage,
} from '../../../client/src/deckLanguage/languages';

const URI = 'file:///w/community-call/20261126.md';

describe('deck language: which language a document should have', () => {
  it('gives decks the deck language and other Markdown markdown', () => {
    assert.equal(wantedLanguage(MARKDOWN_LANGUAGE, true, true), DECK_LANGUAGE);
    assert.equal(wantedLanguage(DECK_LANGUAGE, false, true), MARKDOWN_LANGUAGE);
    assert.equal(wantedLanguage(DECK_LANGUAGE, true, true), undefined);
    assert.equal(wantedLanguage(MARKDOWN_LANGUAGE, false, true), undefined);
  });

  it('keeps decks markdown when the setting is off, and gives deck-language documents back', () => {
    assert.equal(wantedLanguage(MARKDOWN_LANGUAGE, true, false), undefined);
    assert.equal(wantedLanguage(DECK_LANGUAGE, true, false), MARKDOWN_LANGUAGE);
  });

  it('never touches other languages', () => {
    for (const lang of ['plaintext', 'html', 'prompt']) {
      assert.equal(wantedLanguage(lang, true, true), undefined);
      assert.equal(wantedLanguage(lang, false, false), undefined);
    }
  });

  it('waits for a pause in typing, longer before a deck goes back to markdown', () => {
    assert.equal(quietWait(DECK_LANGUAGE, undefined, 1000), 0, 'not edited: at once');
    assert.equal(quietWait(DECK_LANGUAGE, 1000, 1100), ENTER_QUIET_MS - 100);
    assert.equal(quietWait(MARKDOWN_LANGUAGE, 1000, 1100), LEAVE_QUIET_MS - 100);
    assert.equal(quietWait(MARKDOWN_LANGUAGE, 1000, 1000 + LEAVE_QUIET_MS + 5), 0);
    assert.ok(LEAVE_QUIET_MS > ENTER_QUIET_MS);
  });
});

describe('deck language: switches', () => {
  it('switches a deck once: nothing more while its own switch is under way, and its reopening is ours', () => {
    const s = new LanguageSwitches();
    assert.equal(s.opened(URI, MARKDOWN_LANGUAGE), 'new');
    assert.equal(s.decide(URI, MARKDOWN_LANGUAGE, true, true, 0), DECK_LANGUAGE);
    s.switching(URI, DECK_LANGUAGE, 0);
    assert.equal(s.decide(URI, MARKDOWN_LANGUAGE, true, true, 1), undefined, 'under way');
    assert.equal(s.opened(URI, DECK_LANGUAGE), 'ours');
    s.settled(URI);
    assert.equal(s.decide(URI, DECK_LANGUAGE, true, true, 2), undefined, 'already the deck language');
    assert.equal(s.decide(URI, DECK_LANGUAGE, false, true, 3), MARKDOWN_LANGUAGE, 'no deck any more');
  });

  it('leaves a document alone whose language the user set to or from the deck language, until it is closed', () => {
    const s = new LanguageSwitches();
    s.opened(URI, MARKDOWN_LANGUAGE);
    s.switching(URI, DECK_LANGUAGE, 0);
    s.opened(URI, DECK_LANGUAGE);
    s.settled(URI);
    assert.equal(s.opened(URI, MARKDOWN_LANGUAGE), 'theirs', 'Change Language Mode back to Markdown');
    assert.ok(s.isLeftAlone(URI));
    assert.equal(s.decide(URI, MARKDOWN_LANGUAGE, true, true, 10), undefined);
    s.forget(URI);
    assert.equal(s.opened(URI, MARKDOWN_LANGUAGE), 'new');
    assert.equal(s.decide(URI, MARKDOWN_LANGUAGE, true, true, 20), DECK_LANGUAGE, 'opened again: switched as any deck');
  });

  it('respects a deck language picked by hand for a document that is no deck', () => {
    const s = new LanguageSwitches();
    s.opened(URI, MARKDOWN_LANGUAGE);
    assert.equal(s.opened(URI, DECK_LANGUAGE), 'theirs');
    assert.equal(s.decide(URI, DECK_LANGUAGE, false, true, 0), undefined);
  });

  it('still switches a document someone made markdown from another language', () => {
    const s = new LanguageSwitches();
    s.opened(URI, 'plaintext');
    assert.equal(s.opened(URI, MARKDOWN_LANGUAGE), 'new');
    assert.equal(s.decide(URI, MARKDOWN_LANGUAGE, true, true, 0), DECK_LANGUAGE);
  });

  it('a request that changed nothing leaves no expectation behind', () => {
    const s = new LanguageSwitches();
    s.opened(URI, MARKDOWN_LANGUAGE);
    s.switching(URI, DECK_LANGUAGE, 0);
    s.settled(URI);
    assert.equal(s.decide(URI, MARKDOWN_LANGUAGE, true, true, 1), DECK_LANGUAGE);
    assert.equal(s.opened(URI, DECK_LANGUAGE), 'theirs', 'a later change nobody asked us for is not ours');
  });

  it('stops switching a document that flips too often, and starts again once it calms down', () => {
    const s = new LanguageSwitches({ count: 3, windowMs: 1000 });
    s.opened(URI, MARKDOWN_LANGUAGE);
    let lang = MARKDOWN_LANGUAGE;
    for (let t = 0; t < 3; t++) {
      const to = s.decide(URI, lang, lang === MARKDOWN_LANGUAGE, true, t * 10);
      assert.ok(to, `switch ${t + 1} allowed`);
      s.switching(URI, to, t * 10);
      s.opened(URI, to);
      s.settled(URI);
      lang = to;
    }
    assert.equal(s.decide(URI, lang, lang === MARKDOWN_LANGUAGE, true, 40), undefined, 'a fourth within the window is refused');
    assert.ok(s.overLimit(URI, 40));
    assert.ok(s.decide(URI, lang, lang === MARKDOWN_LANGUAGE, true, 1030), 'allowed again after the window');
  });

  it('keeps documents apart', () => {
    const s = new LanguageSwitches();
    const other = 'file:///w/README.md';
    s.opened(URI, MARKDOWN_LANGUAGE);
    s.opened(other, MARKDOWN_LANGUAGE);
    s.switching(URI, DECK_LANGUAGE, 0);
    assert.equal(s.decide(other, MARKDOWN_LANGUAGE, true, true, 0), DECK_LANGUAGE);
  });
});
