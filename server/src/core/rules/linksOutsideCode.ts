import type { Slide } from '../deck/model';
import { findMarkdownLinks, type MarkdownLink } from '../text/markdownLinks';

/**
 * The Markdown links of a slide outside code (those of its masked text), reading the slide with markdown-it only
 * when that can change what the caller does. `wanted` must hold for every link the caller would act on.
 *
 * Why the raw text can answer: without a backtick or `<` in the slide there are no code spans or comments, so
 * masking blanks only code blocks, which are whole lines (the notes' first line from after `note:`), and leaves
 * no `[` on a blanked line. A link is read from its own line alone, so the masked text's links are the raw text's
 * on lines left as they are: when no link of the raw text is wanted, none of the masked text's is.
 * The fuzz tests check that reasoning on generated slides (`test/fuzz/properties.ts`).
 */
export function linksOutsideCode(slide: Slide, wanted: (link: MarkdownLink) => boolean): readonly MarkdownLink[] {
  const content = slide.content;
  if (!mayMaskPartLines(content) && !findMarkdownLinks(content).some(wanted)) return [];
  return findMarkdownLinks(slide.info.structure.masked);
}

/** Whether masking may blank part of a line: a code span or an HTML comment, which need a backtick or `<`. */
export function mayMaskPartLines(content: string): boolean {
  return content.indexOf('`') !== -1 || content.indexOf('<') !== -1;
}

/**
 * Whether every link of the slide, in its masked text or not, is to `http://` or `https://`. Without `<` (tags,
 * comments) and `]:` (reference definitions) links start at a `](`, and blanking code leaves a `](` together with
 * what follows it, or neither: a code span that reached past the `](` would have to start with a backtick there.
 * Checked by the fuzz tests with the other reasoning here.
 */
export function onlyWebLinks(content: string): boolean {
  if (content.indexOf('<') !== -1 || content.indexOf(']:') !== -1) return false;
  for (let at = content.indexOf(']('); at !== -1; at = content.indexOf('](', at + 2)) {
    if (!content.startsWith('https://', at + 2) && !content.startsWith('http://', at + 2)) return false;
  }
  return true;
}
