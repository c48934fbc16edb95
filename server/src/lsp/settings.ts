import type { Connection } from 'vscode-languageserver/node';
import { DEFAULT_DETECTION, type DeckDetection } from '../core';
import type { DocumentState } from './documentState';

/** `scsDeck.*` settings the server reads, with the defaults the manifest declares. */
export interface DeckSettings {
  readonly decks: DeckDetection;
  readonly maxFileSizeKb: number;
  readonly rules: Record<string, string>;
  readonly diagnostics: { readonly debounceMs: number };
  readonly [key: string]: unknown;
}

export const DEFAULT_SETTINGS: DeckSettings = {
  decks: DEFAULT_DETECTION,
  maxFileSizeKb: 5120,
  rules: {},
  diagnostics: { debounceMs: 0 },
};

/**
 * Resource-scoped settings, fetched once per open document and kept on its state (`stateOf`); a document that
 * is not open is asked every time, so nothing stays behind for it.
 */
export class SettingsStore {
  private supported = false;

  constructor(private readonly connection: Connection, private readonly stateOf: (uri: string) => DocumentState | undefined) {}

  enable(supported: boolean): void {
    this.supported = supported;
  }

  get(uri: string): Promise<DeckSettings> {
    if (!this.supported) return Promise.resolve(DEFAULT_SETTINGS);
    const state = this.stateOf(uri);
    if (state?.settings) return state.settings;
    const pending = this.connection.workspace
      .getConfiguration({ scopeUri: uri, section: 'scsDeck' })
      .then((raw: Partial<DeckSettings> | null) => merge(raw ?? {}), () => DEFAULT_SETTINGS);
    if (state) {
      state.settings = pending;
      void pending.then((s) => {
        if (state.settings === pending) state.knownSettings = s;
      });
    }
    return pending;
  }

  /** The settings of `uri` if they have arrived, else the defaults. */
  known(uri: string): DeckSettings {
    return this.stateOf(uri)?.knownSettings ?? DEFAULT_SETTINGS;
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
