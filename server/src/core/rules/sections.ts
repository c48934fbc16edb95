import type { Slide } from '../deck/model';

const SECTION = /^(?:Team|SIG)\s+\S/;

/**
 * The team or SIG a section slide opens: its first heading is `# Team …` or `# SIG …` and not a topic
 * (`# Team IaaS - Topic`). Shared by the community-call rules.
 * @example sectionName(parseDeck('# Team IaaS\n\nReport by @x').slides[0]) // 'Team IaaS'
 */
export function sectionName(slide: Slide): string | undefined {
  const h = slide.info.headings[0];
  if (!h || h.level !== 1 || !SECTION.test(h.text) || h.text.includes(' - ')) return undefined;
  return h.text.trim();
}

/**
 * The part of a title before ` - `, or the whole title.
 * @example titleTeam('Team IaaS - Rook deployment') // 'Team IaaS'
 */
export function titleTeam(title: string): string {
  const dash = title.indexOf(' - ');
  return (dash === -1 ? title : title.slice(0, dash)).trim();
}
