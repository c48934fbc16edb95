import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem } from 'vscode-languageserver-types';
import { COMMENT_ATTRIBUTES, FRAGMENT_STYLES, REVEAL_ATTRIBUTES, revealAttribute, type RevealAttribute } from '../../data/revealAttributes';
import type { LineContext } from './lineContext';
import { choice } from './snippetText';

/** The open attribute comment before the cursor: `<!-- .slide: ` or `<!-- .element: `, not yet closed. */
const OPEN_COMMENT = /<!--[ \t]*\.(slide|element):?([^>]*)$/;
/** A lone `>` after the cursor (then the line's end): the auto-closed `<`, not the comment's `-->`. */
const STRAY_CLOSE = /^[ \t]*>[ \t]*$/;
/** Inside a value: `name="partial` (HedgeDoc reads double quotes only). */
const OPEN_VALUE = /([^"= \t]+)="([^"]*)$/;

/**
 * reveal.js attributes in `<!-- .slide: ` (slide targets) and `<!-- .element: ` (element targets,
 * `class="fragment …"`), inserted in the double-quoted form HedgeDoc reads, and their values.
 * @example attributeCompletions(lineContext(parseDeck('<!-- .slide: '), 13))[0].label // 'data-background'
 */
export function attributeCompletions(ctx: LineContext): CompletionItem[] {
  const open = OPEN_COMMENT.exec(ctx.before);
  if (!open || open[2].includes('--')) return [];
  const kind = open[1] as 'slide' | 'element';
  const value = OPEN_VALUE.exec(open[2]);
  if (value) return valueItems(ctx, value[1], value[2]);
  // Between pairs: an odd number of quotes means the cursor is in a value that the regex above missed.
  if ((open[2].match(/"/g)?.length ?? 0) % 2 === 1) return [];
  const typed = /[^\s"=]*$/.exec(open[2])![0];
  // Typing `<` makes VS Code add a `>`: `<!-- .slide: |>`. That `>` is replaced by the comment's ` -->`.
  const stray = STRAY_CLOSE.exec(ctx.after);
  const range = ctx.deck.range(ctx.offset - typed.length, ctx.offset + (stray ? stray[0].length : 0));
  const close = stray ? ' -->' : '';
  const items = REVEAL_ATTRIBUTES.filter((a) => a.inHedgeDoc && (a.target === 'both' || a.target === kind)).map((a, i) => nameItem(a, i));
  items.push(...COMMENT_ATTRIBUTES.map((name, i) => plainItem(name, i)));
  if (kind === 'element') items.push(...fragmentItems());
  return items.map((item) => ({ ...item, textEdit: { range, newText: item.insertText! + close }, insertText: undefined }));
}

function nameItem(a: RevealAttribute, i: number): CompletionItem {
  const value = a.kind === 'flag' ? '' : a.values?.length ? choice(1, a.values) : '$1';
  return {
    label: a.name,
    kind: CompletionItemKind.Property,
    detail: a.description,
    documentation: { kind: MarkupKind.Markdown, value: attributeDoc(a) },
    sortText: `0${String(i).padStart(3, '0')}`,
    insertTextFormat: InsertTextFormat.Snippet,
    // A flag still needs a value: the pair regex skips `name` alone, so `name="true"`.
    insertText: a.kind === 'flag' ? `${a.name}="\${1:true}"` : `${a.name}="${value}"`,
  };
}

function plainItem(name: string, i: number): CompletionItem {
  return {
    label: name,
    kind: CompletionItemKind.Property,
    detail: { id: 'HTML id of the element', class: 'Replaces the element\'s classes', style: 'Inline CSS' }[name],
    sortText: `1${String(i).padStart(3, '0')}`,
    insertTextFormat: InsertTextFormat.Snippet,
    insertText: `${name}="$1"`,
  };
}

function fragmentItems(): CompletionItem[] {
  const plain = { label: 'class="fragment"', detail: 'Appears on the next step (fades in)', style: '' };
  return [plain, ...FRAGMENT_STYLES.map((s) => ({ label: `class="fragment ${s.name}"`, detail: `Fragment: ${s.description}`, style: s.name }))].map((f, i) => ({
    label: f.label,
    kind: CompletionItemKind.EnumMember,
    detail: f.detail,
    filterText: `fragment ${f.style}`,
    sortText: `2${String(i).padStart(3, '0')}`,
    insertTextFormat: InsertTextFormat.Snippet,
    insertText: f.label,
  }));
}

function valueItems(ctx: LineContext, name: string, typed: string): CompletionItem[] {
  const closing = ctx.after.startsWith('"') ? 0 : -1;
  const values = name === 'class' ? ['fragment', ...FRAGMENT_STYLES.map((s) => `fragment ${s.name}`)] : revealAttribute(name)?.values ?? [];
  const range = ctx.deck.range(ctx.offset - typed.length, ctx.offset);
  return values.map((v, i) => ({
    label: v,
    kind: CompletionItemKind.Value,
    sortText: String(i).padStart(3, '0'),
    textEdit: { range, newText: closing === -1 ? `${v}"` : v },
  }));
}

/** Markdown for an attribute: what it does and whether HedgeDoc's reveal.js 3.9.2 honours it. */
export function attributeDoc(a: RevealAttribute): string {
  const values = a.values?.length ? `\n\nValues: ${a.values.map((v) => `\`${v}\``).join(', ')}` : '';
  const where = a.target === 'both' ? '`.slide` and `.element`' : `\`.${a.target}\``;
  const honoured = a.inHedgeDoc ? 'HedgeDoc (reveal.js 3.9.2) honours it.' : 'No effect in HedgeDoc 1.x (reveal.js 3.9.2).';
  return `**${a.name}**: ${a.description}${values}\n\nIn ${where} comments. ${honoured} Write it as \`${a.name}="value"\`: only double quotes work.`;
}
