import type MarkdownIt from 'markdown-it';

type Token = MarkdownIt.Token;

/**
 * A heading's text as the audience reads it, from the inline tokens markdown-it renders it from: tags, images,
 * emphasis and link targets give no text, line breaks and `<br>` give a space, emoji keep their `:name:`, math its TeX.
 * @example inlineText(md.parseInline('**Team** <font>IaaS</font>', {})[0].children!, md, {}) // 'Team IaaS'
 */
export function inlineText(children: readonly Token[], md: MarkdownIt, env: object): string {
  let out = '';
  for (let i = 0; i < children.length; i++) {
    const t = children[i];
    switch (t.type) {
      // A formula reads as its TeX (MathJax draws it only in the browser).
      case 'text':
      case 'code_inline':
      case 'inline_math':
      case 'display_math':
      case 'math':
        out += t.content;
        break;
      case 'softbreak':
      case 'hardbreak':
        out += ' ';
        break;
      case 'html_inline':
        if (/^<\/?br\b/i.test(t.content)) out += ' ';
        break;
      case 'hedgedoc_emoji':
        out += `:${t.content}:`;
        break;
      case 'hedgedoc_embed':
        out += `${t.meta as string}: ${t.content}`;
        break;
      case 'footnote_ref':
        // The number markdown-it-footnote writes in its place.
        out += md.renderer.rules.footnote_caption?.(children as Token[], i, md.options, env, md.renderer) ?? '';
        break;
      default:
      // Emphasis, links, abbreviations and the like: markup around text, no text of their own; images are pictures.
    }
  }
  return out.replace(/\s+/g, ' ').trim();
}
