import type { Range } from 'vscode-languageserver-types';
import type { Deck } from '../deck/model';
import { communityCallKey, isCommunityCall } from './communityCall';
import { isOn, severityOf, type RuleSeverities } from './config';
import { Directives } from './directives';
import { RULES } from './registry';
import type { CombinedReport, LintCache } from './slideCache';
import type { DeckRule, Edit, Report, Rule, RuleEnvironment, Severity, SlideRule, SlideRuleContext } from './types';

/** An edit in deck-text offsets, with the LSP range of the same span. */
export interface LintEdit extends Edit {
  readonly range: Range;
}

export interface LintFix {
  readonly title: string;
  readonly edits: readonly LintEdit[];
  readonly preferred: boolean;
  /** Changes slide numbers: left out of "fix all" (see `Fix.structural`). */
  readonly structural: boolean;
}

/** One finding, ready for LSP and CLI: deck-text offsets, an LSP range, fixes as edits. */
export interface LintDiagnostic {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly start: number;
  readonly end: number;
  readonly range: Range;
  readonly fixes: readonly LintFix[];
}

export interface LintOptions {
  /** The rules to consider (default: every registered rule). */
  readonly rules?: readonly Rule[];
  /** Levels from editor settings (`scsDeck.rules.<name>`). */
  readonly settings?: RuleSeverities;
  /** Levels from the repository's `.scs-deck.json`; these win over settings. */
  readonly repo?: RuleSeverities;
  /** Run only these rules (CLI `--rule`). */
  readonly only?: readonly string[];
  readonly environment?: RuleEnvironment;
  /** Per-document cache of slide-rule results; reuse it across versions of one document. */
  readonly cache?: LintCache;
  /** Bump when what `fileExists` answers may have changed: cached slide results are dropped. */
  readonly generation?: number;
  /** Called once per failing rule and lint; that rule is skipped, all others still report. */
  readonly onError?: (rule: string, error: unknown) => void;
}

const NONE: readonly Report[] = [];

interface Found {
  readonly rule: Rule;
  readonly severity: Severity;
  readonly report: Report;
  /** Offset the report's offsets are relative to. */
  readonly base: number;
}

/**
 * Lints a parsed deck: every enabled rule, severities from settings and `.scs-deck.json`, inline
 * `scs-deck-disable…` comments honoured. Sorted by position.
 * @example lintDeck(parseDeck('# A\n\n---\n\n---\n\n# B')).map((d) => d.rule) // ['empty-slide']
 */
export function lintDeck(deck: Deck, options: LintOptions = {}): LintDiagnostic[] {
  const env = options.environment ?? {};
  const communityCall = isCommunityCall(deck, env.path);
  const found: Found[] = [];
  const deckRules: { rule: DeckRule; severity: Severity }[] = [];
  const slideRules: { rule: SlideRule; severity: Severity }[] = [];
  for (const rule of options.rules ?? RULES) {
    if (options.only && !options.only.includes(rule.name)) continue;
    if (rule.communityCallOnly && !communityCall) continue;
    const level = severityOf(rule, options.settings, options.repo);
    if (!isOn(level)) continue;
    if (rule.scope === 'deck') deckRules.push({ rule, severity: level });
    else slideRules.push({ rule, severity: level });
  }
  const failed = (rule: Rule, err: unknown) => options.onError?.(rule.name, err);
  for (const { rule, severity } of deckRules) runDeckRule(deck, rule, severity, env, communityCall, found, failed);
  runSlideRules(deck, slideRules, env, communityCall, options, found, failed);
  return toDiagnostics(deck, found);
}

function runDeckRule(deck: Deck, rule: DeckRule, severity: Severity, env: RuleEnvironment, cc: boolean, found: Found[], failed: (r: Rule, e: unknown) => void): void {
  const mine: Found[] = [];
  try {
    rule.check({ ...env, deck, isCommunityCall: cc, report: (report) => mine.push({ rule, severity, report, base: 0 }) });
  } catch (err) {
    failed(rule, err);
    return;
  }
  found.push(...mine);
}

function runSlideRules(
  deck: Deck,
  rules: { rule: SlideRule; severity: Severity }[],
  env: RuleEnvironment,
  cc: boolean,
  options: LintOptions,
  found: Found[],
  failed: (r: Rule, e: unknown) => void,
): void {
  if (rules.length === 0) return;
  const cache = options.cache;
  cache?.begin(`${options.generation ?? 0}|${communityCallKey(cc)}|${env.path ?? ''}|${env.templatePath ?? ''}`);
  const broken = new Set<string>();
  const signature = rules.map((r) => r.rule.name).join(',');
  // Reports go into one shared list and are copied out only when there are some: a 10,000-slide deck with 25
  // rules would otherwise make 250,000 empty lists for the garbage collector (most checks report nothing).
  const mine: Report[] = [];
  const ctx: { -readonly [K in keyof SlideRuleContext]: SlideRuleContext[K] } = { ...env, deck, slide: deck.slides[0], isCommunityCall: cc, report: (r) => mine.push(r) };
  // Indexed loops: this one runs cold in a CLI process, where `for…of` allocates an iterator result per step.
  for (let s = 0; s < deck.slides.length; s++) {
    const slide = deck.slides[s];
    const hit = cache?.combined(slide.info, signature);
    if (hit) {
      for (let i = 0; i < hit.length; i++) found.push({ ...rules[hit[i].rule], report: hit[i].report, base: slide.contentStart });
      continue;
    }
    ctx.slide = slide;
    const cached = cache?.slide(slide.info);
    const combined: CombinedReport[] | undefined = cache && [];
    for (let r = 0; r < rules.length; r++) {
      const { rule, severity } = rules[r];
      if (broken.size && broken.has(rule.name)) continue;
      let reports = cached?.get(rule.name);
      if (!reports) {
        if (mine.length) mine.length = 0;
        try {
          rule.check(ctx);
        } catch (err) {
          broken.add(rule.name);
          failed(rule, err);
          continue;
        }
        reports = mine.length ? mine.slice() : NONE;
        cached?.set(rule.name, reports);
      }
      for (let i = 0; i < reports.length; i++) {
        found.push({ rule, severity, report: reports[i], base: slide.contentStart });
        combined?.push({ rule: r, report: reports[i] });
      }
    }
    if (cache && combined && broken.size === 0) cache.setCombined(slide.info, signature, combined);
  }
}

function toDiagnostics(deck: Deck, found: Found[]): LintDiagnostic[] {
  const max = deck.text.length;
  const clamp = (n: number) => Math.max(0, Math.min(max, n));
  let directives: Directives | undefined;
  const out: LintDiagnostic[] = [];
  for (const { rule, severity, report, base } of found) {
    const start = clamp(base + report.start);
    const end = Math.max(start, clamp(base + report.end));
    directives ??= new Directives(deck.text, (o) => deck.lines.lineAt(o));
    if (!directives.empty && directives.suppressed(rule.name, deck.lines.lineAt(start))) continue;
    const fixes = (report.fixes ?? []).map((f): LintFix => ({
      title: f.title,
      preferred: !!f.preferred,
      structural: !!f.structural,
      edits: f.edits.map((e) => {
        const s = clamp(base + e.start);
        const t = Math.max(s, clamp(base + e.end));
        return { start: s, end: t, newText: e.newText, range: deck.range(s, t) };
      }),
    }));
    out.push({ rule: rule.name, severity: report.severity ?? severity, message: report.message, start, end, range: deck.range(start, end), fixes });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}
