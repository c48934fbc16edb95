import { parseDeck } from '../deck/parseDeck';
import { LineIndex } from '../text/lineIndex';
import { applyEdits, compatibleEdits } from './applyEdits';
import { lintDeck, type LintDiagnostic, type LintOptions } from './engine';
import type { Edit } from './types';

export interface FixAllResult {
  /** The fixed text, in the original's line endings (untouched lines are byte-identical). */
  readonly text: string;
  readonly changed: boolean;
  /** How many fixes each rule applied. */
  readonly applied: Readonly<Record<string, number>>;
  /** Rounds run; a fix can uncover another problem (bounded by `maxRounds`). */
  readonly rounds: number;
}

/**
 * "Fix all": applies the preferred fix of every diagnostic, re-lints and repeats until nothing changes
 * (at most `maxRounds` times). Works on the source as given: edits found in the LF-normalised deck text are
 * mapped back by line and column, and inserted line breaks follow the source's own (CRLF stays CRLF).
 * @example fixAll('# A\n\n---\n\n---\n\n# B').text // '# A\n\n---\n\n# B'
 */
export function fixAll(source: string, options: LintOptions = {}, maxRounds = 10): FixAllResult {
  const applied: Record<string, number> = {};
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  let text = source;
  let rounds = 0;
  for (; rounds < maxRounds; rounds++) {
    const deck = parseDeck(text);
    const diagnostics = lintDeck(deck, { ...options, cache: undefined });
    const edits = preferredEdits(diagnostics, applied, deck.text.length);
    if (edits.length === 0) break;
    const next = applyEdits(text, toSource(text, deck.lines, edits, eol));
    if (next === text) break;
    text = next;
  }
  return { text, changed: text !== source, applied, rounds };
}

/**
 * The edits of each diagnostic's preferred fix that can be applied together; counts them per rule. Structural
 * fixes (they renumber slides) are left to be chosen one by one. With `length` (the deck text's), a fix reaching
 * outside the text is left out rather than failing the rest.
 */
export function preferredEdits(diagnostics: readonly LintDiagnostic[], applied?: Record<string, number>, length?: number): Edit[] {
  const groups: { rule: string; edits: readonly Edit[] }[] = [];
  for (const d of diagnostics) {
    const fix = d.fixes.find((f) => f.preferred && !f.structural);
    if (fix && fix.edits.length) groups.push({ rule: d.rule, edits: fix.edits });
  }
  const taken = compatibleEdits(groups.map((g) => g.edits), length);
  if (applied) {
    const set = new Set(taken);
    for (const g of groups) if (g.edits.every((e) => set.has(e))) applied[g.rule] = (applied[g.rule] ?? 0) + 1;
  }
  return taken.map((e) => ({ start: e.start, end: e.end, newText: e.newText }));
}

/** Deck-text offsets to source offsets (identical unless the source has CR line breaks). */
function toSource(source: string, deckLines: LineIndex, edits: Edit[], eol: string): Edit[] {
  if (source.indexOf('\r') === -1) return edits;
  const lines = new LineIndex(source);
  const map = (o: number) => lines.offsetAt(deckLines.positionAt(o));
  return edits.map((e) => ({ start: map(e.start), end: map(e.end), newText: e.newText.replace(/\n/g, eol) }));
}
