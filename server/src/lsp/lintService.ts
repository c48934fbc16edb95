import { dirname } from 'node:path';
import type { Deck } from '../core';
import { checkSeverities } from '../core/rules/config';
import { lintDeck, type LintDiagnostic } from '../core/rules/engine';
import { RULES } from '../core/rules/registry';
import { LintCache } from '../core/rules/slideCache';
import { findMedia } from '../export/media';
import { diagramSyntaxCheckIn } from '../host/diagramSyntax';
import type { DiagramSyntaxCheck } from '../core/rules/types';
import { fileExistsFrom } from '../host/fileExists';
import { RepoConfigStore, type FoundRepoConfig } from '../host/repoConfig';
import type { DocumentState } from './documentState';
import type { DeckSettings } from './settings';
import { fsPath } from '../host/uriPath';
import { previewMeasures } from './previewReport';

/** The diagram parsers of the build beside this bundle, looked up once. */
let diagramChecker: { check?: DiagramSyntaxCheck } | undefined;
function diagramCheck(): DiagramSyntaxCheck | undefined {
  return (diagramChecker ??= { check: diagramSyntaxCheckIn(findMedia()?.diagramsDir) }).check;
}

export interface DocumentLint {
  readonly diagnostics: LintDiagnostic[];
  readonly config: FoundRepoConfig;
  /** Problems with the `scsDeck.rules` settings. */
  readonly settingsProblems: string[];
}

/**
 * Lints open documents with their settings and `.scs-deck.json`, keeping a slide cache on each document's
 * state so a keystroke re-lints one slide. Shared by diagnostics and code actions.
 */
export class LintService {
  readonly configs = new RepoConfigStore(RULES);
  private readonly failures = new Set<string>();
  /** Bumped when files change on disk: cached slide results that asked `fileExists` are dropped. */
  private generation = 0;

  constructor(private readonly log: (message: string) => void) {}

  lint(doc: DocumentState, deck: Deck, settings: DeckSettings, only?: readonly string[]): DocumentLint {
    const path = fsPath(doc.uri);
    const config = path ? this.configs.forFile(path) : { rules: {}, problems: [] };
    const settingsProblems: string[] = [];
    const fromSettings = checkSeverities(settings.rules, RULES, settingsProblems);
    const diagnostics = lintDeck(deck, {
      settings: fromSettings,
      repo: config.rules,
      only,
      cache: only ? undefined : (doc.lintCache ??= new LintCache()),
      generation: this.generation,
      environment: { path: path?.replace(/\\/g, '/'), fileExists: path ? fileExistsFrom(dirname(path)) : undefined, templatePath: (settings.template as { path?: string } | undefined)?.path, checkDiagram: diagramCheck(), measures: previewMeasures(doc) },
      onError: (rule, err) => this.reportFailure(rule, err),
    });
    return { diagnostics, config, settingsProblems };
  }

  /** Files changed on disk (a `.scs-deck.json`, an image): re-read configs, re-check files. */
  filesChanged(): void {
    this.configs.clear();
    this.generation++;
  }

  private reportFailure(rule: string, err: unknown): void {
    const text = `rule ${rule} failed and was skipped: ${err instanceof Error ? err.stack ?? err.message : String(err)}`;
    if (this.failures.has(text)) return;
    this.failures.add(text);
    this.log(text);
  }
}
