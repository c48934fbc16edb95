import type { DeckRule } from './types';

/**
 * A blank line, spaces or a BOM before the opening `---`. HedgeDoc recognises front matter only at byte 0,
 * so it shows the YAML as slide text and loses the theme and every option.
 */
export const frontMatterNotAtStart: DeckRule = {
  name: 'front-matter-not-at-start',
  description: 'Front matter must start at the very first byte; anything before `---` makes HedgeDoc ignore it.',
  defaultSeverity: 'error',
  scope: 'deck',
  check(ctx) {
    const fm = ctx.deck.frontMatter;
    if (fm?.problem !== 'not-at-start') return;
    const before = ctx.deck.text.slice(0, fm.start);
    const what = before.startsWith('\uFEFF') ? 'a byte-order mark' : before.includes('\n') ? 'blank lines' : 'spaces';
    ctx.report({
      start: 0,
      end: fm.start + 3,
      message: `Front matter starts after ${what}: HedgeDoc only reads front matter at the very first byte, so it shows the YAML as text and ignores the theme and slide options.`,
      fixes: [{ title: `Remove the ${what} before the front matter: the slides that showed its YAML go away and the slides after them move up`, edits: [{ start: 0, end: fm.start, newText: '' }], preferred: true, structural: true }],
    });
  },
};
