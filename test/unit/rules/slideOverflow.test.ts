import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDeck } from '../../../server/src/core';
import { overflowMessage, overflowOf, type SlideMeasure } from '../../../server/src/core/layout/slideMeasure';
import { lintDeck } from '../../../server/src/core/rules/engine';
import { slideOverflow } from '../../../server/src/core/rules/slideOverflow';
import { runRule } from './helpers';

const DECK = '---\ntype: slide\n---\n\n# Fits\n\n---\n\n# Too long\n\n- a\n- b\n\n----\n\n# Stacked and long\n';
/** Measures by slide index, as a browser would report them. */
const byIndex = (list: (SlideMeasure | undefined)[]) => (slide: { index: number }) => list[slide.index];

describe('slide-overflow', () => {
  it('turns a measured height into pixels and lines, rounding like the oracle', () => {
    assert.equal(overflowOf({ contentHeight: 700, slideHeight: 700, lineHeight: 40 }), undefined);
    assert.equal(overflowOf({ contentHeight: 700.4, slideHeight: 700 }), undefined);
    assert.deepEqual(overflowOf({ contentHeight: 790, slideHeight: 700, lineHeight: 45 }), { px: 90, lines: 2 });
    assert.deepEqual(overflowOf({ contentHeight: 710, slideHeight: 700, lineHeight: 52 }), { px: 10, lines: 0 });
    assert.deepEqual(overflowOf({ contentHeight: 1300, slideHeight: 1080 }), { px: 220, lines: 0 });
    assert.equal(overflowOf({ contentHeight: Number.NaN, slideHeight: 700 }), undefined);
    assert.equal(overflowOf({ contentHeight: 900, slideHeight: 0 }), undefined);
  });
  it('says how much the audience misses', () => {
    assert.equal(overflowMessage('2', { px: 90, lines: 2 }, 700), 'Slide 2 is 90 px taller than the 700 px slide: about 2 lines at the bottom are cut off for the audience.');
    assert.match(overflowMessage('2.1', { px: 40, lines: 1 }, 700), /about 1 line at the bottom is cut off/);
    assert.match(overflowMessage('1', { px: 10, lines: 0 }, 700), /less than a line at the bottom is cut off/);
  });
  it('reports on the separator of an overflowing slide, and on the first line of the first slide', () => {
    const measures = byIndex([{ contentHeight: 760, slideHeight: 700, lineHeight: 52 }, { contentHeight: 700, slideHeight: 700 }, { contentHeight: 850, slideHeight: 700, lineHeight: 50 }]);
    const found = runRule(slideOverflow, DECK, { measures });
    assert.deepEqual(found.map((f) => f.text), ['# Fits', '----']);
    assert.match(found[0].message, /^Slide 1 is 60 px taller/);
    assert.match(found[1].message, /^Slide 2\.2 is 150 px taller than the 700 px slide: about 3 lines/);
  });
  it('is silent without measurements, and for slides never measured', () => {
    assert.deepEqual(runRule(slideOverflow, DECK), []);
    assert.deepEqual(runRule(slideOverflow, DECK, { measures: () => undefined }), []);
  });
  it('is a warning by default, and can be switched off or disabled for one slide', () => {
    const measures = byIndex([undefined, { contentHeight: 800, slideHeight: 700, lineHeight: 50 }]);
    const deck = parseDeck(DECK);
    const on = lintDeck(deck, { environment: { measures } }).filter((d) => d.rule === 'slide-overflow');
    assert.deepEqual(on.map((d) => [d.severity, d.range.start.line]), [['warning', 6]]);
    assert.deepEqual(lintDeck(deck, { environment: { measures }, settings: { 'slide-overflow': 'off' } }).filter((d) => d.rule === 'slide-overflow'), []);
    const disabled = parseDeck(DECK.replace('---\n\n# Too long', '<!-- scs-deck-disable-next-line slide-overflow -->\n\n---\n\n# Too long'));
    assert.deepEqual(lintDeck(disabled, { environment: { measures } }).filter((d) => d.rule === 'slide-overflow'), []);
  });
});
