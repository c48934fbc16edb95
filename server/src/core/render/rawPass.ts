/**
 * HedgeDoc runs its sanitiser over the raw markdown body before splitting it into slides. Per slide this gives
 * the same result, except where a tag opened in one slide (`a<b …`) is still open at the slide's end: js-xss then
 * keeps reading into the following slides, up to the next `>` (the tag, separators included, is swallowed) or the
 * next `<` (the pending text turns back into text). This module finds those runs so each slide can be sanitised
 * on its own, with a cache key that changes when a neighbour's text changes what it shows.
 */
import { hashText } from '../deck/hash';
import type { Deck, Slide } from '../deck/model';
import { forEachXssTag, tagEnd } from '../text/xssTagScan';
import { escapeText, isAllowedTag, sanitize } from './sanitizer';

/** js-xss's tag scanner state at a slide boundary: inside a tag, maybe inside a quoted attribute value. */
interface Open {
  /** Offset of the `<` in the slide where the tag started (only meaningful in that slide). */
  readonly tagStart: number;
  readonly quote: string;
}

/** What one scan of a slide found. */
export interface Scan {
  /** For a carried tag: offset of its closing `>` (or the body's last character), else -1. */
  readonly closeAt: number;
  /** For a carried tag: offset of the `<` that turned it back into text, else -1. */
  readonly resetAt: number;
  /** Tag still open at the end of the slide. */
  readonly open?: Open;
}

/** How to build one slide's sanitiser input and its output. */
export interface RawPlan {
  /** Part of the cache key: empty when the slide is sanitised as it stands. */
  readonly key: string;
  run(content: string): string;
}

const PLAIN: RawPlan = { key: '', run: sanitize };
const SWALLOWED: RawPlan = { key: 'swallowed', run: () => '' };
const TEXT: RawPlan = { key: 'text', run: escapeText };

/**
 * Follows js-xss's tag scanner through one slide (see `tagEnd`). `carried` starts the scan inside a tag opened
 * in an earlier slide; `atEnd` applies the rule that the body's last character closes a tag.
 */
export function scanTags(text: string, carried: Open | undefined, atEnd: boolean): Scan {
  let closeAt = -1;
  let resetAt = -1;
  let pos = 0;
  if (carried) {
    const end = tagEnd(text, 0, carried.quote, atEnd);
    if (end.how === 'open') return { closeAt, resetAt, open: { tagStart: -1, quote: end.quote } };
    if (end.how === 'close') closeAt = end.at;
    else resetAt = end.at;
    pos = end.how === 'close' ? end.at + 1 : end.at;
  }
  const open = forEachXssTag(text, pos, () => undefined, atEnd);
  return open ? { closeAt, resetAt, open: { tagStart: open.start, quote: open.quote } } : { closeAt, resetAt };
}

/** Scans of slides that start outside a tag: the last deck's by place, others by slide text. */
export interface ScanCache {
  readonly byText: Map<string, Scan>;
  /** The last deck's scans, slide by slide, of the slides that started outside a tag (undefined otherwise). */
  last?: readonly (Scan | undefined)[];
}

/**
 * One plan per slide. Scans of slides that start outside a tag are kept in `scans`; `from[i]`, when given, is
 * where slide `i` with the same text was in the last deck planned with them (-1: not there; see previousIndex).
 * @example planRawPass(parseDeck('a<b c\n\n---\n\nd > e'), { byText: new Map() })[1].run('d > e') // ' e'
 */
export function planRawPass(deck: Deck, scans: ScanCache, from?: readonly number[]): RawPlan[] {
  const slides = deck.slides;
  const plans: RawPlan[] = new Array(slides.length).fill(PLAIN);
  const results: Scan[] = [];
  const reusable: (Scan | undefined)[] = [];
  const last = from && scans.last;
  let carried: Open | undefined;
  for (let i = 0; i < slides.length; i++) {
    const atEnd = i === slides.length - 1;
    const content = slides[i].content;
    const earlier = !carried && !atEnd && last && from[i] >= 0 ? last[from[i]] : undefined;
    const scan = carried ? scanTags(content, carried, atEnd) : earlier ?? cachedScan(slides[i], atEnd, scans.byText);
    results.push(scan);
    reusable.push(carried || atEnd ? undefined : scan);
    carried = scan.open;
  }
  scans.last = reusable;
  for (let i = 0; i < slides.length; i++) {
    const open = results[i].open;
    if (open && open.tagStart >= 0 && i < slides.length - 1) resolveRun(deck, i, open, results, plans);
  }
  return plans;
}

function cachedScan(slide: Slide, atEnd: boolean, scans: Map<string, Scan>): Scan {
  // Keyed by the text itself: the engine hashes strings natively, far faster than hashing every slide here.
  if (atEnd) return scanTags(slide.content, undefined, true);
  let scan = scans.get(slide.content);
  if (!scan) scans.set(slide.content, (scan = scanTags(slide.content, undefined, false)));
  return scan;
}

/** The tag opened at `open.tagStart` in slide `first` runs until a later slide closes or resets it. */
function resolveRun(deck: Deck, first: number, open: Open, results: Scan[], plans: RawPlan[]): void {
  const slides = deck.slides;
  let last = first + 1;
  while (last < slides.length - 1 && results[last].closeAt === -1 && results[last].resetAt === -1) last++;
  const end = results[last];
  const head = plans[first];
  const tail = plans[last];
  const tagStart = slides[first].contentStart + open.tagStart;
  const swallows = end.resetAt === -1 && isAllowedTag(tagNameAt(deck.text, tagStart));
  if (swallows) {
    // An allowed tag is rebuilt from its name and allowed attributes: its text, separators included, vanishes.
    // Without a closing `>` (an empty last slide) the tag runs to the end of the body.
    const closed = end.closeAt !== -1;
    const tagText = deck.text.slice(tagStart, closed ? slides[last].contentStart + end.closeAt + 1 : deck.text.length);
    plans[first] = withSuffix(head, open.tagStart, tagText);
    for (let k = first + 1; k < last; k++) plans[k] = SWALLOWED;
    plans[last] = closed ? withPrefix(tail, end.closeAt + 1, false) : SWALLOWED;
  } else {
    // Comments, disallowed tags and tags restarted by `<` come out as escaped text, so HedgeDoc still splits
    // inside them: a comment spanning a separator leaks onto both slides.
    plans[first] = withSuffix(head, open.tagStart, undefined);
    for (let k = first + 1; k < last; k++) plans[k] = TEXT;
    const to = end.resetAt !== -1 ? end.resetAt : end.closeAt + 1;
    plans[last] = end.resetAt === -1 && end.closeAt === -1 ? TEXT : withPrefix(tail, to, true);
  }
}

/** js-xss's tag name: up to the first whitespace, lower-cased, without `/`. `<!--` gives `!--`. */
function tagNameAt(text: string, start: number): string {
  const m = /^<([^\s]*)/.exec(text.slice(start, start + 64));
  return (m?.[1] ?? '').toLowerCase().replace(/^\//, '').replace(/\/$/, '');
}

/** The slide ends inside a tag: `tagText` is the whole swallowed tag, or undefined when it turns into text. */
function withSuffix(plan: RawPlan, tagStart: number, tagText: string | undefined): RawPlan {
  const from = prefixOf(plan);
  const key = `${plan.key}>${tagStart}:${tagText === undefined ? 'text' : hashText(tagText)}`;
  return {
    key,
    run(content) {
      const before = from ? from.run(content) : '';
      const start = from ? from.offset : 0;
      if (tagText !== undefined) return before + sanitize(content.slice(start, tagStart) + tagText);
      // A final `<` makes js-xss emit the pending tag as text; its own `&lt;` is dropped again.
      return before + sanitize(content.slice(start) + '<').slice(0, -4);
    },
  };
}

interface Prefix {
  readonly offset: number;
  run(content: string): string;
}

const PREFIXES = new WeakMap<RawPlan, Prefix>();

function prefixOf(plan: RawPlan): Prefix | undefined {
  return PREFIXES.get(plan);
}

/** The slide starts inside a carried tag that ends at `offset`: swallowed, or shown as text. */
function withPrefix(plan: RawPlan, offset: number, asText: boolean): RawPlan {
  const prefix: Prefix = { offset, run: (content) => (asText ? escapeText(content.slice(0, offset)) : '') };
  const result: RawPlan = {
    key: `${offset}${asText ? 't' : 's'}<${plan.key}`,
    run: (content) => prefix.run(content) + sanitize(content.slice(offset)),
  };
  PREFIXES.set(result, prefix);
  return result;
}
