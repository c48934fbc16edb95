/**
 * Which language a Markdown document has. Decks get a language of their own, `scs-deck`: VS Code's Markdown
 * extension registers its outline for `markdown`, and no API hides another provider's symbols, so only a
 * language of their own keeps its headings out of a deck's Outline. Other Markdown stays `markdown`.
 * Pure: the wiring beside it (./index.ts) feeds in the server's answers, the editor's events and the time.
 */

export const DECK_LANGUAGE = 'scs-deck';
export const MARKDOWN_LANGUAGE = 'markdown';

/** The languages the language server is given: any of them may hold a deck. */
export const SERVED_LANGUAGES: readonly string[] = [MARKDOWN_LANGUAGE, DECK_LANGUAGE];

export function isServedLanguage(languageId: string): boolean {
  return SERVED_LANGUAGES.includes(languageId);
}

/**
 * The language a document in `current` should change to, or undefined to keep it. Documents in other
 * languages (plain text, a language the user picked) are never touched.
 */
export function wantedLanguage(current: string, isDeck: boolean, enabled: boolean): string | undefined {
  if (!isServedLanguage(current)) return undefined;
  const want = enabled && isDeck ? DECK_LANGUAGE : MARKDOWN_LANGUAGE;
  return want === current ? undefined : want;
}

/**
 * How long a document must go without edits before its language changes (ms). Becoming a deck shows soon;
 * ceasing to be one waits longer, since a deck's front matter is often half-typed for a moment
 * (`type: sl`), and each change closes and reopens the document for every language feature.
 */
export const ENTER_QUIET_MS = 400;
export const LEAVE_QUIET_MS = 1500;

/** Milliseconds still to wait before switching to `target`, given the last edit (undefined: not edited). */
export function quietWait(target: string, lastEditAt: number | undefined, now: number): number {
  if (lastEditAt === undefined) return 0;
  const quiet = target === DECK_LANGUAGE ? ENTER_QUIET_MS : LEAVE_QUIET_MS;
  return Math.max(0, lastEditAt + quiet - now);
}

/** What a document's (re)opening means. */
export type Opening = 'new' | 'ours' | 'theirs';

export interface SwitchLimit {
  /** At most this many switches of one document… */
  readonly count: number;
  /** …within this many ms; more means something fights us, and we stop. */
  readonly windowMs: number;
}

export const DEFAULT_LIMIT: SwitchLimit = { count: 8, windowMs: 60_000 };

/**
 * Per open document: the language we asked for and not yet seen, whether someone else chose its language
 * (then we leave it alone until it is closed), and when we switched it.
 *
 * VS Code reports a language change as the document closing and opening again; `opened` tells ours from a
 * change made by the user ("Change Language Mode") or another extension. A change by someone else to or
 * from the deck language is respected: switching it back would fight the user, or loop with that extension.
 *
 * @example
 * const s = new LanguageSwitches();
 * s.opened(uri, 'markdown');                                       // 'new'
 * const to = s.decide(uri, 'markdown', true, true, Date.now());    // 'scs-deck'
 * s.switching(uri, to!, Date.now());                               // then setTextDocumentLanguage
 * s.opened(uri, 'scs-deck');                                       // 'ours'
 */
export class LanguageSwitches {
  private readonly expected = new Map<string, string>();
  private readonly languages = new Map<string, string>();
  private readonly leftAlone = new Set<string>();
  private readonly history = new Map<string, number[]>();

  constructor(private readonly limit: SwitchLimit = DEFAULT_LIMIT) {}

  /** The language to switch `uri` to now, or undefined: none wanted, one of ours under way, left alone, or over the limit. */
  decide(uri: string, current: string, isDeck: boolean, enabled: boolean, now: number): string | undefined {
    if (this.leftAlone.has(uri) || this.expected.has(uri)) return undefined;
    const want = wantedLanguage(current, isDeck, enabled);
    if (!want || this.overLimit(uri, now)) return undefined;
    return want;
  }

  /** Whether `uri` changed language so often lately that we stopped switching it. */
  overLimit(uri: string, now: number): boolean {
    const recent = (this.history.get(uri) ?? []).filter((t) => now - t < this.limit.windowMs);
    this.history.set(uri, recent);
    return recent.length >= this.limit.count;
  }

  /** We are asking the editor to switch `uri` to `language`. */
  switching(uri: string, language: string, now: number): void {
    this.expected.set(uri, language);
    this.history.set(uri, [...(this.history.get(uri) ?? []), now]);
  }

  /** Our request finished (or failed): an expectation not met by now will not be. */
  settled(uri: string): void {
    this.expected.delete(uri);
  }

  /** `uri` was opened, or reopened by a language change, in `language`. */
  opened(uri: string, language: string): Opening {
    const expected = this.expected.get(uri);
    this.expected.delete(uri);
    const before = this.languages.get(uri);
    this.languages.set(uri, language);
    if (expected === language) return 'ours';
    if (before === undefined || before === language) return 'new';
    if (before === DECK_LANGUAGE || language === DECK_LANGUAGE) {
      this.leftAlone.add(uri);
      return 'theirs';
    }
    return 'new';
  }

  /** Whether someone else chose this document's language, so we do not switch it. */
  isLeftAlone(uri: string): boolean {
    return this.leftAlone.has(uri);
  }

  /** The document was really closed: when it opens again, it starts afresh. */
  forget(uri: string): void {
    this.expected.delete(uri);
    this.languages.delete(uri);
    this.leftAlone.delete(uri);
    this.history.delete(uri);
  }
}
