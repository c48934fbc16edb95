import type { DeckRule } from './types';

/**
 * A separator line inside a fenced code block. HedgeDoc does not respect fences when it splits slides, so
 * the code is cut in two and both halves render broken. A trailing space keeps the line in the code (where
 * it is invisible) and stops the split.
 */
export const separatorInCodeFence: DeckRule = {
  name: 'separator-in-code-fence',
  description: 'A slide separator inside a code block: HedgeDoc cuts the code there.',
  defaultSeverity: 'error',
  scope: 'deck',
  check(ctx) {
    for (const nm of ctx.deck.nearMisses) {
      if (nm.reason !== 'in-code-fence' || !nm.splits) continue;
      const dashes = nm.kind === 'vertical' ? '----' : '---';
      ctx.report({
        start: nm.start,
        end: nm.end,
        message: `HedgeDoc splits the slide at this \`${dashes}\` even though it is inside a code block: the code is cut in two.`,
        fixes: [{ title: 'Add a trailing space so HedgeDoc does not split here: the code stays on one slide and the slides after it move back by one', edits: [{ start: nm.end, end: nm.end, newText: ' ' }], preferred: true, structural: true }],
      });
    }
  },
};
