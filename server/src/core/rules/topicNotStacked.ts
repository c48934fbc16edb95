import { topicPrefixFor } from '../data/teams';
import type { Slide } from '../deck/model';
import type { DeckRule } from './types';
import { sectionName, titleTeam } from './sections';

const REPORT_BY = /^Report by\b/m;

/**
 * A team's topic slide opened with `---` right after that team's section, where the template stacks
 * topics vertically under their team with `----` (the deck then gets one column per topic).
 */
export const topicNotStacked: DeckRule = {
  name: 'topic-not-stacked',
  description: "A team's topic slide is a new column (---) instead of stacked under its section (----).",
  defaultSeverity: 'info',
  communityCallOnly: true,
  scope: 'deck',
  check(ctx) {
    // The section a new column would continue: set by a `# Team …` top slide, kept by its stray topics.
    let section: string | undefined;
    for (const slide of ctx.deck.slides) {
      if (slide.v !== 0) continue;
      const sep = slide.separator;
      const title = slide.info.title;
      const continues = !!sep && !!title && !!section && sameTeam(titleTeam(title), section) && !REPORT_BY.test(slide.content);
      if (!continues) {
        section = sectionName(slide);
        continue;
      }
      if (!sep || !section) continue;
      ctx.report({
        start: sep.start,
        end: sep.end,
        message: `"${title}" continues ${section} but starts a new column: the template stacks a team's topics under its section with "----".`,
        fixes: [{ title: stackTitle(ctx.deck.slides[slide.index - 1], section), edits: [{ start: sep.start, end: sep.end, newText: '----' }], preferred: true, structural: true }],
      });
    }
  },
};

/** Says where the slide goes (under the column `above` ends) and that the columns after it move. */
function stackTitle(above: Slide, section: string): string {
  return `Make this slide ${above.h + 1}.${above.v + 2} (vertical under ${section}); the columns after it move one to the left`;
}

function sameTeam(team: string, section: string): boolean {
  const t = team.toLowerCase();
  return t === section.toLowerCase() || t === topicPrefixFor(section).toLowerCase();
}
