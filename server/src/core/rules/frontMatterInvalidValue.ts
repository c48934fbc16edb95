import { isMap, isScalar } from 'yaml';
import { slideOption } from '../data/slideOptions';
import { closest } from '../text/closest';
import { slideOptionEntries, topLevelEntries, yamlScalar, type YamlEntry } from './frontMatterEntries';
import { checkOptionValue, type ValueProblem } from './optionValue';
import type { DeckRuleContext, DeckRule } from './types';

/**
 * A known option with a value HedgeDoc or reveal.js cannot use: `theme: whtie` (HedgeDoc falls back to
 * black), `transition: 'slides'`, `controls: 'false'` (a non-empty string is true), `width: '960px'`,
 * `dir: right`, `slideOptions: white`. The fix writes the closest valid value.
 */
export const frontMatterInvalidValue: DeckRule = {
  name: 'front-matter-invalid-value',
  description: 'A known front-matter key or slide option has a value of the wrong type or outside its allowed values.',
  defaultSeverity: 'warning',
  scope: 'deck',
  check(ctx) {
    for (const e of topLevelEntries(ctx.deck.frontMatter)) {
      const problem = topLevelProblem(e);
      if (problem) report(ctx, e, problem);
    }
    for (const e of slideOptionEntries(ctx.deck.frontMatter)) {
      const opt = slideOption(e.name);
      if (!opt) continue;
      const value = e.node === undefined ? null : isScalar(e.node) ? e.scalar : isMap(e.node) ? {} : [];
      const problem = checkOptionValue(opt, value);
      if (problem) report(ctx, e, problem);
    }
  },
};

function topLevelProblem(e: YamlEntry): ValueProblem | undefined {
  if (e.name === 'slideOptions' && e.node && !isMap(e.node)) {
    return { message: '`slideOptions` must be a mapping of reveal.js options (indented `key: value` lines); HedgeDoc ignores anything else.' };
  }
  if (e.name === 'dir' && e.scalar !== 'rtl' && e.scalar !== 'ltr') {
    const suggestion = closest(String(e.scalar ?? ''), ['ltr', 'rtl'], 2);
    return { message: `\`dir\` must be ltr or rtl; HedgeDoc treats ${String(e.scalar)} as ltr.`, replacement: suggestion };
  }
  if (e.name === 'breaks' && e.scalar !== undefined && typeof e.scalar !== 'boolean') {
    return { message: '`breaks` must be true or false (it has no effect in slide mode anyway).' };
  }
  if (e.name === 'tags' && e.node && !isScalar(e.node)) {
    return { message: 'HedgeDoc 1.x reads `tags` only as a comma-separated string (`tags: presentation, scs`), not as a list.' };
  }
  return undefined;
}

function report(ctx: DeckRuleContext, e: YamlEntry, problem: ValueProblem): void {
  const { replacement } = problem;
  const start = e.node ? e.valueStart : e.keyEnd + 1;
  const end = e.node ? e.valueEnd : e.keyEnd + 1;
  const newText = replacement === undefined ? undefined : yamlScalar(replacement, typeof replacement === 'string' ? e.style : 'PLAIN');
  ctx.report({
    start: e.node ? start : e.keyStart,
    end: e.node ? end : e.keyEnd,
    message: problem.message,
    fixes: newText === undefined || !e.node ? [] : [{ title: `Change to ${newText}`, edits: [{ start, end, newText }], preferred: true }],
  });
}
