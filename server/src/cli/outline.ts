import { outline, parseDeck, type OutlineEntry } from '../core';
import { parseArgs } from './args';
import { collectMarkdown, maxSizeKb, readDeckFile } from './files';
import { printable } from './terminalSafe';

export interface OutlineResult {
  readonly file: string;
  readonly frontMatter: boolean;
  readonly slides: OutlineEntry[];
}

/** `scs-deck outline [--json] <files|dirs...>`: the slide structure HedgeDoc will show. */
export function runOutline(argv: string[], out: (s: string) => void): number {
  const args = parseArgs(argv, { json: false, 'max-size-kb': true });
  const cap = maxSizeKb(args.flags);
  const results: OutlineResult[] = collectMarkdown(args.positionals).map((file) => {
    const deck = parseDeck(readDeckFile(file, cap));
    return { file, frontMatter: !!deck.frontMatter?.recognised, slides: outline(deck) };
  });
  out(args.flags.has('json') ? JSON.stringify(results, null, 2) : results.map(formatTree).join('\n'));
  return 0;
}

function formatTree(r: OutlineResult): string {
  const lines = [`${printable(r.file)}${r.frontMatter ? '' : '  (no front matter)'}`];
  const columns = new Map<number, OutlineEntry[]>();
  for (const s of r.slides) columns.set(s.h, [...(columns.get(s.h) ?? []), s]);
  for (const [h, col] of columns) {
    const stacked = col.length > 1;
    col.forEach((s, i) => {
      const label = stacked ? `${h + 1}.${s.v + 1}` : `${h + 1}`;
      const indent = i === 0 ? '  ' : '    └ ';
      lines.push(`${indent}${label.padEnd(6)} ${printable(s.title ?? '(untitled)')}  :${s.line}`);
    });
  }
  return lines.join('\n');
}
