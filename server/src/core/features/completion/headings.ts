import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver-types';
import { TEAM_SECTIONS, topicPrefixFor } from '../../data/teams';
import type { Deck } from '../../deck/model';
import type { LineContext } from './lineContext';
import { placeholder, snippetEscape } from './snippetText';

const H1 = /^#[ \t]+([\w &/,]*)$/;
/** Before the ` - ` of a topic title. */
const H2 = /^##[ \t]+([\w&/]*(?: [\w&/]+)*)$/;
/** `Report by @`, `Presented by @`, and the `github.com/` of their link form. */
const HANDLE = /\b(?:Report|Presented) by\b.*?(?:@|github\.com\/)([\w-]*)$/i;

/**
 * Team and SIG names after `# `; `Team X - ` of the current section after `## `; known handles after
 * `Report by @` and `Presented by @`.
 * @example headingCompletions(lineContext(parseDeck('# Te'), 4), ['Team IaaS'], [])[0].label // 'Team IaaS'
 */
export function headingCompletions(ctx: LineContext, teams: readonly string[], handles: readonly string[]): CompletionItem[] {
  const h1 = H1.exec(ctx.before);
  if (h1) return teamItems(ctx, ctx.offset - h1[1].length, teams);
  const h2 = H2.exec(ctx.before);
  if (h2) return topicItems(ctx, ctx.offset - h2[1].length);
  const handle = HANDLE.exec(ctx.before);
  if (handle) return handleItems(ctx, ctx.offset - handle[1].length, handles);
  return [];
}

function teamItems(ctx: LineContext, start: number, teams: readonly string[]): CompletionItem[] {
  const range = ctx.deck.range(start, ctx.lineEnd);
  return teams.map((title, i) => ({
    label: title,
    kind: CompletionItemKind.Module,
    detail: TEAM_SECTIONS.find((t) => t.title === title)?.description ?? 'Section of the community-call template',
    sortText: String(i).padStart(3, '0'),
    textEdit: { range, newText: title },
  }));
}

function topicItems(ctx: LineContext, start: number): CompletionItem[] {
  const section = sectionTitle(ctx.deck, ctx.offset);
  if (!section) return [];
  const prefix = topicPrefixFor(section);
  return [{
    label: `${prefix} - …`,
    kind: CompletionItemKind.Module,
    detail: `Topic of ${section}`,
    filterText: prefix,
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range: ctx.deck.range(start, ctx.lineEnd), newText: `${snippetEscape(prefix)} - ${placeholder(1, 'Topic')}` },
  }];
}

function handleItems(ctx: LineContext, start: number, handles: readonly string[]): CompletionItem[] {
  const typedEnd = ctx.offset + (/^[\w-]*/.exec(ctx.after)?.[0].length ?? 0);
  const range = ctx.deck.range(start, typedEnd);
  return handles.map((h, i) => ({
    label: h,
    kind: CompletionItemKind.Reference,
    detail: 'GitHub handle used in the workspace decks',
    sortText: String(i).padStart(4, '0'),
    textEdit: { range, newText: h },
  }));
}

/** The `# ` title of the section (horizontal slide) that holds `offset`. */
export function sectionTitle(deck: Deck, offset: number): string | undefined {
  const slide = deck.slideAt(offset);
  const top = deck.columns[slide.h]?.[0];
  return top?.info.titleLevel === 1 ? top.info.title : undefined;
}
