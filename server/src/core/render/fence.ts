/**
 * HedgeDoc's fence rendering: the info string's first word is the language; `=`, `=N` and `=+` add a line-number
 * gutter; `!` wraps long lines; diagram languages become a `div` the page draws once its slide is shown
 * (`core/data/diagrams.ts`, `media/src/diagrams/`);
 * a fence with a language is coloured as HedgeDoc's slide page colours it (`codeColours.ts`).
 */
import type MarkdownIt from 'markdown-it';
import { diagramKind, diagramMarkup } from '../data/diagrams';
import { colourCode } from './codeColours';

const LINE_NUMBERS = /=$|=\d+$|=\+$/;

/**
 * Replaces markdown-it's fence rule with HedgeDoc's.
 * @example md.render('```js=3\nx\n```') // <pre><code class="js hljs"><div class='wrapper'><div class='gutter linenumber'>…
 */
export function hedgeDocFences(md: MarkdownIt): void {
  md.renderer.rules.fence = (tokens, idx, _options, _env, self) => {
    const token = tokens[idx];
    const info = token.info ? md.utils.unescapeAll(token.info).trim() : '';
    const lang = info ? info.split(/\s+/g)[0] : '';
    // HedgeDoc colours every fence that has an info string, by the language class it leaves on the code element.
    let colour: (escaped: string) => string = (escaped) => escaped;
    if (info) {
      if (/!$/.test(info)) token.attrJoin('class', 'wrap');
      token.attrJoin('class', lang.replace(/=$|=\d+$|=\+$|!$|=!$/, ''));
      token.attrJoin('class', 'hljs');
      const language = (token.attrGet('class') ?? '').replace(/hljs|wrap/g, '').trim();
      const coloured = colourCode(token.content, language);
      if (coloured !== undefined) colour = () => coloured;
    }
    const code = md.utils.escapeHtml(token.content);
    return `<pre><code${self.renderAttrs(token)}>${highlight(code, lang, colour)}</code></pre>\n`;
  };
}

function highlight(code: string, lang: string, colour: (escaped: string) => string): string {
  if (!lang || /no(-?)highlight|plain|text/.test(lang)) return colour(code);
  const diagram = diagramKind(lang);
  if (diagram) return diagramMarkup(diagram, code);
  if (!LINE_NUMBERS.test(lang)) return colour(code);
  const start = Number(/=(\d+)$/.exec(lang)?.[1] ?? 1);
  const lines = code.split('\n');
  const numbers = lines.slice(0, -1).map((_, i) => `<span data-linenumber='${start + i}'></span>`);
  const gutter = `<div class='gutter linenumber${/=\+$/.test(lang) ? ' continue' : ''}'>${numbers.join('\n')}</div>`;
  return `<div class='wrapper'>${gutter}<div class='code'>${colour(code)}</div></div>`;
}
