import { parseDocument } from 'htmlparser2';
import type { ChildNode } from 'domhandler';
import { markdown } from '../../server/src/core/render/markdown';

/** A heading as `h<level> <line> <text>`, the form both sides of the comparison are written in. */
export type HeadingLine = string;

/**
 * The headings markdown-it renders for one slide's Markdown, read back from the HTML it writes: the oracle our
 * analysis must match. Text is what a reader sees: images none, emoji their alt text (`:tada:`), `<br>` a space.
 */
export function renderedHeadings(text: string): HeadingLine[] {
  const md = markdown();
  const env = { emojiBase: 'e' };
  const tokens = md.parse(text, env);
  const out: HeadingLine[] = [];
  tokens.forEach((t, i) => {
    if (t.type !== 'heading_open') return;
    const html = md.renderer.renderInline(tokens[i + 1].children ?? [], md.options, env);
    // As markup, not as a browser would lay it out: text after an inline `<style>` is still text markdown-it wrote.
    // (HTML reads a stray `</br>` as `<br>`; XML mode would drop it.)
    const markup = html.replace(/<\/br\s*>/gi, '<br>');
    out.push(`${t.tag} ${t.map?.[0]} ${textOf(parseDocument(markup, { xmlMode: true, decodeEntities: true }).children)}`);
  });
  return out;
}

function textOf(nodes: ChildNode[]): string {
  let out = '';
  const walk = (list: ChildNode[]) => {
    for (const n of list) {
      if (n.type === 'text') out += n.data;
      else if (n.type === 'tag') {
        // Unclosed tags hold what follows them in XML mode.
        if (n.name === 'br') out += ' ';
        else if (n.name === 'img' && n.attribs.class === 'emoji') out += n.attribs.alt ?? '';
        // A formula reads as its TeX, without the `\(…\)` or `\[…\]` that MathJax takes as its delimiters.
        if (n.name === 'span' && n.attribs.class === 'mathjax raw') out += textOf(n.children).replace(/^\\[([]([\s\S]*)\\[)\]]$/, '$1');
        else walk(n.children);
      }
    }
  };
  walk(nodes);
  return out.replace(/\s+/g, ' ').trim();
}

/** The text reveal-markdown renders on the slide: before the one `note:` line, if there is exactly one. */
export function slideMarkdown(content: string): string {
  const notes = [...content.matchAll(/^note:/gim)];
  return notes.length === 1 ? content.slice(0, notes[0].index) : content;
}

/** Our analysis's headings in the same form, lines counted in the slide. */
export function ourHeadings(content: string, headings: readonly { level: number; start: number; text: string }[]): HeadingLine[] {
  return headings.map((h) => `h${h.level} ${lineOf(content, h.start)} ${h.text}`);
}

function lineOf(text: string, offset: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

