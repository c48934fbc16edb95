import { FRONT_MATTER_KEY_NAMES } from '../data/frontMatter';
import { slideOption } from '../data/slideOptions';
import { closest } from '../text/closest';
import { renameKeyFixes, topLevelEntries } from './frontMatterEntries';
import type { DeckRule } from './types';

/** A top-level front-matter key HedgeDoc does not read (`Title`, `slideoptions`, `theme`). */
export const frontMatterUnknownKey: DeckRule = {
  name: 'front-matter-unknown-key',
  description: 'A top-level front-matter key that HedgeDoc does not read.',
  defaultSeverity: 'warning',
  scope: 'deck',
  check(ctx) {
    for (const e of topLevelEntries(ctx.deck.frontMatter)) {
      if (FRONT_MATTER_KEY_NAMES.includes(e.name)) continue;
      const hint = slideOption(e.name) ? 'It is a reveal.js option: put it under `slideOptions:`.' : undefined;
      const suggestion = hint ? undefined : closest(e.name, FRONT_MATTER_KEY_NAMES);
      const why = hint ?? (suggestion ? `Did you mean \`${suggestion}\`?` : `Known keys: ${FRONT_MATTER_KEY_NAMES.join(', ')}.`);
      ctx.report({
        start: e.keyStart,
        end: e.keyEnd,
        message: `HedgeDoc ignores the front-matter key \`${e.name}\`. ${why}`,
        fixes: renameKeyFixes(e, suggestion),
      });
    }
  },
};

