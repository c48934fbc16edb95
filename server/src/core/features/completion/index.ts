import type { CompletionItem } from 'vscode-languageserver-types';
import type { Deck } from '../../deck/model';
import { deriveTemplate, type TemplateStructure } from '../templateStructure';
import { nextCallDate } from '../newDeck';
import { attributeCompletions } from './attributes';
import { emojiCompletions } from './emoji';
import { frontMatterCompletions } from './frontMatter';
import { headingCompletions, sectionTitle } from './headings';
import { lineContext } from './lineContext';
import { snippetCompletions } from './snippetItems';

/** What the host injects: the template (read from the workspace), the handles seen in other decks, the date. */
export interface CompletionEnvironment {
  /** From `deriveTemplate(workspaceTemplateText)`; the built-in structure by default. */
  readonly structure?: TemplateStructure;
  readonly handles?: readonly string[];
  readonly today?: Date;
  /** The character that triggered the request, if any (`:` opens the emoji list at once). */
  readonly triggerCharacter?: string;
}

let builtin: TemplateStructure | undefined;

/**
 * Completion at a deck-text offset: front matter, attribute comments, headings and handles, emoji, snippets.
 * Each provider looks at the cursor's line only, so a 10,000-slide deck answers as fast as a small one.
 * @example completeAt(parseDeck('---\ntype: slide\n---\n\n# Te'), 25).map((i) => i.label) // ['Team IaaS', …]
 */
export function completeAt(deck: Deck, offset: number, env: CompletionEnvironment = {}): CompletionItem[] {
  const ctx = lineContext(deck, offset);
  if (ctx.inFrontMatter) return frontMatterCompletions(ctx);
  if (ctx.inFence) return [];
  const structure = env.structure ?? (builtin ??= deriveTemplate());
  const attributes = attributeCompletions(ctx);
  if (attributes.length) return attributes;
  const headings = headingCompletions(ctx, structure.teams, env.handles ?? []);
  if (headings.length) return headings;
  const emoji = emojiCompletions(ctx, env.triggerCharacter === ':');
  if (emoji.length) return emoji;
  // Trigger characters (space, `@`, `:`) never open the snippet list.
  if (env.triggerCharacter) return [];
  return snippetCompletions(ctx, {
    structure,
    handles: env.handles,
    section: sectionTitle(deck, offset),
    date: env.today ? nextCallDate(env.today) : undefined,
  });
}
