import type { DeckRule } from './types';

/**
 * YAML that js-yaml cannot load. HedgeDoc then strips nothing: the front matter shows on the first slide
 * with a "YAMLException" alert, and no option applies. Reported at the parser's position.
 */
export const frontMatterYamlError: DeckRule = {
  name: 'front-matter-yaml-error',
  description: 'The front matter is not valid YAML, so HedgeDoc strips nothing and applies no option.',
  defaultSeverity: 'error',
  scope: 'deck',
  check(ctx) {
    const fm = ctx.deck.frontMatter;
    if (!fm || fm.errors.length === 0) return;
    // Only what js-yaml rejects matters (then it loaded nothing); the position-keeping parser may be stricter.
    const rejected = fm.problem === 'yaml-error' || (fm.problem === 'not-at-start' && fm.data === undefined);
    if (!rejected) return;
    const consequence = fm.problem === 'yaml-error'
      ? 'HedgeDoc strips nothing: the whole front matter shows on the first slide with a YAMLException, and no option applies.'
      : 'Once the front matter is at the start, HedgeDoc still cannot read it.';
    // The first error is the one to fix; later ones are mostly its consequences.
    const e = fm.errors[0];
    const more = fm.errors.length > 1 ? ` (${fm.errors.length - 1} more after it.)` : '';
    ctx.report({ start: e.start, end: e.end, message: `YAML error: ${e.message}. ${consequence}${more}` });
  },
};
