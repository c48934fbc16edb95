import { parseDeck } from '../deck/parseDeck';
import type { Slide } from '../deck/model';
import { BUILTIN_TEMPLATE } from '../data/template';
import { TEAM_SECTIONS } from '../data/teams';

/** What the snippets and the new-deck command take from a community-call template. */
export interface TemplateStructure {
  /** The template text (the built-in one if none was given). */
  readonly text: string;
  /** Team and SIG section headings, template order first, then the known ones it lacks. */
  readonly teams: readonly string[];
  /** `Report by <a href="https://github.com/x">@x</a>` (link) or `Report by @x` (plain). */
  readonly reportStyle: 'link' | 'plain';
  /** Bullet skeleton of a topic slide: indentation and marker of each line, e.g. `['* ', '    * ']`. */
  readonly topicBullets: readonly string[];
  /** Topic titles of the General Topics section (`Project Announcements`, …). */
  readonly generalTopics: readonly string[];
  /** Whether it came from a workspace template. */
  readonly fromWorkspace: boolean;
}

const SECTION = /^(team|sig)\b/i;
const GENERAL = /^general\b/i;
const BULLET = /^([ \t]*(?:[*+-]|\d+[.)])[ \t]+(?:\d+[.)][ \t]+)?)\S/;
const MAX_BULLETS = 4;

/**
 * Reads a template's team sections with `parseDeck`, so snippets follow the template as it changes.
 * Without text (or with a template that has no team sections) the built-in template's structure is used.
 * @example deriveTemplate('# T\n\n---\n\n# Team Ops\n\nReport by @x\n\n----\n\n## Team Ops - A\n\n* One\n').teams[0] // 'Team Ops'
 */
export function deriveTemplate(text?: string): TemplateStructure {
  if (text !== undefined) {
    const found = readStructure(text, true);
    if (found) return found;
  }
  return readStructure(BUILTIN_TEMPLATE, false)!;
}

function readStructure(text: string, fromWorkspace: boolean): TemplateStructure | undefined {
  const deck = parseDeck(text);
  const sections = deck.columns.slice(1).filter((col) => col[0].info.titleLevel === 1 && col[0].info.title);
  const teamColumns = sections.filter((col) => SECTION.test(col[0].info.title!));
  if (teamColumns.length === 0) return undefined;
  const teams = mergeTeams(teamColumns.flatMap((col) => col[0].info.title!.split(/\s+or\s+/i)));
  const reportLine = /^Report by .*$/m.exec(teamColumns.map((c) => c[0].content).join('\n'))?.[0] ?? '';
  const firstTopic = teamColumns.find((col) => col.length > 1)?.[1];
  const general = sections.find((col) => GENERAL.test(col[0].info.title!));
  return {
    text,
    teams,
    reportStyle: reportLine.includes('<a ') || !reportLine ? 'link' : 'plain',
    topicBullets: firstTopic ? bulletSkeleton(firstTopic) : ['* ', '    * '],
    generalTopics: general ? general.slice(1).map((s) => topicOf(s)).filter((t): t is string => !!t) : [],
    fromWorkspace,
  };
}

/** Template names first; a known name in other letter case takes the known spelling. */
function mergeTeams(fromTemplate: string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (name: string) => {
    const known = TEAM_SECTIONS.find((t) => t.title.toLowerCase() === name.toLowerCase());
    const spelled = known ? known.title : name.trim();
    if (spelled && !seen.has(spelled.toLowerCase())) {
      seen.add(spelled.toLowerCase());
      out.push(spelled);
    }
  };
  fromTemplate.forEach(add);
  TEAM_SECTIONS.filter((t) => SECTION.test(t.title)).forEach((t) => add(t.title));
  return out;
}

function bulletSkeleton(slide: Slide): string[] {
  const out: string[] = [];
  for (const line of slide.content.split('\n')) {
    const m = BULLET.exec(line);
    // Consecutive bullets of the same shape collapse: the skeleton shows the nesting, not the example's length.
    const shape = m?.[1].replace(/\t/g, '    ');
    if (shape && shape !== out[out.length - 1]) out.push(shape);
    if (out.length === MAX_BULLETS) break;
  }
  return out.length ? out : ['* '];
}

function topicOf(slide: Slide): string | undefined {
  const title = slide.info.title;
  if (!title) return undefined;
  const dash = title.indexOf(' - ');
  return (dash === -1 ? title : title.slice(dash + 3)).trim() || undefined;
}
