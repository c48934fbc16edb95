/**
 * Front-matter values that reveal.js splices into CSS text: `parallaxBackgroundImage` becomes
 * `url("<value>")`, so a quote, backslash, bracket or line break in it could close the string and add another url().
 */

/** Characters that end or alter a CSS string or url(): quotes, backslash, brackets, whitespace, controls. */
// eslint-disable-next-line no-control-regex -- control characters are what is being escaped
const CSS_STRING_BREAKERS = /["'\\()\s\u0000-\u001f\u007f]/g;

/**
 * A URL that is safe inside `url("…")`: every character that could leave the string is percent-encoded, which
 * keeps the URL's meaning (browsers decode it again).
 * @example cssUrlValue('a.png"), url("http://evil/x') // 'a.png%22%29,%20url%28%22http://evil/x'
 */
export function cssUrlValue(url: string): string {
  return url.replace(CSS_STRING_BREAKERS, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Lengths, percentages and keywords (`2100px 900px`, `cover`, `50% auto`): no functions, strings or separators. */
const CSS_SIZE = /^\s*[a-z0-9.%+-]+(\s+[a-z0-9.%+-]+)?\s*$/i;

/**
 * A `background-size` value, or undefined when it is anything else.
 * @example cssSizeValue('2100px 900px') // '2100px 900px'; cssSizeValue('1px; background: url(x)') // undefined
 */
export function cssSizeValue(size: string): string | undefined {
  return CSS_SIZE.test(size) ? size.trim() : undefined;
}
