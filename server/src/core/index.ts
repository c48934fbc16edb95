/** The deck core: pure functions over text. It imports neither `vscode` nor the LSP connection, and does no I/O. */
export { parseDeck } from './deck/parseDeck';
export { isDeck, DEFAULT_DETECTION, type DeckDetection } from './deck/detect';
export type * from './deck/model';
export { LineIndex } from './text/lineIndex';
export { documentSymbols, slideName } from './features/symbols';
export { foldingRanges } from './features/folding';
export { outline, type OutlineEntry } from './features/outline';
export { slideSummaries, slidesFor } from './features/slideSummaries';
export { completeAt, type CompletionEnvironment } from './features/completion';
export { hoverAt } from './features/hover';
export { deriveTemplate, type TemplateStructure } from './features/templateStructure';
export { nextCallDate, checkCallDate, deckFileName, newDeckText } from './features/newDeck';
export { collectHandles } from './features/handles';
