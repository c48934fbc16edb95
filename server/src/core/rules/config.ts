import type { Rule, Severity, SeveritySetting } from './types';

/** Severity per rule name, as settings and `.scs-deck.json` write it. */
export type RuleSeverities = Readonly<Record<string, SeveritySetting>>;

const LEVELS: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];

/** What `.scs-deck.json` holds once checked, and what was wrong with it. */
export interface RepoConfig {
  readonly rules: RuleSeverities;
  /** Clear sentences about entries that were ignored (unknown rule, bad level). */
  readonly problems: readonly string[];
}

/**
 * Checks the parsed contents of a `.scs-deck.json`. Bad entries are ignored and explained, never fatal.
 * @example readRepoConfig({ rules: { 'empty-slide': 'off' } }, RULES).rules // { 'empty-slide': 'off' }
 */
export function readRepoConfig(raw: unknown, rules: readonly Rule[]): RepoConfig {
  const problems: string[] = [];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { rules: {}, problems: ['the file must hold a JSON object like {"rules": {"empty-slide": "off"}}'] };
  }
  const obj = raw as Record<string, unknown>;
  for (const key of Object.keys(obj)) if (key !== 'rules' && key !== '$schema') problems.push(`unknown key "${key}" (only "rules" is read)`);
  return { rules: checkSeverities(obj.rules, rules, problems), problems };
}

/**
 * Keeps the valid `name: level` entries of a settings or config object, explaining the rest in `problems`.
 * @example checkSeverities({ 'empty-slide': 'error' }, RULES, []) // { 'empty-slide': 'error' }
 */
export function checkSeverities(raw: unknown, rules: readonly Rule[], problems: string[]): RuleSeverities {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push('"rules" must be an object mapping rule names to off, hint, info, warning or error');
    return {};
  }
  const known = new Set(rules.map((r) => r.name));
  const out: Record<string, SeveritySetting> = {};
  for (const [name, level] of Object.entries(raw as Record<string, unknown>)) {
    if (!known.has(name)) problems.push(`unknown rule "${name}"`);
    else if (typeof level !== 'string' || !LEVELS.includes(level as SeveritySetting)) {
      problems.push(`rule "${name}": "${String(level)}" is not one of ${LEVELS.join(', ')}`);
    } else out[name] = level as SeveritySetting;
  }
  return out;
}

/**
 * The effective level of a rule: the repository's `.scs-deck.json` wins over editor settings, so the editor
 * and `scs-deck lint` in CI agree; both win over the rule's default.
 */
export function severityOf(rule: Rule, settings: RuleSeverities = {}, repo: RuleSeverities = {}): SeveritySetting {
  return repo[rule.name] ?? settings[rule.name] ?? rule.defaultSeverity;
}

/** Whether a severity setting is a real level (not `off`). */
export function isOn(level: SeveritySetting): level is Severity {
  return level !== 'off';
}
