/**
 * What HedgeDoc does to a slide's HTML after sanitising it: `postProcess` (style blocks, link targets, continued
 * line numbers) and reveal-markdown's attribute comments. Then URLs are handed to the caller's `resolveUrl`.
 */
import { Element, Text, isComment, isTag, isText, type ChildNode, type Comment, type ParentNode } from 'domhandler';
import { escapeAttrValue } from 'xss';
import { EMOJI, emojiImagePath } from '../data/emoji';
import { commentAttributeName, readAttributeComment } from '../deck/attributeComments';
import { isAllowedDataAttribute } from '../url/attributeUrls';
import { parseHtml, walkElements as walk } from './parseHtml';
import { serializeHtml } from './serializeHtml';
import type { RenderOptions } from './types';

/** `data-background` values that are images rather than colours. */
const BACKGROUND_URL = /^(https?:|\.{0,2}\/|data:image\/|[^\s#()]+\.(png|jpe?g|gif|svg|webp|avif|bmp)(\?.*)?$)/i;

export interface SlideDom {
  html: string;
  /** Attributes for the slide's `<section>`. */
  attributes: Record<string, string>;
  /** CSS of the slide's `<style>` blocks, as HedgeDoc leaves them. */
  styles: string[];
}

/**
 * Post-processes one slide's sanitised HTML.
 * @example processSlideHtml('<p>x <!-- .element: class="fragment" --></p>', opts).html // '<p class="fragment">x …'
 */
export function processSlideHtml(html: string, options: RenderOptions): SlideDom {
  const doc = parseHtml(html);
  const attributes: Record<string, string> = {};
  const styles: string[] = [];
  postProcess(doc, styles);
  applyAttributeComments(doc, attributes);
  guardDataUrls(doc, attributes);
  emojiSources(doc, options.emojiBase);
  resolveUrls(doc, attributes, options);
  return { html: serializeHtml(doc.children), attributes, styles };
}

function postProcess(doc: ParentNode, styles: string[]): void {
  let previousGutter: Element | undefined;
  walk(doc, (el) => {
    if (el.name === 'style') {
      // HedgeDoc unescapes `>` in selectors and drops `@import url(…)`.
      const css = textOf(el).replace(/&gt;/g, '>').replace(/@import url\(([^)]*)\);?/gi, '');
      const text = new Text(css);
      text.parent = el;
      el.children = [text];
      styles.push(css);
    } else if (el.name === 'a' && !(el.attribs.href ?? '').startsWith('#') && el.attribs.target === undefined) {
      el.attribs.target = '_blank';
      el.attribs.rel = 'noopener';
    } else if (el.name === 'div' && /\bgutter linenumber\b/.test(el.attribs.class ?? '')) {
      if (/\bcontinue\b/.test(el.attribs.class ?? '')) continueLineNumbers(el, previousGutter);
      previousGutter = el;
    }
  });
}

/** `=+` fences continue the numbering of the slide's previous numbered fence. */
function continueLineNumbers(gutter: Element, previous: Element | undefined): void {
  const spans = gutter.children.filter(isTag);
  const last = previous?.children.filter(isTag).pop();
  const start = last ? parseInt(last.attribs['data-linenumber'] ?? '0', 10) : 0;
  spans.forEach((span, i) => (span.attribs['data-linenumber'] = String(start + i + 1)));
}

/**
 * `.element:` targets the nearest preceding element sibling that is not a `<br>`, else the parent (the section
 * itself at the top level); `.slide:` targets the section. Only `data-*`, `id`, `class` and `style` are set.
 * A loop with its own stack rather than recursion: the nesting depth is the author's.
 */
function applyAttributeComments(root: ParentNode, section: Record<string, string>): void {
  const frames: { node: ParentNode; next: number; previous?: Element }[] = [{ node: root, next: 0 }];
  while (frames.length) {
    const frame = frames[frames.length - 1];
    if (frame.next >= frame.node.children.length) {
      frames.pop();
      continue;
    }
    const child = frame.node.children[frame.next++];
    if (isComment(child)) applyComment(child, frame.previous ?? owner(frame.node), section);
    else if (isTag(child)) {
      if (child.name !== 'br') frame.previous = child;
      frames.push({ node: child, next: 0 });
    }
  }
}

function owner(node: ParentNode): Element | undefined {
  return node instanceof Element ? node : undefined;
}

function applyComment(comment: Comment, target: Element | undefined, section: Record<string, string>): void {
  const read = readAttributeComment(comment.data);
  if (!read) return;
  const attrs = read.kind === 'element' && target ? target.attribs : section;
  for (const pair of read.pairs) {
    const name = commentAttributeName(pair.name);
    if (name) attrs[name] = escapeAttrValue(pair.value);
  }
}

/** Attribute comments bypass the sanitiser; reveal.js loads some `data-*` values as URLs, so unsafe ones go. */
function guardDataUrls(doc: ParentNode, section: Record<string, string>): void {
  const guard = (tag: string, attrs: Record<string, string>) => {
    for (const [name, value] of Object.entries(attrs)) {
      if (name.startsWith('data-') && !isAllowedDataAttribute(tag, name, value)) delete attrs[name];
    }
  };
  guard('section', section);
  walk(doc, (el) => guard(el.name, el.attribs));
}

/** Emoji images get their source after the sanitiser, which would empty a relative `emojiBase`. */
function emojiSources(doc: ParentNode, base: string): void {
  walk(doc, (el) => {
    const name = el.name === 'img' && /\bemoji\b/.test(el.attribs.class ?? '') ? /^:([\w+-]+):$/.exec(el.attribs.alt ?? '')?.[1] : undefined;
    if (name && EMOJI.has(name)) el.attribs.src = emojiImagePath(base, name);
  });
}

function resolveUrls(doc: ParentNode, section: Record<string, string>, options: RenderOptions): void {
  const resolve = options.resolveUrl;
  if (!resolve) return;
  const map = (attrs: Record<string, string>, name: string, kind: 'image' | 'link' | 'background') => {
    const value = attrs[name];
    if (!value || (kind === 'background' && !BACKGROUND_URL.test(value))) return;
    const mapped = resolve(value, kind);
    if (mapped !== undefined) attrs[name] = mapped;
  };
  const backgrounds = (attrs: Record<string, string>) => {
    map(attrs, 'data-background', 'background');
    map(attrs, 'data-background-image', 'background');
    // reveal.js takes `data-background` as an image only for http(s) URLs or image file names; a data: URI
    // there would be read as a colour, so it moves to `data-background-image`.
    const mapped = attrs['data-background'];
    if (mapped?.startsWith('data:') && attrs['data-background-image'] === undefined) {
      attrs['data-background-image'] = mapped;
      delete attrs['data-background'];
    }
  };
  backgrounds(section);
  walk(doc, (el) => {
    if (el.name === 'img') map(el.attribs, 'src', 'image');
    else if (el.name === 'a') map(el.attribs, 'href', 'link');
    backgrounds(el.attribs);
  });
}

function textOf(node: ParentNode): string {
  const parts: string[] = [];
  const stack: ChildNode[] = [];
  for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  while (stack.length) {
    const child = stack.pop()!;
    if (isText(child)) parts.push(child.data);
    else if (isTag(child)) for (let i = child.children.length - 1; i >= 0; i--) stack.push(child.children[i]);
  }
  return parts.join('');
}
