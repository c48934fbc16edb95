import type { Connection } from 'vscode-languageserver/node';
import type { DeckDetection } from '../core';

/** `scsDeck.*` settings the server reads, with the defaults the manifest declares. */
export interface DeckSettings {
  readonly decks: DeckDetection;
  readonly maxFileSizeKb: number;
  readonly rules: Record<string, string>;
  readonly [key: string]: unknown;
}

export const DEFAULT_SETTINGS: DeckSettings = {
  decks: { include: ['**/community-call/*.md'], exclude: ['**/node_modules/**'] },
  maxFileSizeKb: 5120,
  rules: {},
};

/** Resource-scoped settings, fetched once per document and dropped when the configuration changes. */
export class SettingsStore {
  private readonly cache = new Map<string, Promise<DeckSettings>>();
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
    }
    return hit;
  }

  clear(): void {
    this.cache.clear();
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}

function merge(raw: Partial<DeckSettings>): DeckSettings {
  return {
    ...DEFAULT_SETTINGS,
    ...raw,
    decks: { ...DEFAULT_SETTINGS.decks, ...(raw.decks ?? {}) },
    rules: { ...(raw.rules ?? {}) },
  };
}
