import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FRONT_MATTER_KEY_NAMES, frontMatterKey } from '../../../server/src/core/data/frontMatter';
import { SLIDE_OPTION_NAMES, THEMES, TRANSITIONS, slideOption } from '../../../server/src/core/data/slideOptions';
import { REVEAL_ATTRIBUTE_NAMES, isFragmentStyle, revealAttribute } from '../../../server/src/core/data/revealAttributes';

/** HedgeDoc 1.x's allow-list, verbatim from the spec (section 7). */
const ALLOW_LIST = `autoPlayMedia, autoSlide, autoSlideStoppable, backgroundTransition, center, controls, controlsBackArrows,
controlsLayout, controlsTutorial, defaultTiming, display, embedded, fragmentInURL, fragments, hash, height,
help, hideAddressBar, hideCursorTime, hideInactiveCursor, history, keyboard, loop, margin, maxScale,
minScale, minimumTimePerSlide, mobileViewDistance, mouseWheel, navigationMode, overview,
parallaxBackgroundHorizontal, parallaxBackgroundImage, parallaxBackgroundSize, parallaxBackgroundVertical,
preloadIframes, previewLinks, progress, rtl, showNotes, shuffle, slideNumber, theme, totalTime, touch,
transition, transitionSpeed, viewDistance, width`.split(/,\s*/);

describe('data tables', () => {
  it('front matter lists exactly the keys HedgeDoc reads', () => {
    assert.deepEqual([...FRONT_MATTER_KEY_NAMES].sort(), ['GA', 'breaks', 'description', 'dir', 'disqus', 'lang', 'opengraph', 'robots', 'slideOptions', 'tags', 'title', 'type'].sort());
    assert.equal(frontMatterKey('breaks')?.slideMode, 'none');
    assert.equal(frontMatterKey('Title'), undefined);
  });
  it('slideOptions is exactly the allow-list', () => {
    assert.deepEqual([...SLIDE_OPTION_NAMES], ALLOW_LIST);
    assert.equal(THEMES.length, 11);
    assert.deepEqual(slideOption('transition')?.values, TRANSITIONS);
    assert.equal(slideOption('transition')?.default, 'none');
    assert.equal(slideOption('backgroundTransition')?.default, 'fade');
    for (const o of SLIDE_OPTION_NAMES.map(slideOption)) assert.ok(o?.type !== 'enum' || o.values?.length, o?.name);
  });
  it('reveal attributes cover the slide attributes of the spec', () => {
    for (const n of ['data-background', 'data-background-color', 'data-background-image', 'data-background-size', 'data-background-position',
      'data-background-repeat', 'data-background-opacity', 'data-background-video', 'data-background-iframe', 'data-transition',
      'data-transition-speed', 'data-background-transition', 'data-state', 'data-autoslide', 'data-visibility']) {
      assert.ok(REVEAL_ATTRIBUTE_NAMES.includes(n), n);
    }
    assert.equal(revealAttribute('DATA-STATE')?.target, 'slide');
    assert.ok(isFragmentStyle('highlight-red'));
    assert.ok(!isFragmentStyle('fragment'));
  });
});
