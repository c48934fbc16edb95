import { CODE_PAGE_NAMES } from '../text/codePages';
import { findMojibake } from '../text/mojibake';
import type { DeckRule } from './types';

/**
 * UTF-8 text that was read as Windows-1252 or Mac Roman and saved again (`â€“`, `ðŸŽ‰`, `Br√ºhl`).
 * HedgeDoc shows the garbage as it stands. The fix restores the exact original characters.
 * A deck rule because front matter (a `title:`) can be garbled too; it only looks at non-ASCII runs.
 */
export const garbledText: DeckRule = {
  name: 'garbled-text',
  description: 'Garbled text: UTF-8 that was decoded as Windows-1252 or Mac Roman (mojibake).',
  defaultSeverity: 'warning',
  scope: 'deck',
  check(ctx) {
    for (const run of findMojibake(ctx.deck.text)) {
      ctx.report({
        start: run.start,
        end: run.end,
        message: `Garbled text "${run.text}" (UTF-8 read as ${CODE_PAGE_NAMES[run.codePage]}): the audience sees it like this. The original text is "${run.repaired}".`,
        fixes: [{ title: `Restore "${run.repaired}"`, edits: [{ start: run.start, end: run.end, newText: run.repaired }], preferred: true }],
      });
    }
  },
};
