import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readRepoConfig, type RepoConfig } from '../core/rules/config';
import type { Rule } from '../core/rules/types';

export const REPO_CONFIG_NAME = '.scs-deck.json';

/** Far above any real configuration (a few lines); a bigger file is refused, not parsed. */
export const REPO_CONFIG_MAX_BYTES = 256 * 1024;

/** At most this many problems are listed; the rest are counted in one last line. */
export const REPO_CONFIG_MAX_PROBLEMS = 20;

/** A `.scs-deck.json` as found for one deck: its path (if any), its levels and what was wrong with it. */
export interface FoundRepoConfig extends RepoConfig {
  readonly path?: string;
  /** The file exists but could not be used at all (unreadable, not JSON, too big, a directory). */
  readonly unusable?: boolean;
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
    // Anything by that name counts, so that a directory called `.scs-deck.json` is reported, not passed over.
    if (existsSync(candidate)) found = candidate;
    else {
      const parent = dirname(dir);
      found = parent === dir ? null : this.locate(parent);
    }
    this.located.set(dir, found);
    return found;
  }

  private read(path: string): FoundRepoConfig {
    let st;
    try {
      st = statSync(path);
    } catch {
      return { path, rules: {}, problems: ['the file disappeared'] };
    }
    const mtimeMs = st.mtimeMs;
    if (!st.isFile()) return unusable(path, `cannot read it: it is ${st.isDirectory() ? 'a directory' : 'not a regular file'}`);
    if (st.size > REPO_CONFIG_MAX_BYTES) return unusable(path, `cannot read it: ${Math.ceil(st.size / 1024)} KiB is over the ${REPO_CONFIG_MAX_BYTES / 1024} KiB limit for this file`);
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
    return unusable(path, `cannot read it: ${(err as Error).message}`);
  }
  const config = readRepoConfig(raw, rules);
  const { problems } = config;
  if (problems.length <= REPO_CONFIG_MAX_PROBLEMS) return { path, ...config };
  const shown = problems.slice(0, REPO_CONFIG_MAX_PROBLEMS - 1);
  return { path, rules: config.rules, problems: [...shown, `and ${problems.length - shown.length} more problems`] };
}

function unusable(path: string, problem: string): FoundRepoConfig {
  return { path, rules: {}, problems: [problem], unusable: true };
}
