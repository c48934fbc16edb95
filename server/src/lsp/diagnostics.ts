import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintDiagnostic, LintFix } from '../core/rules/engine';
import { ruleDocsUrl } from '../core/rules/docsUrl';
import { type ServerContext, unanalysable } from './context';
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
 * dropped), cleared when a document closes or stops being a deck. Each document's `CostSchedule` lints and
 * publishes at once when idle; while the author types, one lint runs at a time and the next follows after a
 * pause as long as the last one took (`scsDeck.diagnostics.debounceMs` is the least pause).
 */
export function registerDiagnostics(ctx: ServerContext, lint: LintService): { refreshAll(): void } {
  const schedules = new Map<string, CostSchedule>();
  const published = new Set<string>();
  /** The diagnostics of a document's latest linted version, computed once per version. */
  const ready = new Map<string, { version: number; diagnostics: Promise<Diagnostic[] | undefined> }>();
  const { connection, documents } = ctx;
  ctx.trackDocumentState('diagnostics', () => schedules.size + ready.size + published.size);
  const failed = (err: unknown) => connection.console.error(`diagnostics failed: ${String(err)}`);

  const schedule = (uri: string) => {
    let s = schedules.get(uri);
    if (!s) {
      s = new CostSchedule(() => publish(uri).catch(failed));
      schedules.set(uri, s);
    }
    s.minGapMs = ctx.settings.known(uri).diagnostics.debounceMs;
    s.changed();
  };

  /** The diagnostics of the document's current version, computed once (undefined: it changed meanwhile). */
  const diagnosticsFor = (uri: string) => {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const hit = ready.get(uri);
    if (hit?.version === doc.version) return hit;
    const version = doc.version;
    const entry = {
      version,
      diagnostics: ctx.settings.get(uri).then((settings) => {
        const now = documents.get(uri);
        if (!now || now.version !== version) return undefined;
        return ctx.isDeckDocument(now, settings) ? compute(ctx, lint, now, settings) : [];
      }),
    };
    ready.set(uri, entry);
    return entry;
  };

  const publish = async (uri: string) => {
    const entry = diagnosticsFor(uri);
    const diagnostics = await entry?.diagnostics;
    if (!entry || !diagnostics || documents.get(uri)?.version !== entry.version) return;
    if (diagnostics.length === 0 && !published.has(uri)) return;
    if (diagnostics.length) published.add(uri);
    else published.delete(uri);
    void connection.sendDiagnostics({ uri, version: entry.version, diagnostics });
  };

  // (Fired for an opened document too.)
  documents.onDidChangeContent((e) => schedule(e.document.uri));
  documents.onDidClose((e) => {
    schedules.get(e.document.uri)?.dispose();
    schedules.delete(e.document.uri);
    ready.delete(e.document.uri);
    lint.forget(e.document.uri);
    published.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  return {
    refreshAll: () => {
      // Settings or configuration changed: what was computed ahead is stale.
      ready.clear();
      documents.all().forEach((d) => schedule(d.uri));
    },
  };
}

function compute(ctx: ServerContext, lint: LintService, doc: TextDocument, settings: DeckSettings): Diagnostic[] {
  const why = unanalysable(doc, settings);
  if (why) return [notAnalysed(why, settings.maxFileSizeKb)];
  const result = lint.lint(doc, ctx.parse(doc), settings);
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
