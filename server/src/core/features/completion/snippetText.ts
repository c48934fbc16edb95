/**
 * Helpers for LSP snippet syntax (`$1`, `${1:default}`, `${1|a,b|}`): text from decks and templates must be
 * escaped so that a `$` or `}` in it stays literal.
 */

/** Escapes literal text for a snippet body. @example snippetEscape('$5 {x}') // '\\$5 {x\\}' */
export function snippetEscape(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** A placeholder with a default. @example placeholder(2, 'handle') // '${2:handle}' */
export function placeholder(n: number, text: string): string {
  return `\${${n}:${snippetEscape(text)}}`;
}

/** A choice list; commas, pipes and backslashes in options are escaped. @example choice(1, ['a', 'b,c']) // '${1|a,b\\,c|}' */
export function choice(n: number, options: readonly string[]): string {
  if (options.length === 1) return placeholder(n, options[0]);
  return `\${${n}|${options.map((o) => o.replace(/[\\,|]/g, (c) => `\\${c}`)).join(',')}|}`;
}

/**
 * Expands a snippet body with every placeholder at its default (the first choice), as the editor does
 * when the author only presses Tab. Used by tests and by the new-deck preview of a snippet.
 * @example expandSnippet('# ${1|A,B|}\n$1 ${2:x}$0') // '# A\nA x'
 */
export function expandSnippet(body: string): string {
  const values = new Map<string, string>();
  const out = body.replace(/\\([\\$}])|\$\{(\d+)\|((?:\\.|[^|\\])*)\|\}|\$\{(\d+):((?:\\.|[^}\\])*)\}|\$\{(\d+)\}|\$(\d+)/g,
    (_m, esc: string, cn: string, opts: string, pn: string, def: string, bn: string, sn: string) => {
      if (esc) return esc;
      if (cn) return remember(values, cn, unescape(opts.split(/(?<!\\),/)[0]));
      if (pn) return remember(values, pn, unescape(def));
      return values.get(bn ?? sn) ?? '';
    });
  return out;
}

function remember(values: Map<string, string>, n: string, value: string): string {
  if (!values.has(n)) values.set(n, value);
  return values.get(n)!;
}

function unescape(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}
