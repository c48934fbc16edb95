import { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import type { Deck, Slide } from '../deck/model';

/** `2.1 Team IaaS - Topic`: the number reveal.js shows, then the slide's title. */
export function slideName(slide: Slide): string {
  return `${slide.label} ${slide.info.title ?? '(untitled)'}`;
}

/**
 * The outline: horizontal slides, with the rest of a vertical stack nested under its top slide.
 * @example documentSymbols(parseDeck('# A\n\n---\n\n# B\n\n----\n\n# C'))[1].children[0].name // '2.2 C'
 */
export function documentSymbols(deck: Deck): DocumentSymbol[] {
  return deck.columns.map(([top, ...below]) => {
    const symbol = toSymbol(deck, top, below.length ? below[below.length - 1].end : top.end);
    if (below.length) symbol.children = below.map((s) => toSymbol(deck, s, s.end));
    return symbol;
  });
}

function toSymbol(deck: Deck, slide: Slide, end: number): DocumentSymbol {
  const start = slide.separator ? slide.separator.start : slide.start;
  const range = deck.range(start, Math.max(start, end));
  const sel = slide.info.titleStart !== undefined
    ? deck.range(slide.contentStart + slide.info.titleStart, slide.contentStart + (slide.info.titleEnd ?? slide.info.titleStart))
    : deck.range(start, slide.separator ? slide.separator.end : start);
  return DocumentSymbol.create(slideName(slide), undefined, slide.inStack ? SymbolKind.Namespace : SymbolKind.Class, range, sel, []);
}
