import { SLIDE_OPTION_NAMES } from '../data/slideOptions';
import { closest } from '../text/closest';
import { renameKeyFixes, slideOptionEntries } from './frontMatterEntries';
import type { DeckRule } from './types';

/**
 * A `slideOptions` key that is not on HedgeDoc's allow-list. HedgeDoc copies only allow-listed keys into
 * reveal.js, so the rest (`parallaxBackgroundRepeat`, `Theme`, typos) does nothing.
 */
export const slideOptionsUnknownKey: DeckRule = {
  name: 'slide-options-unknown-key',
  description: '`slideOptions` key that HedgeDoc does not pass to reveal.js.',
  defaultSeverity: 'warning',
  scope: 'deck',
  check(ctx) {
    for (const e of slideOptionEntries(ctx.deck.frontMatter)) {
      if (SLIDE_OPTION_NAMES.includes(e.name)) continue;
      const suggestion = closest(e.name, SLIDE_OPTION_NAMES);
      ctx.report({
        start: e.keyStart,
        end: e.keyEnd,
        message: `HedgeDoc ignores the slide option \`${e.name}\`: it passes only its allow-list to reveal.js.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''}`,
        fixes: renameKeyFixes(e, suggestion),
      });
    }
  },
};
