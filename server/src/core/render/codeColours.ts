/**
 * HedgeDoc's code colouring, which its slide page applies once a slide is shown: a fence with a language is
 * coloured by highlight.js 11 (the version HedgeDoc 1.12 bundles, with all its languages). The language is
 * the fence's class; when it is not one of highlight.js's language *names* (an alias such as `js` or `sh`
 * counts as unknown there), HedgeDoc lets highlight.js guess the language. The colours themselves come from
 * the zenburn stylesheet of reveal.js that the slide page links.
 */

/** The three calls used here. highlight.js's own typings load the DOM library into the whole program. */
interface HighlightJs {
  listLanguages(): string[];
  highlight(code: string, options: { language: string; ignoreIllegals: boolean }): { value: string };
  highlightAuto(code: string): { value: string };
}
let loaded: HighlightJs | undefined;
/** highlight.js registers its ~190 grammars when loaded (tens of ms): only decks with code pay for it. */
function hljs(): HighlightJs {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('highlight.js') as HighlightJs;
  return loaded;
}

/** Fences HedgeDoc draws as diagrams: never coloured. */
const NOT_COLOURED = new Set(['mermaid', 'abc', 'graphviz', 'sequence', 'flow']);

/**
 * Guessing runs every one of highlight.js's ~190 grammars over the code, about a hundred times the cost of
 * colouring it as one language; longer code is left uncoloured rather than stall the language server
 * (HedgeDoc would guess for it too).
 */
const GUESS_MAX_CHARS = 2000;

let names: Set<string> | undefined;

/**
 * Compiles every grammar once (about a second): the first guess pays for it otherwise.
 * @example prepareCodeColours() // later colourCode(…, 'js') costs only the guess itself
 */
export function prepareCodeColours(): void {
  hljs().highlightAuto('x');
}

/**
 * The HTML of `code` coloured as HedgeDoc colours a fence whose code element has the class `lang`
 * (the language without its `=`/`!` suffixes), or undefined when HedgeDoc leaves it as it is.
 * @example colourCode('x = 1\n', 'python') // '<span class="hljs-attr">x</span> = <span class="hljs-number">1</span>\n'
 */
export function colourCode(code: string, lang: string): string | undefined {
  if (!lang || NOT_COLOURED.has(lang)) return undefined;
  names ??= new Set(hljs().listLanguages());
  if (names.has(lang)) return hljs().highlight(code, { language: lang, ignoreIllegals: true }).value;
  return code.length <= GUESS_MAX_CHARS ? hljs().highlightAuto(code).value : undefined;
}
