import type { Fix } from './types';
import { isMap, isScalar, type Node } from 'yaml';
import type { FrontMatter } from '../deck/model';

/** One `key: value` of a YAML mapping, with deck-text offsets. */
export interface YamlEntry {
  readonly name: string;
  readonly keyStart: number;
  readonly keyEnd: number;
  /** The value node (undefined for `key:` with nothing after it). */
  readonly node?: Node;
  readonly valueStart: number;
  readonly valueEnd: number;
  /** The scalar value as YAML 1.2 (and so js-yaml 4) reads it; undefined for mappings and sequences. */
  readonly scalar?: unknown;
  /** How the scalar was written: `PLAIN`, `QUOTE_SINGLE`, `QUOTE_DOUBLE`, or a block style. */
  readonly style?: string;
}

/**
 * The top-level entries of front matter that has keys to check: recognised, or only misplaced.
 * @example topLevelEntries(parseDeck('---\ntitle: x\n---\n').frontMatter).map((e) => e.name) // ['title']
 */
export function topLevelEntries(fm: FrontMatter | undefined): YamlEntry[] {
  if (!fm || fm.problem === 'unterminated') return [];
  return mappingEntries(fm.document.contents as Node | null, fm.yamlOffset);
}

/** The entries of a YAML mapping node (empty for anything else). `base` turns node offsets into deck offsets. */
export function mappingEntries(node: Node | null | undefined, base: number): YamlEntry[] {
  if (!node || !isMap(node)) return [];
  const out: YamlEntry[] = [];
  for (const pair of node.items) {
    const key = pair.key as Node | null;
    if (!isScalar(key) || !key.range) continue;
    const value = (pair.value ?? undefined) as Node | undefined;
    const [vs, ve] = value?.range ?? [key.range[1], key.range[1]];
    out.push({
      name: String(key.value),
      keyStart: base + key.range[0],
      keyEnd: base + key.range[1],
      node: value,
      valueStart: base + vs,
      valueEnd: base + ve,
      scalar: isScalar(value) ? value.value : undefined,
      style: isScalar(value) ? value.type : undefined,
    });
  }
  return out;
}

/** The `slideOptions` mapping's entries, if front matter has one. */
export function slideOptionEntries(fm: FrontMatter | undefined): YamlEntry[] {
  const entry = topLevelEntries(fm).find((e) => e.name === 'slideOptions');
  return entry ? mappingEntries(entry.node, fm!.yamlOffset) : [];
}

/**
 * A scalar written back as YAML, keeping the author's quoting style where the value allows it.
 * @example yamlScalar('white', 'QUOTE_SINGLE') // "'white'"
 */
export function yamlScalar(value: string | number | boolean, style?: string): string {
  if (typeof value !== 'string') return String(value);
  if (style === 'QUOTE_DOUBLE') return JSON.stringify(value);
  if (style === 'QUOTE_SINGLE' || /^[\s!&*'"%@`#|>{}[\],?:-]|[:#]\s|\s$|^(true|false|null|~|[-+.\d].*)$/i.test(value)) {
    return `'${value.replace(/'/g, "''")}'`;
  }
  return value;
}

/** The fix that renames an entry's key to a suggested one (preferred), or none without a suggestion. */
export function renameKeyFixes(entry: YamlEntry, suggestion: string | undefined): Fix[] {
  if (!suggestion) return [];
  return [{ title: `Rename to \`${suggestion}\``, edits: [{ start: entry.keyStart, end: entry.keyEnd, newText: suggestion }], preferred: true }];
}
