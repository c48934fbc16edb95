/**
 * markdown-it-mathjax's `\\(…\\)`, `\\[…\\]` and `\begin{…}…\end{…}` rule searches the rest of the paragraph for the
 * closing marker from every opener; a paragraph of openers with no closer costs time quadratic in its length (a
 * 120 KB line of `\\(` took 15 s), in the language server as in HedgeDoc's browser. This guard remembers, per inline
 * parse, from where on a closing marker is known to be absent and answers "no math" there without searching again.
 * It skips the plugin only where the plugin would find no closer, so what it reads is unchanged.
 */
import type MarkdownIt from 'markdown-it';
type StateInline = MarkdownIt.StateInline;
type Rule = (state: StateInline, silent: boolean) => boolean;

/** Per inline parse: searched text (a closing marker, or `}` ending a `\begin{`) → from where it is known absent. */
const absentFrom = new WeakMap<StateInline, Map<string, number>>();

/**
 * Wraps the plugin's rule named `math` in `md`.
 * @example md.use(mathjax(options)); guardMathRule(md)
 */
export function guardMathRule(md: MarkdownIt): void {
  // markdown-it keeps a rule's function only in its ruler's list.
  const rules = (md.inline.ruler as unknown as { __rules__: { name: string; fn: Rule }[] }).__rules__;
  const rule = rules.find((r) => r.name === 'math');
  if (!rule) throw new Error('markdown-it-mathjax did not add its math rule');
  const math = rule.fn;
  md.inline.ruler.at('math', (state, silent) => {
    const { src, pos } = state;
    if (src.charCodeAt(pos) !== 0x5c) return false;
    // The plugin's openers: `\\(` or `\\[` (two backslashes in the text), or `\begin{name}`.
    let end: string;
    let from: number;
    if (src.startsWith('\\\\(', pos) || src.startsWith('\\\\[', pos)) {
      end = src[pos + 2] === '(' ? '\\\\)' : '\\\\]';
      from = pos + 3;
    } else if (src.startsWith('begin{', pos + 1)) {
      const close = find(state, '}', pos + 7);
      if (close === -1) return false;
      end = `\\end{${src.slice(pos + 7, close)}}`;
      from = close + 1;
    } else return false;
    return find(state, end, from) === -1 ? false : math(state, silent);
  });
}

/** `state.src.indexOf(text, from)`, remembering absence: a later search from further on needs no scan. */
function find(state: StateInline, text: string, from: number): number {
  let known = absentFrom.get(state);
  if (known && from >= (known.get(text) ?? Infinity)) return -1;
  const at = state.src.indexOf(text, from);
  if (at === -1) {
    if (!known) absentFrom.set(state, (known = new Map()));
    known.set(text, Math.min(from, known.get(text) ?? Infinity));
  }
  return at;
}
