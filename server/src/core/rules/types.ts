import type { DiagramKind } from '../data/diagrams';
import type { Deck, Slide } from '../deck/model';
import type { SlideMeasures } from '../layout/slideMeasure';

/**
 * The contract between the rule engine and the rules. A rule reads the parsed `Deck` (it never re-splits
 * text) and reports problems with offsets and fixes as data. One rule per file in `rules/`, registered in
 * `rules/registry.ts`, documented in `docs/rules/<name>.md`.
 */

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

/** A text replacement. Offsets follow the scope of the report: deck text offsets, or slide-content offsets. */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: readonly Edit[];
  /** The canonical fix: applied by "fix all" and `--fix`, marked `isPreferred` in the editor. */
  readonly preferred?: boolean;
  /**
   * Adds, removes or moves a slide, so slides after it change number. Never applied by "fix all" or `--fix`,
   * only as a single quick fix whose title says what moves.
   */
  readonly structural?: boolean;
}

export interface Report {
  readonly start: number;
  readonly end: number;
  readonly message: string;
  readonly fixes?: readonly Fix[];
  /** Overrides the rule's configured severity for this report only (rarely needed). */
  readonly severity?: Severity;
}

/** What the host injects: the core does no I/O itself. */
export interface RuleEnvironment {
  /** Path of the deck file (forward slashes), if it has one. */
  readonly path?: string;
  /** Whether a file exists, for a path relative to the deck's folder or absolute. */
  readonly fileExists?: (path: string) => boolean;
  /** The configured template (`scsDeck.template.path`, relative to the workspace folder): no placeholders are reported there. */
  readonly templatePath?: string;
  /** Reads a diagram fence's source with its library's parser (`host/diagramSyntax.ts`); without it `diagram-syntax` is silent. */
  readonly checkDiagram?: DiagramSyntaxCheck;
  /** Today as `YYYY-MM-DD` (default: the local date); placeholders in a deck whose call is still ahead are only information. */
  readonly today?: string;
  /** What a browser measured of each slide's layout (the preview, `lint --layout`); deck rules only. */
  readonly measures?: SlideMeasures;
}

/** What a diagram library's parser said about a source it cannot read. */
export interface DiagramProblem {
  readonly message: string;
  /** The line of the source it names (1-based), when it names one. */
  readonly line?: number;
}

/** Same source, same answer: slide rules cache what it says. `undefined`: readable, or not checked. */
export type DiagramSyntaxCheck = (kind: DiagramKind, source: string) => DiagramProblem | undefined;

export interface DeckRuleContext extends RuleEnvironment {
  readonly deck: Deck;
  /** Whether the deck looks like an SCS community call (template-conformance rules run only then). */
  readonly isCommunityCall: boolean;
  /** Offsets are deck text offsets. */
  report(report: Report): void;
}

export interface SlideRuleContext extends RuleEnvironment {
  readonly deck: Deck;
  readonly slide: Slide;
  readonly isCommunityCall: boolean;
  /** Offsets are relative to `slide.contentStart`, so results can be cached per slide text. */
  report(report: Report): void;
}

interface RuleBase {
  /** Stable kebab-case id: the diagnostic code, the setting name and the docs page name. */
  readonly name: string;
  /** One line for docs and settings. */
  readonly description: string;
  readonly defaultSeverity: Severity;
  /** Runs only in decks that look like community calls. */
  readonly communityCallOnly?: boolean;
}

/** A rule that needs the whole deck (front matter, separators, cross-slide checks). Must stay cheap. */
export interface DeckRule extends RuleBase {
  readonly scope: 'deck';
  check(ctx: DeckRuleContext): void;
}

/**
 * A rule that looks at one slide's content only. Its results are cached by slide text, so a re-lint
 * after an edit re-runs it for the edited slide alone. It must not depend on other slides or on the
 * environment except through `fileExists` (cache entries are dropped when that changes).
 */
export interface SlideRule extends RuleBase {
  readonly scope: 'slide';
  check(ctx: SlideRuleContext): void;
}

export type Rule = DeckRule | SlideRule;
