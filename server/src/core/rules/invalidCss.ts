import { checkCss } from '../text/cssCheck';
import type { Fix, SlideRule } from './types';

const STYLE_OPEN = /<style\b[^>]*>/gi;
/** Hoisted: a regex literal in `check` is a new object on every slide. */
const HAS_STYLE = /<style/i;
const STYLE_CLOSE = /<\/style\s*>/i;

/**
 * Invalid CSS inside a `<style>` block: quoted colours (`color: "#50c3a5";`, inherited from the template by
 * every SCS deck), unknown properties, values the property rejects, unbalanced braces. HedgeDoc applies
 * `<style>` globally and the browser drops what it cannot read, silently.
 */
export const invalidCss: SlideRule = {
  name: 'invalid-css',
  description: 'Invalid CSS in a <style> block: quoted colours, unknown properties, bad values, broken braces.',
  defaultSeverity: 'warning',
  scope: 'slide',
  check(ctx) {
    const content = ctx.slide.content;
    if (content.indexOf('<') === -1 || !HAS_STYLE.test(content)) return;
    const text = ctx.slide.info.structure.masked;
    STYLE_OPEN.lastIndex = 0;
    for (let m = STYLE_OPEN.exec(text); m; m = STYLE_OPEN.exec(text)) {
      const cssStart = m.index + m[0].length;
      const close = STYLE_CLOSE.exec(text.slice(cssStart));
      const cssEnd = close ? cssStart + close.index : text.length;
      for (const p of checkCss(content.slice(cssStart, cssEnd))) {
        const start = cssStart + p.start;
        const end = cssStart + p.end;
        const fixes: Fix[] = p.replacement === undefined ? [] : [{
          title: p.replacementTitle ?? 'Fix the CSS',
          edits: [{ start, end, newText: p.replacement }],
          preferred: /^Unquote/.test(p.replacementTitle ?? ''),
        }];
        ctx.report({ start, end, message: p.message, fixes });
      }
      STYLE_OPEN.lastIndex = cssEnd;
    }
  },
};
