/** `![alt](url =640x)`, `[text](url)`, `<img src="url">`, `<url>`: what authors paste where a URL belongs. */
const MARKDOWN_LINK = /^\s*!?\[[^\]]*\]\(\s*<?([^\s)>]+)>?(?:\s+(?:=\S*|"[^"]*"|'[^']*'))*\s*\)\s*$/;
const HTML_SRC = /^\s*<(?:img|a|iframe|video)\b[^>]*?\b(?:src|href)\s*=\s*["']?([^"'\s>]+)["']?[^>]*>(?:.*<\/\w+>)?\s*$/is;
const AUTOLINK = /^\s*<(https?:\/\/[^>\s]+)>\s*$/;

/**
 * The bare URL inside Markdown or HTML markup, or undefined when `value` is not such markup.
 * @example urlInMarkup('![](https://e.org/bg.png =1920x)') // 'https://e.org/bg.png'
 */
export function urlInMarkup(value: string): string | undefined {
  return (MARKDOWN_LINK.exec(value) ?? HTML_SRC.exec(value) ?? AUTOLINK.exec(value))?.[1];
}
