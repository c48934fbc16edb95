// The headings a slide's analysis finds must be the ones HedgeDoc's markdown-it renders: the outline, the
// preview's title and several rules read them. markdown-it itself (HedgeDoc's options and plugins) is the oracle.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseSlide, headingText } from '../../../server/src/core/deck/slideInfo';
import { markdown } from '../../../server/src/core/render/markdown';

const md = markdown();
const ours = (text: string) => analyseSlide(text).headings.map((h) => `h${h.level} ${h.text}`);
function rendered(text: string): string[] {
  const tokens = md.parse(text, {});
  const out: string[] = [];
  tokens.forEach((t, i) => {
    if (t.type === 'heading_open') out.push(`${t.tag} ${headingText(tokens[i + 1].content.replace(/\n/g, ' '))}`);
  });
  return out;
}

const CASES: [string, string][] = [
  ['an underlined line', 'Plain words\n==='],
  ['an underlined paragraph of several lines', 'The first line\n    and an indented one\n---'],
  ['a number that starts a sentence', '2024 was good\n==='],
  ['a nested bullet, then a rule without a blank line', '* point\n    * detail\n---'],
  ['a list item continued, then a rule', '* point\n  detail\n---'],
  ['a bullet under three spaces', '  * bullet\n==='],
  ['indented code (a tab)', '\t* tab-led bullet\n==='],
  ['indented code (four spaces)', '    indented words\n==='],
  ['an ordered item of nine digits', '123456789. long ordered item\n==='],
  ['an ordered item other than 1 does not interrupt a paragraph', 'Text\n2. two\n---'],
  ['an ordered item 1 does', 'Text\n1. one\n---'],
  ['a commented-out section', '<!--\n---\n\n# Hidden\n\nnot this week\n-->\n\n# Shown'],
  ['CSS in a style block', '<style>\nh1 { font-size: 26px; }\n---\n</style>\n\n# Title'],
  ['a block tag interrupts a paragraph', 'Text\n<div>\n---'],
  ['an inline tag does not', 'Text\n<b>bold</b>\n---'],
  ['a table with a matching delimiter row', '| a |\n---\n\n# After'],
  ['pipes without a delimiter row are a paragraph', '| a | b |\n---'],
  ['a quote continued lazily', '> quote\nlazy\n==='],
  ['a quote, then a rule', '> quote\n---'],
  ['an empty quote line does not take a lazy line', '>\nText\n---'],
  ['a heading inside a list item', '* item\n\n  # In item\n\n1. one\n   ### Three'],
  ['a heading in a nested item', '* a\n  * b\n      # Deep\n'],
  ['code four columns past an item is no paragraph', '- y\n      code\nTitle\n==='],
  ['a rule, then a paragraph', '- - -\nText\n---'],
  ['an alert box', '::: info\nText\n===\n:::'],
  ['a heading in a fence', '```\n# not this\n```\n# This'],
];

describe('headings as markdown-it renders them', () => {
  for (const [name, text] of CASES) {
    it(name, () => assert.deepEqual(ours(text), rendered(text), JSON.stringify(text)));
  }

  it('agree on at least 99% of 3,000 random slides (the rest: lists in quotes, fences in HTML blocks)', () => {
    const atoms = ['', '', '', ' ', '  ', '    ', '\t', '-', '---', '===', '***', '- - -', '* x', '- y', '+ z', '1. one', '2) two',
      '> q', '>', '# H', '## Two', '   ### three', '    # code', 'Word', 'more words', '  lazy', '    indented', '```', '<div>',
      '</div>', '<b>bold</b> text', '<img src="x">', '<!-- c -->', '| a | b |', '|---|---|', '::: info', ':::', '      * deep', '      # deep'];
    let seed = 20261122;
    const next = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return seed % n;
    };
    const differ: string[] = [];
    const runs = 3000;
    for (let i = 0; i < runs; i++) {
      const lines = Array.from({ length: 1 + next(8) }, () => atoms[next(atoms.length)]);
      const text = lines.join('\n');
      if (JSON.stringify(ours(text)) !== JSON.stringify(rendered(text))) differ.push(JSON.stringify(text));
    }
    assert.ok(differ.length <= runs / 100, `${differ.length} differ:\n${differ.slice(0, 10).join('\n')}`);
  });
});
