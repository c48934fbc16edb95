/** The deck core: pure functions over text. It imports neither `vscode` nor the LSP connection, and does no I/O. */
export { parseDeck } from './deck/parseDeck';
export { isDeck, DEFAULT_DETECTION, type DeckDetection } from './deck/detect';
export { DeckCache } from './deck/deckCache';
export type * from './deck/model';
export { LineIndex } from './text/lineIndex';
export { documentSymbols, slideName } from './features/symbols';
export { foldingRanges } from './features/folding';
export { outline, type OutlineEntry } from './features/outline';
export { slideSummaries } from './features/slideSummaries';
