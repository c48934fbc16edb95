import type { TemplateStructure } from '../templateStructure';
import { topicPrefixFor } from '../../data/teams';
import { choice, placeholder, snippetEscape } from './snippetText';

/** A snippet the language server offers at the start of a line in a deck. */
export interface DeckSnippet {
  /** What the author types: `scs-team`. */
  readonly prefix: string;
  readonly description: string;
  /** LSP snippet syntax. Separators in it are always on their own line with a blank line after. */
  readonly body: string;
  /** Starts with a separator: needs a blank line before it (added when the line above is not blank). */
  readonly opensSlide: boolean;
}

export interface SnippetEnvironment {
  readonly structure: TemplateStructure;
  /** `@handle`s already used in the workspace's decks, most used first. */
  readonly handles?: readonly string[];
  /** The `# ` heading of the section the cursor is in, for topic slides. */
  readonly section?: string;
  /** Default date for the whole-deck snippet (`YYYY-MM-DD`). */
  readonly date?: string;
}

/**
 * The community-call snippets, built from the template's structure (the workspace template's, else the
 * built-in one), so that a team section looks like the template's team sections.
 * @example deckSnippets({ structure: deriveTemplate() }).map((s) => s.prefix) // ['scs-deck', 'scs-team', …]
 */
export function deckSnippets(env: SnippetEnvironment): DeckSnippet[] {
  return [
    { prefix: 'scs-deck', description: 'Whole community-call deck from the template', body: wholeDeck(env), opensSlide: false },
    { prefix: 'scs-team', description: 'Team report section: heading, reporter and one topic slide', body: teamSection(env), opensSlide: true },
    { prefix: 'scs-topic', description: 'Topic slide (vertical) of the current team', body: topicSlide(env, 1), opensSlide: true },
    { prefix: 'scs-general', description: 'General Topics section with its topic slides', body: generalSection(env), opensSlide: true },
    { prefix: 'scs-events', description: 'Events slide (vertical)', body: eventsSlide(), opensSlide: true },
    { prefix: 'scs-publicity', description: 'Publicity section', body: publicitySection(), opensSlide: true },
    { prefix: 'scs-slide', description: 'Horizontal slide with a heading', body: `---\n\n# ${placeholder(1, 'Title')}\n\n$0\n`, opensSlide: true },
    { prefix: 'scs-vertical', description: 'Vertical slide below the current one', body: `----\n\n## ${placeholder(1, 'Title')}\n\n* ${placeholder(2, 'Point')}\n$0\n`, opensSlide: true },
    { prefix: 'scs-background', description: 'Slide with a background image', body: backgroundSlide(), opensSlide: true },
    { prefix: 'scs-note', description: 'Speaker notes: the rest of the slide goes to the presenter view', body: `note:\n${placeholder(1, 'What to say')}\n`, opensSlide: false },
  ];
}

function handle(env: SnippetEnvironment, n: number): string {
  const handles = env.handles?.length ? env.handles.slice(0, 20) : ['handle'];
  return choice(n, handles);
}

function reportLine(env: SnippetEnvironment, n: number): string {
  // The handle appears twice in the link form; the second is a mirror of the first.
  if (env.structure.reportStyle === 'plain') return `Report by @${handle(env, n)}`;
  return `Report by <a href="https://github.com/${handle(env, n)}">@$${n}</a>`;
}

function bullets(env: SnippetEnvironment, first: number): string {
  return env.structure.topicBullets
    .map((shape, i) => `${shape}${placeholder(first + i, /^\S/.test(shape) ? 'Point' : 'Detail')}`)
    .join('\n');
}

function teamSection(env: SnippetEnvironment): string {
  return `---\n\n# ${choice(1, env.structure.teams)}\n\n${reportLine(env, 2)}\n\n----\n\n## $1 - ${placeholder(3, 'Topic')}\n\n${bullets(env, 4)}\n$0\n`;
}

function topicSlide(env: SnippetEnvironment, first: number): string {
  const prefix = env.section ? topicPrefixFor(env.section) : undefined;
  const team = prefix ? placeholder(first, prefix) : choice(first, env.structure.teams);
  return `----\n\n## ${team} - ${placeholder(first + 1, 'Topic')}\n\n${bullets(env, first + 2)}\n$0\n`;
}

function generalSection(env: SnippetEnvironment): string {
  const topics = env.structure.generalTopics.length ? env.structure.generalTopics : ['Project Announcements', 'Visibility & adoption', 'Events'];
  const slides = topics.map((t, i) => `----\n\n## General - ${snippetEscape(t)}\n\n* ${placeholder(i + 1, 'Point')}\n`);
  return `---\n\n# General Topics\n\n${slides.join('\n')}$0\n`;
}

function eventsSlide(): string {
  return `----\n\n## General - Events\n\n* ${placeholder(1, 'Event')} - ${placeholder(2, 'Topic')}\n    * ${placeholder(3, 'Audience')}\n    * [Slides](${placeholder(4, 'https://')})\n$0\n`;
}

function publicitySection(): string {
  return `---\n\n# Publicity\n\n* ${placeholder(1, 'Article or talk')}: [${placeholder(2, 'title')}](${placeholder(3, 'https://')})\n$0\n`;
}

function backgroundSlide(): string {
  return `---\n\n<!-- .slide: data-background-image="${placeholder(1, 'https://input.scs.community/uploads/image.png')}" data-background-size="${choice(2, ['cover', 'contain'])}" -->\n\n# ${placeholder(3, 'Title')}\n$0\n`;
}

function wholeDeck(env: SnippetEnvironment): string {
  const text = snippetEscape(env.structure.text.replace(/^\uFEFF/, ''));
  let n = 0;
  // Each placeholder of the template becomes a tab stop, in document order; the date is first.
  const withDate = text.replace(/202X-XX-XX/g, () => (n === 0 ? placeholder(++n, env.date ?? '202X-XX-XX') : '$1'));
  return withDate.endsWith('\n') ? withDate : `${withDate}\n`;
}
