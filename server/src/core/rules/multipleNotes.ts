import type { SlideRule } from './types';

/**
 * More than one `note:` line in a slide. HedgeDoc moves the text after `note:` into the speaker notes only
 * when a slide has exactly one such line (code blocks included); with two, every note shows on the slide.
 * The fix keeps the first `note:` and turns the later ones into plain lines of the same notes.
 */
export const multipleNotes: SlideRule = {
  name: 'multiple-notes',
  description: 'More than one `note:` line in a slide: HedgeDoc then shows all notes on the slide.',
  defaultSeverity: 'error',
  scope: 'slide',
  check(ctx) {
    const lines = ctx.slide.info.noteLines;
    if (lines.length < 2) return;
    const content = ctx.slide.content;
    const later = lines.slice(1);
    ctx.report({
      start: later[0].start,
      end: later[0].end,
      message: `This slide has ${lines.length} \`note:\` lines. HedgeDoc splits off speaker notes only when there is exactly one, so all ${lines.length} notes show on the slide.`,
      fixes: [{
        title: 'Keep the first `note:` and merge the others into it',
        edits: later.map((l) => ({ start: l.start, end: l.start + (content[l.start + 5] === ' ' ? 6 : 5), newText: '' })),
        preferred: true,
      }],
    });
  },
};
