/**
 * Inline control comments, as markdownlint users know them:
 * `<!-- scs-deck-disable-next-line rule-a rule-b -->`, `<!-- scs-deck-disable rule -->` … `<!-- scs-deck-enable rule -->`.
 * No rule name means every rule. They are HTML comments, so HedgeDoc shows nothing for them.
 * "Next line" skips blank lines: a separator needs an empty line above it, so the comment cannot sit right on top.
 */
const DIRECTIVE = /<!--\s*scs-deck-(disable-next-line|disable|enable)\b([^>]*?)-->/g;

interface Toggle {
  readonly line: number;
  readonly enable: boolean;
  /** Undefined = all rules. */
  readonly rules?: ReadonlySet<string>;
}

export class Directives {
  private readonly nextLine = new Map<number, ReadonlySet<string> | undefined>();
  private readonly toggles: Toggle[] = [];

  /**
   * Reads every directive in `text`; `lineAt` maps an offset to its 0-based line.
   * @example new Directives('<!-- scs-deck-disable-next-line empty-slide -->\nx', lineAt).suppressed('empty-slide', 1) // true
   */
  constructor(text: string, lineAt: (offset: number) => number) {
    if (text.indexOf('scs-deck-') === -1) return;
    DIRECTIVE.lastIndex = 0;
    for (let m = DIRECTIVE.exec(text); m; m = DIRECTIVE.exec(text)) {
      const names = m[2].trim().split(/[\s,]+/).filter(Boolean);
      const rules = names.length ? new Set(names) : undefined;
      if (m[1] === 'disable-next-line') this.nextLine.set(lineAt(nextContentLine(text, m.index + m[0].length)), rules);
      else this.toggles.push({ line: lineAt(m.index), enable: m[1] === 'enable', rules });
    }
  }

  /** Whether a diagnostic of `rule` starting on `line` is switched off by a comment. */
  suppressed(rule: string, line: number): boolean {
    if (this.nextLine.has(line)) {
      const rules = this.nextLine.get(line);
      if (!rules || rules.has(rule)) return true;
    }
    let off = false;
    for (const t of this.toggles) {
      if (t.line > line) break;
      if (!t.rules || t.rules.has(rule)) off = !t.enable;
    }
    return off;
  }

  get empty(): boolean {
    return this.nextLine.size === 0 && this.toggles.length === 0;
  }
}

/** Offset of the first non-blank line after the line holding `offset`. */
function nextContentLine(text: string, offset: number): number {
  let at = text.indexOf('\n', offset);
  if (at === -1) return text.length;
  at++;
  while (at < text.length) {
    const nl = text.indexOf('\n', at);
    const end = nl === -1 ? text.length : nl;
    if (text.slice(at, end).trim() !== '') return at;
    if (nl === -1) break;
    at = nl + 1;
  }
  return at;
}
