import type { Range } from 'vscode-languageserver-types';
import { LineIndex, normaliseLineBreaks } from '../text/lineIndex';
import { parseFrontMatter } from './frontMatter';
import { hashText } from './hash';
import type { Deck, FrontMatter, Separator, Slide, SlideInfo } from './model';
import { scanLines, type LineScan } from './nearMisses';
import { findSplitPoints, stackPlaces, type SplitPoint } from './separators';
import { analyseSlide } from './slideInfo';
import { dropSwallowedSplits } from './swallowedSplits';
import { previousIndex } from './previousIndex';

/**
 * Parses a deck exactly as HedgeDoc 1.x slide mode splits it. Pass the previous parse of the same document
 * to reuse the analysis of every slide whose text did not change.
 * @example parseDeck('---\ntitle: x\n---\n# A\n\n---\n\n# B').slides.map(s => s.label) // ['1', '2']
 */
export function parseDeck(source: string, previous?: Deck): Deck {
  const text = normaliseLineBreaks(source);
  const frontMatter = parseFrontMatter(text);
  const bodyStart = frontMatter?.recognised ? frontMatter.end : 0;
  const body = bodyStart === 0 ? text : text.slice(bodyStart);
  const { kept: points, swallowed } = dropSwallowedSplits(body, findSplitPoints(body));
  const splitLines = points.map((p) => p.index + 1);
  const swallowedSeparators = swallowed.map((p) => bodyStart + p.index + 1);
  const firstLine = bodyStart === 0 ? 0 : countLines(text, bodyStart);
  const scan = scanLines(body, bodyStart, firstLine, splitLines, frontMatter, swallowedSeparators);
  const slides = buildSlides(text, bodyStart, points, scan, previous);
  const columns: Slide[][] = [];
  for (const s of slides) (columns[s.h] ??= []).push(s);
  return new ParsedDeck(source, text, frontMatter, bodyStart, slides, columns, scan, swallowedSeparators);
}

function buildSlides(text: string, bodyStart: number, points: SplitPoint[], scan: LineScan, previous?: Deck): Slide[] {
  const places = stackPlaces(points.map((p) => p.kind));
  // Each slide's analysis from the last parse, where the edit left the slide (see previousIndex).
  const earlier = previous?.slides;
  const reuse = earlier && ((i: number, content: string) => earlier[previousIndex((j) => earlier[j]?.content, earlier.length, i, places.length, content)]);
  const slides: Slide[] = [];
  for (let i = 0; i < places.length; i++) {
    const before = points[i - 1];
    const after = points[i];
    const contentStart = bodyStart + (before ? before.lastIndex : 0);
    const contentEnd = after ? bodyStart + after.index : text.length;
    const content = text.slice(contentStart, contentEnd);
    const cached = reuse?.(i, content);
    const separator: Separator | undefined = before && {
      kind: before.kind,
      line: scan.splitLineNumbers[i - 1],
      start: bodyStart + before.index + 1,
      end: bodyStart + before.lastIndex - 1,
      inFence: scan.separatorsInFences.has(before.index + 1),
    };
    const start = before ? bodyStart + before.index : bodyStart;
    slides.push(new DeckSlide(i, places[i], separator, start, contentStart, contentEnd, content, cached?.info ?? analyseSlide(content), cached));
  }
  return slides;
}

/** A parsed slide. Decks can have 10,000 of them: what can be derived is computed on use, not stored. */
class DeckSlide implements Slide {
  readonly h: number;
  readonly v: number;
  readonly inStack: boolean;
  private hashValue?: string;

  constructor(
    readonly index: number,
    place: { h: number; v: number; inStack: boolean },
    readonly separator: Separator | undefined,
    readonly start: number,
    readonly contentStart: number,
    readonly contentEnd: number,
    readonly content: string,
    readonly info: SlideInfo,
    same?: Slide,
  ) {
    this.h = place.h;
    this.v = place.v;
    this.inStack = place.inStack;
    if (same instanceof DeckSlide) this.hashValue = same.hashValue;
  }

  get label(): string {
    return this.inStack ? `${this.h + 1}.${this.v + 1}` : `${this.h + 1}`;
  }

  get end(): number {
    return this.contentEnd;
  }

  /** Computed on first use: only the preview and caches need it. */
  get hash(): string {
    return (this.hashValue ??= hashText(this.content));
  }
}

class ParsedDeck implements Deck {
  private lineIndex?: LineIndex;

  constructor(
    readonly source: string,
    readonly text: string,
    readonly frontMatter: FrontMatter | undefined,
    readonly bodyStart: number,
    readonly slides: Slide[],
    readonly columns: Slide[][],
    private readonly scan: LineScan,
    readonly swallowedSeparators: number[],
  ) {}

  get nearMisses() {
    return this.scan.nearMisses;
  }

  get fences() {
    return this.scan.fences;
  }

  /** Built on first use: parsing alone never needs it. */
  get lines(): LineIndex {
    return (this.lineIndex ??= new LineIndex(this.text));
  }

  range(start: number, end: number): Range {
    return this.lines.range(start, end);
  }

  slideAt(offset: number): Slide {
    const slides = this.slides;
    let lo = 0;
    let hi = slides.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (slides[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return slides[lo];
  }
}

function countLines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
