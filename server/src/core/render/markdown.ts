/** The markdown-it instance HedgeDoc 1.x renders slides with: its options, plugins and renderer overrides. */
import MarkdownIt from 'markdown-it';
import abbr from 'markdown-it-abbr';
import container from 'markdown-it-container';
import deflist from 'markdown-it-deflist';
import footnote from 'markdown-it-footnote';
import imsize from 'markdown-it-imsize';
import ins from 'markdown-it-ins';
import mark from 'markdown-it-mark';
import mathjax from 'markdown-it-mathjax';
import sub from 'markdown-it-sub';
import sup from 'markdown-it-sup';
type Token = MarkdownIt.Token;
type Renderer = MarkdownIt.Renderer;
import { ALERT_BOXES } from '../data/alertBoxes';
import { hedgeDocFences } from './fence';
import { hedgeDocInlineRules, type RenderEnv } from './inlineRules';
import { MATH_MARKUP } from './mathjax';
import { guardMathRule } from './mathRule';

let instance: MarkdownIt | undefined;

/**
 * The shared renderer (built on first use).
 * @example markdown().render('==marked== ++inserted++ H~2~O 2^10^', { emojiBase: 'e' })
 */
export function markdown(): MarkdownIt {
  return (instance ??= create());
}

function create(): MarkdownIt {
  const md = new MarkdownIt('default', { html: true, breaks: true, langPrefix: '', linkify: true, typographer: true });
  // HedgeDoc's order: math comes before imsize and the emoji rule, so `$…$` holds no image size or shortcode.
  md.use(abbr).use(footnote).use(deflist).use(mark).use(ins).use(sub).use(sup).use(mathjax({ ...MATH_MARKUP })).use(imsize);
  guardMathRule(md);
  for (const name of ALERT_BOXES) md.use(container, name, { render: renderAlert });
  hedgeDocFences(md);
  hedgeDocInlineRules(md);
  return md;
}

function renderAlert(tokens: Token[], idx: number, options: MarkdownIt.Options, _env: unknown, self: Renderer): string {
  const token = tokens[idx];
  if (token.nesting === 1) {
    token.attrJoin('role', 'alert');
    token.attrJoin('class', 'alert');
    token.attrJoin('class', `alert-${token.info.trim()}`);
  }
  return self.renderToken(tokens, idx, options);
}

/** Renders one slide's markdown. */
export function renderMarkdown(text: string, env: RenderEnv): string {
  // A fresh env per call: footnotes and abbreviations live in it and must not leak between slides.
  return markdown().render(text, { ...env });
}
