import { HTML_ELEMENTS } from '../data/htmlElements';
import { isAllowedAttribute, isAllowedTag } from '../render/sanitizer';
import { isAccidentalTag } from '../text/accidentalTag';
import { findHtmlTags, type HtmlAttribute, type HtmlTag } from '../text/htmlTags';
import type { SlideRuleContext, SlideRule } from './types';

const URL_ATTRIBUTES = new Set(['href', 'src']);
const SCRIPT_URL = /^\s*(?:javascript|vbscript|data:text\/html)/i;

/**
 * HTML that HedgeDoc's sanitiser (js-xss with HedgeDoc's allow-list) changes: tags it does not allow are shown
 * as literal text, attributes it does not allow are dropped, `javascript:` URLs are emptied. Uses the
 * renderer's allow-list, so the diagnostics and the preview agree. HTML in code and comments is ignored.
 */
export const strippedHtml: SlideRule = {
  name: 'stripped-html',
  description: "HTML that HedgeDoc's sanitiser shows as text or removes: disallowed tags, dropped attributes, javascript: URLs.",
  defaultSeverity: 'warning',
  scope: 'slide',
  check(ctx) {
    const content = ctx.slide.content;
    if (content.indexOf('<') === -1) return;
    for (const tag of findHtmlTags(ctx.slide.info.structure.masked)) {
      if (!isAllowedTag(tag.name)) {
        if (HTML_ELEMENTS.has(tag.name) && !namesTheTag(tag, content)) reportTag(ctx, tag, content);
        continue;
      }
      // `a<b than before … >` is a slip, not a tag: swallowed-text reports it once, not word by word.
      if (!tag.closing && isAccidentalTag(content, tag.start, tag.end, false)) continue;
      for (const attr of tag.attributes) checkAttribute(ctx, tag, attr);
    }
  },
};

/**
 * "autolink using the <link> syntax": a bare tag, never closed, in the middle of prose names the tag rather
 * than uses it. HedgeDoc shows it as text, which is what was meant.
 */
function namesTheTag(tag: HtmlTag, content: string): boolean {
  if (tag.closing || tag.attributes.length > 0 || content.includes(`</${tag.name}`)) return false;
  const lineStart = content.lastIndexOf('\n', tag.start - 1) + 1;
  const lineEnd = content.indexOf('\n', tag.end);
  const before = content.slice(lineStart, tag.start);
  const after = content.slice(tag.end, lineEnd === -1 ? content.length : lineEnd);
  return /\p{L}[\p{L}\p{P}]*\s$/u.test(before) && /^\s\p{L}/u.test(after);
}

function reportTag(ctx: SlideRuleContext, tag: HtmlTag, content: string): void {
  const shown = content.slice(tag.start, tag.end).replace(/\s+/g, ' ');
  const what = tag.name === 'script' && !tag.closing ? ' Nothing in it runs.' : '';
  ctx.report({
    start: tag.start,
    end: tag.end,
    message: `HedgeDoc does not allow <${tag.name}>: it escapes the tag, so the audience sees "${shown}" as text on the slide.${what}`,
  });
}

function checkAttribute(ctx: SlideRuleContext, tag: HtmlTag, attr: HtmlAttribute): void {
  if (!isAllowedAttribute(tag.name, attr.name)) {
    ctx.report({
      start: attr.start,
      end: attr.end,
      message: `HedgeDoc drops the "${attr.name}" attribute of <${tag.name}>: ${consequence(attr.name)}.`,
      fixes: [{ title: `Remove ${attr.name}`, edits: [{ start: attr.start - 1, end: attr.end, newText: '' }] }],
    });
    return;
  }
  if (URL_ATTRIBUTES.has(attr.name) && attr.value !== undefined && SCRIPT_URL.test(attr.value)) {
    ctx.report({
      start: attr.valueStart ?? attr.start,
      end: attr.valueEnd ?? attr.end,
      message: `HedgeDoc empties this ${attr.value.trim().split(':')[0]}: URL, so ${tag.name === 'img' ? 'the image does not show' : 'it does nothing'}.`,
    });
  }
}

function consequence(name: string): string {
  if (name.startsWith('on')) return 'the event handler never runs';
  if (name === 'align' || name === 'valign') return 'the alignment is lost (use style="text-align: …" or a class instead)';
  if (name === 'bgcolor' || name === 'color' || name === 'background') return 'the colour is lost (use style instead)';
  return 'it has no effect on the slide';
}
