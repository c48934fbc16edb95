import { isMap, isScalar, type YAMLMap } from 'yaml';
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Range } from 'vscode-languageserver-types';
import { FRONT_MATTER_KEYS, frontMatterKey, type FrontMatterKey } from '../../data/frontMatter';
import { SLIDE_OPTIONS, slideOption, type SlideOption } from '../../data/slideOptions';
import type { LineContext } from './lineContext';
import { choice } from './snippetText';

const KEY_LINE = /^([ \t]*)([\w-]*)$/;
const VALUE_LINE = /^([ \t]*)([\w-]+)[ \t]*:[ \t]+(['"]?)([^'"#]*)$/;

/**
 * Front-matter keys HedgeDoc reads (top level, and `slideOptions` from its allow-list), and their values.
 * @example frontMatterCompletions(lineContext(parseDeck('---\nslideOptions:\n  th\n---\n'), 21)) // [theme]
 */
export function frontMatterCompletions(ctx: LineContext): CompletionItem[] {
  const fm = ctx.deck.frontMatter;
  if (!fm) return [];
  const keyLine = KEY_LINE.exec(ctx.before);
  if (keyLine) {
    const parent = parentKey(ctx, keyLine[1].length);
    const typedEnd = ctx.offset + /^[\w-]*/.exec(ctx.after)![0].length;
    const range = ctx.deck.range(ctx.offset - keyLine[2].length, typedEnd);
    // A key already followed by `: value` keeps its value: only the name is replaced.
    const bare = ctx.after.slice(typedEnd - ctx.offset).trimStart().startsWith(':');
    if (keyLine[1].length === 0) return topLevelKeys(ctx, range, bare);
    if (parent === 'slideOptions') return optionKeys(ctx, range, bare);
    return [];
  }
  const valueLine = VALUE_LINE.exec(ctx.before);
  if (!valueLine) return [];
  const [, indent, key, quote, typed] = valueLine;
  const values = indent.length === 0
    ? valuesOf(frontMatterKey(key))
    : parentKey(ctx, indent.length) === 'slideOptions' ? optionValues(slideOption(key)) : [];
  const closing = quote && ctx.after.startsWith(quote) ? 1 : 0;
  const range = ctx.deck.range(ctx.offset - typed.length, ctx.offset + closing);
  return values.map((v, i) => ({ label: v, kind: CompletionItemKind.Value, sortText: String(i).padStart(3, '0'), textEdit: { range, newText: quote ? `${v}${quote}` : v } }));
}

/** The key of the nearest line above with less indentation, e.g. `slideOptions`. */
function parentKey(ctx: LineContext, indent: number): string | undefined {
  if (indent === 0) return undefined;
  const lines = ctx.deck.text.slice(ctx.deck.frontMatter!.start, ctx.lineStart).split('\n').reverse();
  for (const line of lines) {
    const m = /^([ \t]*)([\w-]+)[ \t]*:/.exec(line);
    if (m && m[1].length < indent) return m[2];
    if (line.trim() && !/^[ \t]/.test(line)) return undefined;
  }
  return undefined;
}

/** Keys the YAML document already has at the top level or in `slideOptions`, from its positions-keeping parse. */
function presentKeys(ctx: LineContext, inOptions: boolean): Set<string> {
  const doc = ctx.deck.frontMatter!.document;
  let map: unknown = doc.contents;
  if (inOptions) map = isMap(map) ? (map as YAMLMap).get('slideOptions', true) : undefined;
  const names = new Set<string>();
  if (!isMap(map)) return names;
  const cursor = ctx.offset - ctx.deck.frontMatter!.yamlOffset;
  for (const pair of (map as YAMLMap).items) {
    // The key being typed is not "present".
    if (isScalar(pair.key) && !(pair.key.range && pair.key.range[0] <= cursor && cursor <= pair.key.range[1])) names.add(String(pair.key.value));
  }
  return names;
}

function topLevelKeys(ctx: LineContext, range: Range, bare: boolean): CompletionItem[] {
  const present = presentKeys(ctx, false);
  return FRONT_MATTER_KEYS.filter((k) => !present.has(k.name)).map((k, i) =>
    keyItem(k.name, k.description, keyDoc(k), range, i, bare ? k.name : keySnippet(k.name, k.type === 'mapping', valuesOf(k)), k.type));
}

function optionKeys(ctx: LineContext, range: Range, bare: boolean): CompletionItem[] {
  const present = presentKeys(ctx, true);
  return SLIDE_OPTIONS.filter((o) => !present.has(o.name)).map((o, i) =>
    keyItem(o.name, o.description, optionDoc(o), range, i, bare ? o.name : keySnippet(o.name, false, optionValues(o)), `${o.type}, default ${JSON.stringify(o.default)}`));
}

function keySnippet(name: string, mapping: boolean, values: readonly string[]): string {
  if (mapping) return `${name}:\n  $0`;
  return values.length ? `${name}: ${choice(1, values)}` : `${name}: $1`;
}

function keyItem(name: string, detail: string, doc: string, range: Range, i: number, newText: string, summary: string): CompletionItem {
  return {
    label: name,
    labelDetails: { description: summary },
    kind: CompletionItemKind.Property,
    detail,
    documentation: { kind: MarkupKind.Markdown, value: doc },
    sortText: String(i).padStart(3, '0'),
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range, newText },
  };
}

function valuesOf(key: FrontMatterKey | undefined): readonly string[] {
  return key?.values ?? (key?.type === 'boolean' ? ['true', 'false'] : []);
}

function optionValues(option: SlideOption | undefined): readonly string[] {
  if (!option) return [];
  const values = [...(option.values ?? [])];
  if (option.type === 'boolean' || option.alsoAccepts?.includes('boolean')) values.push('true', 'false');
  return values;
}

/** Markdown for a top-level key: type, default, effect in slide mode. */
export function keyDoc(k: FrontMatterKey): string {
  const effect = { slides: 'changes the slides', page: 'page head only, not the slides', none: 'no effect in slide mode' }[k.slideMode];
  return `${k.description}\n\n| | |\n|---|---|\n| type | ${k.type} |\n| HedgeDoc default | ${k.default} |\n| in slide mode | ${effect} |`;
}

/** Markdown for a `slideOptions` key: type, default and who sets it. */
export function optionDoc(o: SlideOption): string {
  const type = [o.type, ...(o.alsoAccepts ?? [])].join(' or ');
  const values = o.values ? `\n| values | ${o.values.map((v) => `\`${v}\``).join(', ')} |` : '';
  return `${o.description}\n\n| | |\n|---|---|\n| type | ${type} |\n| default | \`${JSON.stringify(o.default)}\` (${o.hedgedocDefault ? 'set by HedgeDoc' : 'reveal.js 3.9.2'}) |${values}\n| HedgeDoc | honours it (on its allow-list) |`;
}
