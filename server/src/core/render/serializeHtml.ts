/**
 * Turns a slide's DOM back into HTML. It writes what dom-serializer writes with `encodeEntities: 'utf8'`, but
 * walks the tree with a loop (a deck may nest thousands of elements, and a recursive walk overflows the stack)
 * and checks every attribute name once more on the way out.
 */
import { isCDATA, isComment, isDirective, isTag, isText, type AnyNode, type Element } from 'domhandler';
import { isSerializableAttribute } from './attributeGuard';

/** Elements whose text the HTML parser does not decode, so it is written as it is. */
const RAW_TEXT = new Set(['style', 'script', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'noscript']);
/** Elements without an end tag. */
const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\u00a0': '&nbsp;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = { '"': '&quot;', '&': '&amp;', '\u00a0': '&nbsp;' };

/**
 * @example serializeHtml(parseDocument('<p class="a">x &amp; y</p>').children) // '<p class="a">x &amp; y</p>'
 */
export function serializeHtml(nodes: readonly AnyNode[]): string {
  const out: string[] = [];
  // Pending work, last first: a node to write, or the end tag of an element whose children were written.
  const stack: (AnyNode | string)[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push(nodes[i]);
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item === 'string') out.push(item);
    else if (isTag(item)) {
      out.push(startTag(item));
      if (!VOID.has(item.name)) stack.push(`</${item.name}>`);
      for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i]);
    } else if (isText(item)) {
      const parent = item.parent as Element | null;
      out.push(parent && isTag(parent) && RAW_TEXT.has(parent.name) ? item.data : item.data.replace(/[&<>\u00a0]/g, (c) => TEXT_ESCAPES[c]));
    } else if (isComment(item)) out.push(`<!--${item.data}-->`);
    else if (isDirective(item)) out.push(`<${item.data}>`);
    else if (isCDATA(item)) out.push(`<![CDATA[${item.children.map((c) => (isText(c) ? c.data : '')).join('')}]]>`);
    else if ('children' in item) for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i]);
  }
  return out.join('');
}

function startTag(el: Element): string {
  let tag = `<${el.name}`;
  for (const [name, value] of Object.entries(el.attribs)) {
    if (!isSerializableAttribute(el.name, name)) continue;
    tag += value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`;
  }
  return `${tag}>`;
}

/** dom-serializer's `escapeAttribute`: `"`, `&` and no-break spaces. */
export function escapeAttribute(value: string): string {
  return value.replace(/["&\u00a0]/g, (c) => ATTRIBUTE_ESCAPES[c]);
}
