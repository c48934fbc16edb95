import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDeck, type Deck } from '../../../server/src/core';
import type { Edit, Report, Rule, RuleEnvironment } from '../../../server/src/core/rules/types';

/** A report with deck-text offsets and the text it covers. */
export interface Found extends Report {
  readonly text: string;
}

/** Runs one rule over a deck the way the engine does: slide rules per slide, offsets made deck-relative. */
export function runRule(rule: Rule, source: string, env: RuleEnvironment & { isCommunityCall?: boolean } = {}): Found[] {
  const deck = parseDeck(source);
  const isCommunityCall = env.isCommunityCall ?? true;
  const found: Found[] = [];
  const add = (r: Report, base: number) => found.push(shift(deck, r, base));
  if (rule.scope === 'deck') rule.check({ ...env, deck, isCommunityCall, report: (r) => add(r, 0) });
  else for (const slide of deck.slides) rule.check({ ...env, deck, slide, isCommunityCall, report: (r) => add(r, slide.contentStart) });
  return found;
}

function shift(deck: Deck, r: Report, base: number): Found {
  const move = (e: Edit): Edit => ({ ...e, start: e.start + base, end: e.end + base });
  return {
    ...r,
    start: r.start + base,
    end: r.end + base,
    text: deck.text.slice(r.start + base, r.end + base),
    fixes: r.fixes?.map((f) => ({ ...f, edits: f.edits.map(move) })),
  };
}

/** Applies the preferred fix (else the first) of every report, back to front. */
export function applyFixes(text: string, found: readonly Found[]): string {
  const edits = found.flatMap((r) => (r.fixes?.find((f) => f.preferred) ?? r.fixes?.[0])?.edits ?? []);
  edits.sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** A fixture deck under test/fixtures/rules. */
export function fixture(name: string): string {
  return readFileSync(join(__dirname, '../../fixtures/rules', name), 'utf8');
}
