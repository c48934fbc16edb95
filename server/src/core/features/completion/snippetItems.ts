import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem } from 'vscode-languageserver-types';
import { type LineContext, nextLineBlank, previousLineBlank } from './lineContext';
import { deckSnippets, type SnippetEnvironment } from './snippets';
import { expandSnippet } from './snippetText';

/** Only a snippet prefix typed so far at the line start: `scs-te`. */
const PREFIX = /^[\w-]*$/;

/**
 * The community-call snippets at the start of a line. A snippet that opens a slide gets a blank line in front
 * when the line above is not blank, and one after when the next line is not, so its separator is a real one.
 * @example snippetCompletions(lineContext(parseDeck('# A\nscs'), 7), { structure: deriveTemplate() })
 */
export function snippetCompletions(ctx: LineContext, env: SnippetEnvironment): CompletionItem[] {
  if (!PREFIX.test(ctx.before) || ctx.after.trim() !== '') return [];
  const deck = ctx.deck;
  const range = deck.range(ctx.lineStart, ctx.lineEnd);
  const blankBefore = previousLineBlank(deck, ctx.lineStart);
  const blankAfter = nextLineBlank(deck, ctx.lineEnd);
  const emptyDeck = deck.text.trim() === ctx.before.trim();
  const slide = deck.slideAt(ctx.offset);
  const hasNote = slide.info.noteLines.length > 0;
  // Right after a separator, on a slide with nothing else yet, a snippet opening with the same separator
  // would leave an empty slide behind: it uses the separator that is already there.
  const freshSlide = !!slide.separator && slide.content.trim() === ctx.before.trim();
  const opener = slide.separator?.kind === 'vertical' ? '----\n' : '---\n';
  const out: CompletionItem[] = [];
  for (const s of deckSnippets(env)) {
    if (s.prefix === 'scs-deck' && !emptyDeck) continue;
    // HedgeDoc ignores every note when a slide has two `note:` lines.
    if (s.prefix === 'scs-note' && hasNote) continue;
    const own = freshSlide && s.body.startsWith(opener) ? s.body.slice(opener.length + 1) : s.body;
    const body = `${s.opensSlide && !blankBefore && own === s.body ? '\n' : ''}${own}${blankAfter ? '' : '\n'}`;
    out.push({
      label: s.prefix,
      kind: CompletionItemKind.Snippet,
      detail: s.description,
      documentation: { kind: MarkupKind.Markdown, value: '```markdown\n' + expandSnippet(s.body).trimEnd() + '\n```' },
      filterText: s.prefix,
      sortText: s.prefix,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range, newText: body },
    });
  }
  return out;
}
