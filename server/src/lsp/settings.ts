import type { Connection } from 'vscode-languageserver/node';
import type { DeckDetection } from '../core';

/** `scsDeck.*` settings the server reads, with the defaults the manifest declares. */
export interface DeckSettings {
  readonly decks: DeckDetection;
  readonly maxFileSizeKb: number;
  readonly rules: Record<string, string>;
  readonly diagnostics: { readonly debounceMs: number };
  readonly [key: string]: unknown;
}

export const DEFAULT_SETTINGS: DeckSettings = {
  decks: { include: ['**/community-call/*.md'], exclude: ['**/node_modules/**'] },
  maxFileSizeKb: 5120,
  rules: {},
  diagnostics: { debounceMs: 0 },
};

/** Resource-scoped settings, fetched once per document and dropped when the configuration changes. */
export class SettingsStore {
  private readonly cache = new Map<string, Promise<DeckSettings>>();
  /** The same settings once they arrived, for decisions that cannot wait (timers). */
  private readonly resolved = new Map<string, DeckSettings>();
  private supported = false;

  constructor(private readonly connection: Connection) {}

  enable(supported: boolean): void {
    this.supported = supported;
  }

  get(uri: string): Promise<DeckSettings> {
    if (!this.supported) return Promise.resolve(DEFAULT_SETTINGS);
    let hit = this.cache.get(uri);
    if (!hit) {
      hit = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'scsDeck' })
        .then((raw: Partial<DeckSettings> | null) => merge(raw ?? {}), () => DEFAULT_SETTINGS);
      this.cache.set(uri, hit);
      const pending = hit;
      void pending.then((s) => this.cache.get(uri) === pending && this.resolved.set(uri, s));
    }
    return hit;
  }

  /** The settings of `uri` if they have arrived, else the defaults. */
  known(uri: string): DeckSettings {
    return this.resolved.get(uri) ?? DEFAULT_SETTINGS;
  }

  clear(): void {
    this.cache.clear();
    this.resolved.clear();
  }

  /** Documents with settings fetched or on the way. */
  get size(): number {
    return this.cache.size;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.resolved.delete(uri);
  }
}

function merge(raw: Partial<DeckSettings>): DeckSettings {
  return {
    ...DEFAULT_SETTINGS,
    ...raw,
    decks: { ...DEFAULT_SETTINGS.decks, ...(raw.decks ?? {}) },
    rules: { ...(raw.rules ?? {}) },
    diagnostics: { debounceMs: clampMs(raw.diagnostics?.debounceMs, DEFAULT_SETTINGS.diagnostics.debounceMs) },
  };
}

/** A delay setting as a whole number of ms in 0–5000; anything else gives the default. */
function clampMs(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(5000, Math.max(0, Math.round(value))) : fallback;
}
