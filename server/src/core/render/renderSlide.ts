/** One slide through HedgeDoc's per-slide steps, after the raw-markdown sanitiser pass. */
import type { Slide } from '../deck/model';
import { renderMarkdown } from './markdown';
import { sanitize } from './sanitizer';
import { processSlideHtml } from './slideDom';
import type { RenderOptions } from './types';

export interface SlideOutput {
  html: string;
  attributes: Record<string, string>;
  notes?: string;
  styles: string[];
  /** Hash of the render inputs, set by `renderDeck` when it caches the output. */
  hash?: string;
}

/** reveal-markdown's notes separator: split only when exactly one line starts with `note:`. */
const NOTE = /^note:/gim;

/**
 * Renders a slide whose raw text has already been through the first sanitiser pass (`raw`).
 * `sameStart` says that `raw` starts like the slide's content, so the model's leading-whitespace facts apply.
 * @example renderSlide('\n# Title\n', slide, true, { emojiBase: 'emoji' }).html // '<h1>Title</h1>\n'
 */
export function renderSlide(raw: string, slide: Slide, sameStart: boolean, options: RenderOptions): SlideOutput {
  let main = raw;
  let notes: string | undefined;
  if (slide.info.noteLines.length === 1) {
    const parts = raw.split(NOTE);
    if (parts.length === 2) [main, notes] = [parts[0], parts[1].trim()];
  }
  const fix = indentationQuirk(sameStart ? slide.info.leadingWhitespace : leadingRun(raw, /^\n?(\s*)/), sameStart ? slide.info.leadingTabs : leadingRun(raw, /^\n?(\t*)/));
  const out = processSlideHtml(toHtml(fix(main), options), options);
  const result: SlideOutput = { html: out.html, attributes: out.attributes, styles: out.styles };
  if (notes !== undefined) result.notes = processSlideHtml(toHtml(fix(notes), options), { emojiBase: options.emojiBase, resolveUrl: options.resolveUrl }).html;
  return result;
}

function toHtml(markdownText: string, options: RenderOptions): string {
  // The raw pass escaped `<`/`>`; reveal-markdown reads the text back and turns author-typed entities into tags too.
  const text = markdownText.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  return sanitize(renderMarkdown(text, { emojiBase: options.emojiBase }));
}

function leadingRun(text: string, re: RegExp): number {
  return re.exec(text)?.[1].length ?? 0;
}

/**
 * HedgeDoc's `getMarkdownFromSlide` [quirk]: when a slide starts (after one optional newline) with a run of
 * tabs, or of two or more whitespace characters, every such run anywhere in the slide becomes a newline.
 */
export function indentationQuirk(whitespace: number, tabs: number): (text: string) => string {
  if (tabs > 0) {
    const re = new RegExp(`\\n?\\t{${tabs}}`, 'g');
    return (text) => text.replace(re, '\n');
  }
  if (whitespace > 1) {
    const re = new RegExp(`\\n? {${whitespace}}`, 'g');
    return (text) => text.replace(re, '\n');
  }
  return (text) => text;
}
