/**
 * HedgeDoc 1.x's HTML sanitiser: js-xss with HedgeDoc's allow-list. The single source of these facts for the
 * renderer and for diagnostics about HTML that HedgeDoc strips or shows as text.
 */
import { commentAttributeName } from '../deck/attributeComments';
import { FilterXSS, escapeAttrValue, getDefaultWhiteList, type IFilterXSSOptions, type IWhiteList } from 'xss';

/** Attributes HedgeDoc allows on every allowed tag, besides any `data-*`. */
export const GLOBAL_ATTRIBUTES: readonly string[] = ['id', 'class', 'style'];

/** Tags HedgeDoc adds to js-xss's default list, with their own attributes. */
const HEDGEDOC_TAGS: Record<string, string[]> = {
  ol: ['start'],
  li: ['value'],
  style: [],
  kbd: [],
  iframe: ['allowfullscreen', 'name', 'referrerpolicy', 'src', 'width', 'height'],
  summary: [],
  ruby: [],
  rp: [],
  rt: [],
  figure: [],
  figcaption: [],
};

/** Tag → attributes HedgeDoc keeps (js-xss defaults plus HedgeDoc's additions). Global attributes are not listed. */
export const WHITELIST: Readonly<Record<string, readonly string[]>> = Object.freeze({
  ...(getDefaultWhiteList() as Record<string, string[]>),
  ...HEDGEDOC_TAGS,
});

/** `href`/`src` HedgeDoc keeps besides js-xss's own list: any `scheme://` except `javascript://`, or a `.`/`/` start. */
const LINK = /^(?!javascript:\/\/)([\w|-]+:\/\/)|^([.|/])+/i;
/** `data:` URIs HedgeDoc keeps in `img[src]`. */
const DATA_URI = /^\s*data:([a-z]+\/[a-z0-9-+.]+(;[a-z-]+=[a-z0-9-]+)?)?(;base64)?,([a-z0-9!$&',()*+;=\-._~:@/?%\s]*)\s*$/i;

/**
 * HedgeDoc escapes text but keeps comments spanning several lines: `<!--` and `-->` survive, every other
 * `<` and `>` becomes an entity.
 */
export function escapeText(html: string): string {
  return html
    .replace(/<(?!!--)/g, '&lt;')
    .split('-->')
    .map((part) => part.replace(/>/g, '&gt;'))
    .join('-->');
}

/** Whether `name` is an attribute HedgeDoc keeps on any allowed tag (the one name grammar of attribute comments). */
export function isGlobalAttribute(name: string): boolean {
  return commentAttributeName(name) === name;
}

/**
 * Whether HedgeDoc keeps a tag (otherwise the tag is shown as literal text).
 * @example isAllowedTag('font') // true; isAllowedTag('script') // false
 */
export function isAllowedTag(tag: string): boolean {
  return Object.prototype.hasOwnProperty.call(WHITELIST, tag.toLowerCase());
}

/**
 * Whether HedgeDoc keeps an attribute on an allowed tag (the value may still be emptied, see `isKeptUrl`).
 * @example isAllowedAttribute('p', 'align') // false; isAllowedAttribute('img', 'data-x') // true
 */
export function isAllowedAttribute(tag: string, name: string): boolean {
  const lower = name.toLowerCase();
  return isAllowedTag(tag) && (isGlobalAttribute(lower) || (WHITELIST[tag.toLowerCase()] ?? []).includes(lower));
}

/**
 * Whether an `href`/`src` value survives. HedgeDoc empties relative URLs without `./` (a quirk).
 * @example isKeptUrl('img/a.png') // false; isKeptUrl('./img/a.png') // true
 */
export function isKeptUrl(url: string, tag = 'a', name = 'href'): boolean {
  if (LINK.test(url)) return true;
  if (tag === 'img' && name === 'src' && DATA_URI.test(url)) return true;
  const v = url.trim();
  return /^(https?:\/\/|mailto:|tel:|data:image\/|ftp:\/\/|\.\/|\.\.\/|#|\/)/.test(v);
}

const OPTIONS: IFilterXSSOptions = {
  allowCommentTag: true,
  whiteList: WHITELIST as IWhiteList,
  escapeHtml: escapeText,
  onIgnoreTag(tag, html) {
    // Comments pass whole: attribute comments are read after rendering.
    return tag === '!--' ? escapeText(html) : undefined;
  },
  onTagAttr(tag, name, value, isWhiteAttr) {
    if (!isWhiteAttr) return undefined;
    if ((name === 'href' || name === 'src') && LINK.test(value)) return `${name}="${escapeAttrValue(value)}"`;
    if (tag === 'img' && name === 'src' && DATA_URI.test(value)) return `${name}="${escapeAttrValue(value)}"`;
    return undefined;
  },
  onIgnoreTagAttr(_tag, name, value) {
    return isGlobalAttribute(name) ? `${name}="${escapeAttrValue(value)}"` : undefined;
  },
};

const filter = new FilterXSS(OPTIONS);

/**
 * HedgeDoc's `preventXSS`: disallowed tags become text, disallowed attributes vanish, unsafe URLs are emptied.
 * @example sanitize('<p onclick="x()">hi</p><script>x()</script>') // '<p>hi</p>&lt;script&gt;x()&lt;/script&gt;'
 */
export function sanitize(html: string): string {
  return filter.process(html);
}
