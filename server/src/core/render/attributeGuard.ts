/**
 * The last check before HTML is written out: an attribute reaches the page only under a plain name that the
 * sanitiser allows on that tag (or that our post-processing adds). Everything upstream should already ensure
 * this; the check keeps a future mistake there (a name such as `data-x/onerror`, which the browser reads as an
 * `onerror` handler) from becoming script.
 */
import { commentAttributeName } from '../deck/attributeComments';
import { WHITELIST } from './sanitizer';

/** A name the browser reads as exactly one attribute: no `/`, quotes, `=`, `<`, `>` or whitespace. */
const PLAIN_NAME = /^[a-z][a-z0-9_.:-]*$/;
/** Attributes `postProcess` adds to links besides the sanitiser's list. */
const ADDED: Readonly<Record<string, readonly string[]>> = { a: ['rel'] };

/**
 * @example isSerializableAttribute('a', 'href') // true; isSerializableAttribute('p', 'data-x/onerror') // false
 */
export function isSerializableAttribute(tag: string, name: string): boolean {
  if (!PLAIN_NAME.test(name) || name.startsWith('on')) return false;
  if (commentAttributeName(name) === name) return true;
  return (Object.prototype.hasOwnProperty.call(WHITELIST, tag) && WHITELIST[tag].includes(name)) || (ADDED[tag]?.includes(name) ?? false);
}

/**
 * The `<section>` attributes an attribute comment may set, as they are written into a page.
 * @example sectionAttributes({ 'data-x/onerror': 'x', class: 'a' }) // [['class', 'a']]
 */
export function sectionAttributes(attributes: Record<string, string>): [string, string][] {
  return Object.entries(attributes).filter(([name]) => commentAttributeName(name) === name);
}
