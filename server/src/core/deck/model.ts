import type { DiagramKind } from '../data/diagrams';
import type { Document } from 'yaml';
import type { LineIndex } from '../text/lineIndex';

/**
 * The parsed deck. All offsets are into `Deck.text`, the LF-normalised text HedgeDoc splits.
 * Lines and columns are identical in the original, so use `Deck.range()` to report positions.
 */
export interface Deck {
  /** The text as the editor or file holds it. */
  readonly source: string;
  /** `source` with CRLF/CR turned into LF, as HedgeDoc's client sees it. */
  readonly text: string;
  readonly lines: LineIndex;
  /** Front matter, or a block that looks like one but that HedgeDoc does not recognise. */
  readonly frontMatter?: FrontMatter;
  /** Offset where HedgeDoc's body starts (after recognised front matter, else 0). */
  readonly bodyStart: number;
  readonly slides: Slide[];
  /** Horizontal slides with their vertical children, as reveal.js nests them. */
  readonly columns: Slide[][];
  /** Lines that look like separators but are not, and real separators inside code fences. */
  readonly nearMisses: NearMiss[];
  /** Fenced code blocks, tracked across the whole body as an author reads it (ignoring HedgeDoc's splits). */
  readonly fences: Fence[];
  /** Offsets of separator lines that an allowed tag swallows (`a<b …` running past them): they split nothing. */
  readonly swallowedSeparators: number[];
  range(start: number, end: number): import('vscode-languageserver-types').Range;
  /** The slide whose span holds `offset` (the first slide for offsets inside the front matter). */
  slideAt(offset: number): Slide;
}

export type FrontMatterProblem =
  /** Blank line, spaces or a BOM before the opening `---`: HedgeDoc shows the YAML as a slide. */
  | 'not-at-start'
  /** js-yaml cannot load it: HedgeDoc strips nothing. */
  | 'yaml-error'
  /** No closing `---`/`...`. */
  | 'unterminated';

export interface FrontMatter {
  /** Whether HedgeDoc strips it and reads its keys. */
  readonly recognised: boolean;
  readonly problem?: FrontMatterProblem;
  /** Offset of the opening `---`. Non-zero only for `not-at-start`. */
  readonly start: number;
  /** Offset just after the closing delimiter's three characters (where the body starts). */
  readonly end: number;
  /** The YAML text HedgeDoc hands to js-yaml: from the opening `---` up to the closing line break. */
  readonly yamlText: string;
  /** Offset of `yamlText` in the deck text (= `start`). */
  readonly yamlOffset: number;
  /** Position-keeping YAML document of `yamlText` (offsets relative to `yamlOffset`). */
  readonly document: Document.Parsed;
  /** What js-yaml loaded, when it could. */
  readonly data: unknown;
  readonly errors: YamlError[];
}

export interface YamlError {
  readonly message: string;
  /** Deck-text offsets. */
  readonly start: number;
  readonly end: number;
}

export type SeparatorKind = 'horizontal' | 'vertical';

export interface Separator {
  readonly kind: SeparatorKind;
  /** 0-based line of the `---`/`----` line. */
  readonly line: number;
  /** Offsets of the separator line's text (3 or 4 dashes). */
  readonly start: number;
  readonly end: number;
  /** HedgeDoc splits here even though an author sees a code block. */
  readonly inFence: boolean;
}

export interface Slide {
  /** Position in document order, 0-based. */
  readonly index: number;
  /** reveal.js indices, 0-based, as in `#/h/v`. */
  readonly h: number;
  readonly v: number;
  /** Part of a vertical stack (its top included). */
  readonly inStack: boolean;
  /** The number reveal.js shows in its corner with `slideNumber: true`: `h` or `h.v`, both 1-based. */
  readonly label: string;
  /** The separator that opens this slide; none for the first slide. */
  readonly separator?: Separator;
  /** Span of the slide in the deck, tiling the body: from the consumed separator text to the next one. */
  readonly start: number;
  readonly end: number;
  /** The chunk HedgeDoc renders for this slide. */
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly content: string;
  /** Stable hash of `content`, for caches and incremental preview updates. */
  readonly hash: string;
  readonly info: SlideInfo;
}

/**
 * What one slide's text says, with offsets relative to the slide's `contentStart`. Everything about its Markdown
 * comes from `structure`, markdown-it's reading of the slide (worked out on first use).
 */
export interface SlideInfo {
  /** The text of the slide's first heading (any level, in any container), unless it is empty. */
  readonly title?: string;
  /** Heading level and relative offsets of the title line. */
  readonly titleLevel?: number;
  readonly titleStart?: number;
  readonly titleEnd?: number;
  /** Headings markdown-it renders on the slide (not in its speaker notes), in order. */
  readonly headings: readonly Heading[];
  readonly structure: SlideStructure;
  readonly slideComments: AttributeComment[];
  readonly elementComments: AttributeComment[];
  /** Every line that starts with `note:` (any case). */
  readonly noteLines: NoteLine[];
  /** Speaker notes, set only when exactly one `note:` line exists (HedgeDoc's rule). */
  readonly notes?: string;
  /** Leading whitespace run that triggers HedgeDoc's indentation quirk (`0` = none). */
  readonly leadingWhitespace: number;
  readonly leadingTabs: number;
}

/**
 * One slide's Markdown structure, read from markdown-it's own token stream with HedgeDoc's configuration
 * (`render/markdown.ts`): headings, code, HTML blocks and, on demand, the inline code spans, inline HTML and
 * emoji shortcodes. Offsets are relative to the analysed text. The block pass runs when the analysis is made;
 * inline text is parsed only for heading texts and, when asked, for the blocks that can hold what is asked.
 */
export interface SlideStructure {
  readonly headings: readonly Heading[];
  /** Fenced code (`fence`), indented code (`code`) and HTML blocks (`html`), whole lines, in order. */
  readonly blocks: readonly BlockRange[];
  /** Code spans, inline HTML and math (`$…$`, `$$…$$`, `\\(…\\)`, `\\[…\\]`, `\begin{…}…\end{…}`), in order. */
  readonly inline: readonly InlineRange[];
  /** Every HTML comment markdown-it passes through as HTML (in HTML blocks or inline), in order. */
  readonly comments: readonly Span[];
  /** `:name:` shortcodes the renderer's emoji rule reads, known or not (the name as written). */
  readonly shortcodes: readonly Shortcode[];
  /** The text with code (blocks and spans), math and HTML comments blanked: what rules that read prose scan. */
  readonly masked: string;
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface BlockRange extends Span {
  readonly kind: 'fence' | 'code' | 'html';
  /** 0-based lines of the block's first and last line. */
  readonly startLine: number;
  readonly endLine: number;
  /** For a fence: whether a closing fence ends it (otherwise it runs to the end of the text). */
  readonly closed: boolean;
  /** For a fence whose language names a diagram HedgeDoc draws (`core/data/diagrams.ts`): that kind. */
  readonly diagram?: DiagramKind;
}

export interface InlineRange extends Span {
  /** `math` is TeX that MathJax typesets: no Markdown, HTML or shortcode inside it counts. */
  readonly kind: 'code' | 'html' | 'math';
}

export interface Shortcode extends Span {
  readonly name: string;
}

export interface Heading {
  readonly level: number;
  /** As the audience reads it: the rendered inline text without markup. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface NoteLine {
  readonly start: number;
  readonly end: number;
}

export interface AttributeComment {
  readonly kind: 'slide' | 'element';
  /** Relative offsets of the whole `<!-- ... -->`. */
  readonly start: number;
  readonly end: number;
  /** What reveal-markdown's pattern captures after `.slide:`/`.element` (to the end of that line), and its relative offset. */
  readonly body: string;
  readonly bodyStart: number;
  /** The pairs HedgeDoc's regex extracts (`name="value"`, value without `"` or `=`). */
  readonly attributes: AttributePair[];
}

export interface AttributePair {
  readonly name: string;
  readonly value: string;
  /** Relative offsets of `name="value"`. */
  readonly start: number;
  readonly end: number;
}

export type NearMissReason = 'no-blank-before' | 'no-blank-after' | 'trailing-space' | 'end-of-file' | 'in-code-fence';

export interface NearMiss {
  readonly kind: SeparatorKind;
  readonly reason: NearMissReason;
  /** Whether HedgeDoc splits here (only for `in-code-fence`). */
  readonly splits: boolean;
  readonly line: number;
  /** Offsets of the whole line without its line break. */
  readonly start: number;
  readonly end: number;
}

export interface Fence {
  /** Offsets from the opening fence line's start to the closing fence line's end (or the text end). */
  readonly start: number;
  readonly end: number;
  readonly startLine: number;
  readonly endLine: number;
  readonly closed: boolean;
}
