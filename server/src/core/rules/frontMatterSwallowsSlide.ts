import type { FrontMatter } from '../deck/model';
import type { DeckRule, DeckRuleContext } from './types';

/**
 * The deck's first line is `---` but what follows is not front matter. HedgeDoc still takes everything up to
 * the next `---` as YAML: if js-yaml loads it (as a string, a list, only comments) that text vanishes from
 * the first slide. Also reported: an opening `---` that is never closed.
 */
export const frontMatterSwallowsSlide: DeckRule = {
  name: 'front-matter-swallows-slide',
  description: 'A first line `---` without real front matter: HedgeDoc swallows the text up to the next `---`.',
  defaultSeverity: 'error',
  scope: 'deck',
  check(ctx) {
    const fm = ctx.deck.frontMatter;
    if (!fm || fm.start !== 0) return;
    if (fm.problem === 'unterminated') reportUnterminated(ctx);
    else if (fm.recognised && !isMapping(fm.data) && hasContent(fm.yamlText)) reportSwallowed(ctx, fm);
  },
};

function reportSwallowed(ctx: DeckRuleContext, fm: FrontMatter): void {
  const firstBreak = ctx.deck.text.indexOf('\n');
  ctx.report({
    start: 0,
    end: fm.end,
    message: 'This is not front matter, but HedgeDoc takes everything from the first `---` to the next one as YAML and hides it: the first slide loses this text.',
    fixes: [{ title: 'Remove the first line `---`: the hidden text shows on slide 1 and the slides after it move on by one', edits: [{ start: 0, end: firstBreak === -1 ? 3 : firstBreak + 1, newText: '' }], preferred: true, structural: true }],
  });
}

function reportUnterminated(ctx: DeckRuleContext): void {
  ctx.report({
    start: 0,
    end: 3,
    message: 'Front matter opens with `---` but never closes: HedgeDoc finds no front matter and shows the YAML as slide text. Close it with a `---` line.',
  });
}

function isMapping(data: unknown): boolean {
  return data !== null && typeof data === 'object' && !Array.isArray(data);
}

/** Whether the swallowed text holds anything but the `---` line, blank lines and nothing else. */
function hasContent(yamlText: string): boolean {
  return /\S/.test(yamlText.slice(3));
}
