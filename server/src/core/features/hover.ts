import { isMap, isScalar, type Pair, type YAMLMap } from 'yaml';
import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import { EMOJI } from '../data/emoji';
import { frontMatterKey } from '../data/frontMatter';
import { revealAttribute, COMMENT_ATTRIBUTES, isFragmentStyle } from '../data/revealAttributes';
import { slideOption, THEMES } from '../data/slideOptions';
import { commentAttributeName } from '../deck/attributeComments';
import type { Deck, FrontMatter, NearMiss, Slide } from '../deck/model';
import { attributeDoc } from './completion/attributes';
import { keyDoc, optionDoc } from './completion/frontMatter';

const SHORTCODE = /:([a-z0-9_+-]+):/gi;

/**
 * Hover at a deck-text offset: front-matter keys and values, emoji, attribute names, separators.
 * @example hoverAt(parseDeck('# A\n\n---\n\n# B'), 6)?.contents // 'Slide 2: B' …
 */
export function hoverAt(deck: Deck, offset: number): Hover | undefined {
  const fm = deck.frontMatter;
  if (fm && offset >= fm.start && offset < fm.end) return frontMatterHover(deck, fm, offset);
  const slide = deck.slideAt(offset);
  return separatorHover(deck, slide, offset) ?? nearMissHover(deck, offset) ?? attributeHover(deck, slide, offset) ?? emojiHover(deck, offset);
}

const NEAR_MISS_WHY: Record<NearMiss['reason'], string> = {
  'no-blank-before': 'the line above is not empty',
  'no-blank-after': 'the line below is not empty',
  'trailing-space': 'spaces follow the dashes',
  'end-of-file': 'no line break follows it at the end of the file',
  'in-code-fence': 'it is inside a code block',
};

function nearMissHover(deck: Deck, offset: number): Hover | undefined {
  const miss = deck.nearMisses.find((m) => offset >= m.start && offset <= m.end);
  if (!miss || miss.splits) return undefined;
  const dashes = miss.kind === 'vertical' ? '----' : '---';
  return markdown(deck, `**Not a slide separator**: ${NEAR_MISS_WHY[miss.reason]}. HedgeDoc splits only at a line of exactly \`${dashes}\` with an empty line before and after it.`, miss.start, miss.end);
}

function markdown(deck: Deck, value: string, start: number, end: number): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range: deck.range(start, end) };
}

function frontMatterHover(deck: Deck, fm: FrontMatter, offset: number): Hover | undefined {
  const at = offset - fm.yamlOffset;
  const root = fm.document.contents;
  if (!isMap(root)) return undefined;
  for (const pair of (root as YAMLMap).items) {
    const hit = pairHover(deck, fm, pair, at, false);
    if (hit) return hit;
    if (isScalar(pair.key) && pair.key.value === 'slideOptions' && isMap(pair.value)) {
      for (const option of (pair.value as YAMLMap).items) {
        const inner = pairHover(deck, fm, option, at, true);
        if (inner) return inner;
      }
    }
  }
  return undefined;
}

function pairHover(deck: Deck, fm: FrontMatter, pair: Pair, at: number, inOptions: boolean): Hover | undefined {
  if (!isScalar(pair.key) || !pair.key.range) return undefined;
  const name = String(pair.key.value);
  const [ks, ke] = pair.key.range;
  const value = isScalar(pair.value) && pair.value.range ? pair.value : undefined;
  const onKey = at >= ks && at <= ke;
  const onValue = !!value && at >= value.range![0] && at <= value.range![1];
  if (!onKey && !onValue) return undefined;
  const [s, e] = onKey ? [ks, ke] : [value!.range![0], value!.range![1]];
  const text = inOptions ? optionText(name, onValue ? value!.value : undefined) : keyText(name);
  return markdown(deck, text, fm.yamlOffset + s, fm.yamlOffset + e);
}

function keyText(name: string): string {
  const key = frontMatterKey(name);
  if (!key) return `**${name}**: HedgeDoc does not read this front-matter key; it has no effect.`;
  return `**${name}**: ${keyDoc(key)}`;
}

function optionText(name: string, value: unknown): string {
  const option = slideOption(name);
  if (!option) return `**slideOptions.${name}**: not on HedgeDoc's allow-list. HedgeDoc ignores it silently.`;
  let note = '';
  if (value !== undefined && option.values && option.type === 'enum' && typeof value === 'string' && !option.values.includes(value)) {
    note = name === 'theme' ? `\n\n\`${value}\` is not one of HedgeDoc's themes (${THEMES.join(', ')}): it shows \`black\`.` : `\n\n\`${value}\` is not a value reveal.js 3.9.2 knows.`;
  }
  return `**slideOptions.${name}**: ${optionDoc(option)}${note}`;
}

function separatorHover(deck: Deck, slide: Slide, offset: number): Hover | undefined {
  const sep = slide.separator;
  if (!sep || offset < sep.start || offset > sep.end) return undefined;
  const title = slide.info.title ?? '(untitled)';
  const column = deck.columns[slide.h];
  const how = sep.kind === 'vertical'
    ? `Vertical separator (\`----\`): slide ${slide.label} sits below ${column[0].label} in column ${slide.h + 1} (${column.length} slides).`
    : `Horizontal separator (\`---\`): starts column ${slide.h + 1}${column.length > 1 ? ` (${column.length} slides)` : ''}.`;
  const fence = sep.inFence ? '\n\nHedgeDoc splits here even though this line is inside a code block.' : '';
  return markdown(deck, `**Slide ${slide.label}: ${title}**\n\n${how} reveal.js address \`#/${slide.h}${slide.v ? `/${slide.v}` : ''}\`.${fence}`, sep.start, sep.end);
}

function attributeHover(deck: Deck, slide: Slide, offset: number): Hover | undefined {
  const rel = offset - slide.contentStart;
  for (const comment of [...slide.info.slideComments, ...slide.info.elementComments]) {
    if (rel < comment.start || rel > comment.end) continue;
    for (const pair of comment.attributes) {
      if (rel < pair.start || rel > pair.start + pair.name.length) continue;
      const known = revealAttribute(pair.name);
      const name = pair.name.toLowerCase();
      let text: string;
      if (known) text = attributeDoc(known);
      else if (COMMENT_ATTRIBUTES.includes(name)) text = name === 'class' ? classText(pair.value) : `**${name}**: set on the ${comment.kind === 'slide' ? 'slide\'s `<section>`' : 'element'} by HedgeDoc.`;
      else if (commentAttributeName(pair.name)) text = `**${pair.name}**: HedgeDoc sets it, but reveal.js 3.9.2 does not use it.`;
      else text = `**${pair.name}**: HedgeDoc drops it. Attribute comments set only \`data-*\`, \`id\`, \`class\` and \`style\`.`;
      return markdown(deck, text, slide.contentStart + pair.start, slide.contentStart + pair.start + pair.name.length);
    }
  }
  return undefined;
}

function classText(value: string): string {
  const words = value.split(/\s+/);
  const style = words.find((w) => isFragmentStyle(w));
  const fragment = words.includes('fragment') ? `\n\nA fragment: appears on the next step${style ? ` (${style})` : ''}.` : '';
  return `**class**: replaces the element's classes.${fragment}`;
}

function emojiHover(deck: Deck, offset: number): Hover | undefined {
  const text = deck.text;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  const line = text.slice(lineStart, nl === -1 ? text.length : nl);
  SHORTCODE.lastIndex = 0;
  for (let m = SHORTCODE.exec(line); m; m = SHORTCODE.exec(line)) {
    const start = lineStart + m.index;
    const end = start + m[0].length;
    if (offset < start || offset > end) {
      // `:a:b:` shares colons: step back so the next name can start at this one's closing colon.
      SHORTCODE.lastIndex = m.index + m[0].length - 1;
      continue;
    }
    const glyph = EMOJI.get(m[1].toLowerCase());
    // `10:30:00` is a time, not an unknown emoji.
    if (glyph === undefined && /^\d+$/.test(m[1])) return undefined;
    // No colon right after the code span: rendered, "`:tada:`:" reads as ":tada::".
    const value = glyph === undefined
      ? `HedgeDoc shows \`${m[0]}\` as text: it is not one of the emojify.js names HedgeDoc renders.`
      : `${glyph ? `${glyph} ` : ''}HedgeDoc shows \`${m[0]}\` as its emojify.js image${glyph ? '' : ' (no Unicode glyph)'}.`;
    return markdown(deck, value, start, end);
  }
  return undefined;
}
