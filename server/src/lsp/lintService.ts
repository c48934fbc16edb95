import { dirname } from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Deck } from '../core';
import { checkSeverities } from '../core/rules/config';
import { lintDeck, type LintDiagnostic } from '../core/rules/engine';
import { RULES } from '../core/rules/registry';
import { LintCache } from '../core/rules/slideCache';
import { fileExistsFrom } from '../host/fileExists';
import { RepoConfigStore, type FoundRepoConfig } from '../host/repoConfig';
import type { DeckSettings } from './settings';
import { fsPath } from '../host/uriPath';

export interface DocumentLint {
  readonly diagnostics: LintDiagnostic[];
  readonly config: FoundRepoConfig;
  /** Problems with the `scsDeck.rules` settings. */
  readonly settingsProblems: string[];
}

/**
 * Lints open documents with their settings and `.scs-deck.json`, keeping one slide cache per document so a
 * keystroke re-lints one slide. Shared by diagnostics and code actions.
 */
export class LintService {
  readonly configs = new RepoConfigStore(RULES);
  private readonly caches = new Map<string, LintCache>();
  private readonly failures = new Set<string>();
  /** Bumped when files change on disk: cached slide results that asked `fileExists` are dropped. */
  private generation = 0;

  /** `isOpen`: a closed document gets no slide cache (a late code action must not bring one back). */
  constructor(private readonly log: (message: string) => void, private readonly isOpen: (uri: string) => boolean = () => true) {}

  /** Documents with a slide cache. */
  get size(): number {
    return this.caches.size;
  }

  lint(doc: TextDocument, deck: Deck, settings: DeckSettings, only?: readonly string[]): DocumentLint {
    const path = fsPath(doc.uri);
    const config = path ? this.configs.forFile(path) : { rules: {}, problems: [] };
    const settingsProblems: string[] = [];
    const fromSettings = checkSeverities(settings.rules, RULES, settingsProblems);
    let cache = this.caches.get(doc.uri);
    if (!cache) {
      cache = new LintCache();
      if (this.isOpen(doc.uri)) this.caches.set(doc.uri, cache);
    }
    const diagnostics = lintDeck(deck, {
      settings: fromSettings,
      repo: config.rules,
      only,
      cache: only ? undefined : cache,
      generation: this.generation,
      environment: { path: path?.replace(/\\/g, '/'), fileExists: path ? fileExistsFrom(dirname(path)) : undefined, templatePath: (settings.template as { path?: string } | undefined)?.path },
      onError: (rule, err) => this.reportFailure(rule, err),
    });
    return { diagnostics, config, settingsProblems };
  }

  /** Files changed on disk (a `.scs-deck.json`, an image): re-read configs, re-check files. */
  filesChanged(): void {
    this.configs.clear();
    this.generation++;
  }

  forget(uri: string): void {
    this.caches.delete(uri);
  }

  private reportFailure(rule: string, err: unknown): void {
    const text = `rule ${rule} failed and was skipped: ${err instanceof Error ? err.stack ?? err.message : String(err)}`;
    if (this.failures.has(text)) return;
    this.failures.add(text);
    this.log(text);
  }
}
