import { commentAttributeName } from '../deck/attributeComments';
import type { AttributeComment } from '../deck/model';
import { REVEAL_ATTRIBUTE_NAMES, revealAttribute } from '../data/revealAttributes';
import { closest } from '../text/closest';
import type { Fix, SlideRule, SlideRuleContext } from './types';

/** What an author writes as an attribute, however it is quoted. */
const TOKEN = /([^\s"'=<>]+)\s*=\s*("[^"\n]*"?|'[^'\n]*'?|[^\s"'>]+)/g;
/** Name prefixes that make an unknown `data-*` name a likely typo of a reveal.js attribute. */
const REVEAL_PREFIX = /^data-(background|transition|auto|fragment|visib|state|timing|notes|preload)/;

/**
 * `<!-- .slide: … -->` and `<!-- .element: … -->` attributes that HedgeDoc drops without a word: names other than
 * `data-*`, `id`, `class` and `style`; single-quoted or unquoted values; values with `=` or `"` (a background
 * URL with a query string); attributes after the comment's first line; misspelt reveal.js `data-*` names.
 */
export const attributeCommentDropped: SlideRule = {
  name: 'attribute-comment-dropped',
  description: 'An attribute in a `.slide:`/`.element:` comment that HedgeDoc drops or reveal.js does not know.',
  defaultSeverity: 'warning',
  scope: 'slide',
  check(ctx) {
    // Attribute comments are HTML comments: most slides have none, and need no reading for them.
    if (ctx.slide.content.indexOf('<!--') === -1) return;
    const { slideComments, elementComments } = ctx.slide.info;
    for (const c of [...slideComments, ...elementComments]) {
      checkFirstLine(ctx, c);
      checkLaterLines(ctx, c);
    }
  },
};

function checkFirstLine(ctx: SlideRuleContext, c: AttributeComment): void {
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(c.body); m; m = TOKEN.exec(c.body)) {
    const start = c.bodyStart + m.index;
    const end = start + m[0].length;
    const name = m[1];
    const raw = m[2];
    const kept = c.attributes.some((a) => a.start === start && a.name === name);
    const spaced = m[0].length > name.length + 1 + raw.length;
    const problem = kept ? nameProblem(name) : valueProblem(name, raw, spaced) ?? nameProblem(name);
    if (problem) ctx.report({ start, end, message: problem.message, fixes: problem.fix ? [fixAt(problem.fix, start, end, name, raw)] : [] });
  }
}

interface Problem {
  readonly message: string;
  /** `quote`: rewrite with double quotes; a name: rename to it. */
  readonly fix?: 'quote' | { rename: string };
}

function valueProblem(name: string, raw: string, spaced: boolean): Problem | undefined {
  const quote = raw[0];
  const value = quote === '"' || quote === "'" ? raw.slice(1, raw.endsWith(quote) && raw.length > 1 ? -1 : undefined) : raw;
  if (value.includes('=') || value.includes('"')) {
    return { message: `HedgeDoc drops \`${name}\`: attribute values may not contain \`=\` or \`"\` (a URL with a query string fails silently). Use a URL without a query.` };
  }
  // An empty value does nothing whether HedgeDoc keeps it or not: the audience sees no difference.
  if (value === '') return undefined;
  if (spaced && quote === '"' && raw.length > 1 && raw.endsWith('"')) return { message: `HedgeDoc drops \`${name}\`: no spaces are allowed around \`=\`.`, fix: 'quote' };
  if (quote === "'") return { message: `HedgeDoc drops \`${name}\`: only double-quoted values are read.`, fix: 'quote' };
  if (quote !== '"') return { message: `HedgeDoc drops \`${name}\`: the value must be in double quotes.`, fix: 'quote' };
  return { message: `HedgeDoc drops \`${name}\`: the closing \`"\` is missing.` };
}

function nameProblem(name: string): Problem | undefined {
  const lower = name.toLowerCase();
  const setName = commentAttributeName(name);
  if (setName === undefined) {
    const cased = commentAttributeName(lower);
    if (cased) return { message: `HedgeDoc drops \`${name}\`: it reads attribute names case-sensitively. Write \`${cased}\`.`, fix: { rename: cased } };
    if (lower.startsWith('data-')) return { message: `\`${name}\` is not a valid attribute name (only letters, digits and \`_.:-\` may follow \`data-\`); it is dropped.` };
    const hint = lower === 'width' || lower === 'height' || lower === 'align' ? ` Use \`style\` instead.` : '';
    return { message: `HedgeDoc sets only \`data-*\`, \`id\`, \`class\` and \`style\` from attribute comments; \`${name}\` is dropped.${hint}` };
  }
  if (!setName.startsWith('data-')) return undefined;
  const known = revealAttribute(lower);
  if (known) return known.inHedgeDoc ? undefined : { message: `\`${name}\` is a reveal.js 4 attribute; HedgeDoc 1.x bundles reveal.js 3.9.2, which ignores it.` };
  const suggestion = closest(lower, REVEAL_ATTRIBUTE_NAMES, 2);
  if (!suggestion && !REVEAL_PREFIX.test(lower)) return undefined;
  return {
    message: `reveal.js has no attribute \`${name}\`.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''}`,
    fix: suggestion ? { rename: suggestion } : undefined,
  };
}

function fixAt(fix: NonNullable<Problem['fix']>, start: number, end: number, name: string, raw: string): Fix {
  if (fix === 'quote') {
    const value = raw.replace(/^['"]|['"]$/g, '');
    return { title: 'Use double quotes', edits: [{ start, end, newText: `${name}="${value}"` }], preferred: true };
  }
  return { title: `Rename to \`${fix.rename}\``, edits: [{ start, end: start + name.length, newText: fix.rename }], preferred: true };
}

/** reveal-markdown reads only the comment's first line; attributes on later lines never apply. */
function checkLaterLines(ctx: SlideRuleContext, c: AttributeComment): void {
  const content = ctx.slide.content;
  const restStart = c.bodyStart + c.body.length;
  const restEnd = content.lastIndexOf('-->', c.end);
  if (restEnd <= restStart) return;
  const rest = content.slice(restStart, restEnd);
  TOKEN.lastIndex = 0;
  if (!rest.includes('\n') || !TOKEN.test(rest)) return;
  const joined = ' ' + rest.trim().replace(/\s*\n\s*/g, ' ') + ' ';
  ctx.report({
    start: restStart,
    end: restEnd,
    message: 'HedgeDoc reads attributes only from the first line of an attribute comment; these are dropped.',
    fixes: [{ title: 'Join the comment into one line', edits: [{ start: restStart, end: restEnd, newText: joined.trimStart().length ? ` ${joined.trim()} ` : ' ' }], preferred: true }],
  });
}
