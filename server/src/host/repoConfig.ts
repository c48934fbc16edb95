import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readRepoConfig, type RepoConfig } from '../core/rules/config';
import type { Rule } from '../core/rules/types';

export const REPO_CONFIG_NAME = '.scs-deck.json';

/** A `.scs-deck.json` as found for one deck: its path (if any), its levels and what was wrong with it. */
export interface FoundRepoConfig extends RepoConfig {
  readonly path?: string;
}

const NONE: FoundRepoConfig = { rules: {}, problems: [] };

/**
 * Finds and reads the `.scs-deck.json` nearest to a deck, walking up from the deck's folder. Shared by the
 * language server and the CLI so that both read the same levels. Results are cached per folder and per
 * file modification time; `clear()` after the file system reports a change.
 */
export class RepoConfigStore {
  private readonly located = new Map<string, string | null>();
  private readonly parsed = new Map<string, { mtimeMs: number; config: FoundRepoConfig }>();

  constructor(private readonly rules: readonly Rule[]) {}

  /** @example store.forFile('/repo/community-call/20261126.md').rules */
  forFile(file: string): FoundRepoConfig {
    const path = this.locate(dirname(file));
    return path ? this.read(path) : NONE;
  }

  clear(): void {
    this.located.clear();
    this.parsed.clear();
  }

  private locate(dir: string): string | null {
    const hit = this.located.get(dir);
    if (hit !== undefined) return hit;
    const candidate = join(dir, REPO_CONFIG_NAME);
    let found: string | null;
    if (isFile(candidate)) found = candidate;
    else {
      const parent = dirname(dir);
      found = parent === dir ? null : this.locate(parent);
    }
    this.located.set(dir, found);
    return found;
  }

  private read(path: string): FoundRepoConfig {
    let mtimeMs = -1;
    try {
      mtimeMs = statSync(path).mtimeMs;
    } catch {
      return { path, rules: {}, problems: ['the file disappeared'] };
    }
    const hit = this.parsed.get(path);
    if (hit && hit.mtimeMs === mtimeMs) return hit.config;
    const config = parseFile(path, this.rules);
    this.parsed.set(path, { mtimeMs, config });
    return config;
  }
}

function parseFile(path: string, rules: readonly Rule[]): FoundRepoConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    return { path, rules: {}, problems: [`cannot read it: ${(err as Error).message}`] };
  }
  return { path, ...readRepoConfig(raw, rules) };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
