import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver/node';
import type { LintDiagnostic, LintFix } from '../core/rules/engine';
import { ruleDocsUrl } from '../core/rules/docsUrl';
import { type ServerContext, unanalysable } from './context';
import type { DocumentState } from './documentState';
import type { DocumentLint, LintService } from './lintService';
import type { DeckSettings } from './settings';
import { CostSchedule } from '../costSchedule';

export const SOURCE = 'scs-deck';

const SEVERITY: Record<LintDiagnostic['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a diagnostic carries for its quick fixes: the fixes as LSP edits. */
export interface DiagnosticData {
  readonly fixes: { title: string; preferred: boolean; edits: { range: Diagnostic['range']; newText: string }[] }[];
}

/**
 * Publishes diagnostics for open decks, for the latest version only (results computed for an older version are
 * dropped), cleared when a document closes or stops being a deck. Each document's `CostSchedule` (on its state)
 * lints and publishes at once when idle; while the author types, one lint runs at a time and the next follows
 * after a pause as long as the last one took (`scsDeck.diagnostics.debounceMs` is the least pause).
 */
export function registerDiagnostics(ctx: ServerContext, lint: LintService): { refreshAll(): void; refresh(state: DocumentState): void } {
  const { connection, documents } = ctx;
  const failed = (err: unknown) => connection.console.error(`diagnostics failed: ${String(err)}`);

  const schedule = (state: DocumentState) => {
    let s = state.diagnostics.schedule;
    if (!s) {
      s = new CostSchedule(() => publish(state).catch(failed));
      state.diagnostics.schedule = s;
    }
    s.minGapMs = ctx.settings.known(state.uri).diagnostics.debounceMs;
    s.changed();
  };

  /** The diagnostics of the document's current version, computed once (undefined: it changed or closed meanwhile). */
  const diagnosticsFor = (state: DocumentState) => {
    if (!ctx.isOpen(state)) return undefined;
    const hit = state.diagnostics.ready;
    if (hit?.version === state.version) return hit;
    const version = state.version;
    const entry = {
      version,
      diagnostics: ctx.settings.get(state.uri).then((settings) => {
        if (!ctx.isOpen(state) || state.version !== version) return undefined;
        return ctx.isDeckDocument(state, settings) ? compute(lint, state, settings) : [];
      }),
    };
    state.diagnostics.ready = entry;
    return entry;
  };

  const publish = async (state: DocumentState) => {
    // Requests that came with the change (the preview's render) go first: the lint after them reuses their parse,
    // while a render behind a lint of a long deck would wait for all of it.
    await new Promise((resolve) => setImmediate(resolve));
    const entry = diagnosticsFor(state);
    const diagnostics = await entry?.diagnostics;
    if (!entry || !diagnostics || !ctx.isOpen(state) || state.version !== entry.version) return;
    if (diagnostics.length === 0 && !state.diagnostics.published) return;
    state.diagnostics.published = diagnostics.length > 0;
    void connection.sendDiagnostics({ uri: state.uri, version: entry.version, diagnostics });
  };

  // (Fired for an opened document too.)
  documents.onDidChangeContent((e) => schedule(e.document));
  documents.onDidClose((e) => {
    e.document.diagnostics.schedule?.dispose();
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  return {
    // What the lint reads besides the text changed (a preview report): compute this version again.
    refresh: (state) => {
      if (!ctx.isOpen(state)) return;
      state.diagnostics.ready = undefined;
      schedule(state);
    },
    refreshAll: () => {
      for (const state of documents.all()) {
        // Settings or configuration changed: what was computed ahead is stale.
        state.diagnostics.ready = undefined;
        schedule(state);
      }
    },
  };
}

function compute(lint: LintService, state: DocumentState, settings: DeckSettings): Diagnostic[] {
  const why = unanalysable(state, settings);
  if (why) return [notAnalysed(why, settings.maxFileSizeKb)];
  const result = lint.lint(state, state.deck(), settings);
  return [...configDiagnostics(result), ...result.diagnostics.map(toLspDiagnostic)];
}

/**
 * A core diagnostic as LSP sends it: rule name as `code`, a link to the rule's page, the fixes in `data`.
 * @example toLspDiagnostic(d).codeDescription.href // '…/docs/rules/empty-slide.md'
 */
export function toLspDiagnostic(d: LintDiagnostic): Diagnostic {
  const data: DiagnosticData = { fixes: d.fixes.map(toLspFix) };
  return {
    range: d.range,
    severity: SEVERITY[d.severity],
    code: d.rule,
    codeDescription: { href: ruleDocsUrl(d.rule) },
    source: SOURCE,
    message: d.message,
    data,
  };
}

function toLspFix(f: LintFix): DiagnosticData['fixes'][number] {
  return { title: f.title, preferred: f.preferred, edits: f.edits.map((e) => ({ range: e.range, newText: e.newText })) };
}

function notAnalysed(why: 'too-large' | 'binary', kb: number): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: SOURCE,
    code: why === 'too-large' ? 'file-too-large' : 'file-binary',
    message: why === 'too-large'
      ? `This deck is larger than scsDeck.maxFileSizeKb (${kb} KiB), so SCS Deck does not check it. Raise the setting to check it anyway.`
      : 'This file holds NUL bytes, so it is not text: SCS Deck does not check it. Was a binary file opened as Markdown?',
  };
}

function configDiagnostics(result: DocumentLint): Diagnostic[] {
  const problems = [
    ...result.config.problems.map((p) => `${result.config.path ?? '.scs-deck.json'}: ${p}`),
    ...result.settingsProblems.map((p) => `Setting scsDeck.rules: ${p}`),
  ];
  if (problems.length === 0) return [];
  return [{
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Warning,
    source: SOURCE,
    code: 'config',
    message: `${problems.join('; ')}. These entries are ignored; the other levels apply.`,
  }];
}
