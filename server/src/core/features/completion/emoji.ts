import { CompletionItemKind, type CompletionItem, type Range } from 'vscode-languageserver-types';
import { EMOJI } from '../../data/emoji';
import type { LineContext } from './lineContext';

/**
 * `:name` typed after a space, a bracket or at the line start. A letter or digit before the colon means
 * a time (`10:30`), a URL (`https:`) or `note:`, never an emoji.
 */
const SHORTCODE = /(?:^|[\s([{>*_~"'])(:[a-z0-9_+-]*)$/i;

interface EmojiEntry {
  readonly name: string;
  readonly glyph: string;
}

let entries: EmojiEntry[] | undefined;

/**
 * HedgeDoc's emoji names (emojify.js), each with its glyph. Needs one typed letter, or the `:` trigger.
 * @example emojiCompletions(lineContext(parseDeck('Done :ta'), 8), false)[0].label // ':tada:' is among them
 */
export function emojiCompletions(ctx: LineContext, triggeredByColon: boolean): CompletionItem[] {
  const m = SHORTCODE.exec(ctx.before);
  if (!m) return [];
  const typed = m[1];
  if (typed.length < 2 && !triggeredByColon) return [];
  if (insideCodeSpan(ctx.before) || insideTag(ctx.before)) return [];
  const start = ctx.offset - typed.length;
  // A closing colon already there (editing `:tda:`) is replaced too.
  const closing = /^[a-z0-9_+-]*:/i.exec(ctx.after)?.[0].length ?? 0;
  const range = ctx.deck.range(start, ctx.offset + closing);
  entries ??= [...EMOJI].map(([name, glyph]) => ({ name, glyph })).sort((a, b) => a.name.localeCompare(b.name));
  return entries.map((e) => item(e, range));
}

function item(e: EmojiEntry, range: Range): CompletionItem {
  const code = `:${e.name}:`;
  return {
    label: code,
    labelDetails: { description: e.glyph || 'image' },
    kind: CompletionItemKind.Text,
    detail: e.glyph ? `${e.glyph}  HedgeDoc shows its emojify.js image` : 'HedgeDoc shows its emojify.js image (no Unicode glyph)',
    filterText: code,
    sortText: e.name,
    textEdit: { range, newText: code },
  };
}

/** An odd number of backticks before the cursor: inside inline code. */
function insideCodeSpan(before: string): boolean {
  let n = 0;
  for (let i = before.indexOf('`'); i !== -1; i = before.indexOf('`', i + 1)) n++;
  return n % 2 === 1;
}

/** Inside an HTML tag or an unclosed comment on this line (attribute values are no place for emoji). */
function insideTag(before: string): boolean {
  return before.lastIndexOf('<') > before.lastIndexOf('>');
}
