import { slideOption } from '../data/slideOptions';
import { slideOptionEntries, yamlScalar } from './frontMatterEntries';
import type { DeckRule } from './types';
import { urlInMarkup } from './urlMarkup';

/**
 * Markdown or HTML where reveal.js wants a bare URL: `parallaxBackgroundImage: '![](https://…)'`.
 * reveal.js puts the value into CSS `url(…)` as it stands, so no image appears.
 */
export const frontMatterMarkupUrl: DeckRule = {
  name: 'front-matter-markup-url',
  description: 'Markdown or HTML in a slide option that expects a bare URL.',
  defaultSeverity: 'error',
  scope: 'deck',
  check(ctx) {
    for (const e of slideOptionEntries(ctx.deck.frontMatter)) {
      if (slideOption(e.name)?.type !== 'url' || typeof e.scalar !== 'string') continue;
      const url = urlInMarkup(e.scalar);
      if (!url) continue;
      ctx.report({
        start: e.valueStart,
        end: e.valueEnd,
        message: `\`${e.name}\` needs a bare URL, not Markdown or HTML: reveal.js uses the text as it stands, so no image appears.`,
        fixes: [{ title: `Use the bare URL ${url}`, edits: [{ start: e.valueStart, end: e.valueEnd, newText: yamlScalar(url, e.style) }], preferred: true }],
      });
    }
  },
};
