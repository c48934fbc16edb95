// The headings a slide's analysis finds must be the ones HedgeDoc's markdown-it renders: the outline, the
// preview's title and several rules read them. markdown-it itself (HedgeDoc's options and plugins), through the
// HTML it writes, is the oracle: every case and every random slide must agree exactly.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseDeck } from '../../../server/src/core';
import { analyseSlide } from '../../../server/src/core/deck/slideInfo';
import { ourHeadings, renderedHeadings, slideMarkdown } from '../../fuzz/renderedHeadings';

const ours = (text: string) => ourHeadings(text, analyseSlide(text).headings);
const rendered = (text: string) => renderedHeadings(slideMarkdown(text));

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
  ['setext under a list item', '- item\n  Under\n  ---'],
  ['setext in a quote', '> Quoted\n> ==='],
  ['lazy line after a quote, then an underline', '> a\nb\n---'],
  ['a fence inside a list', '- x\n  ```\n  # no\n  ```\n- # yes'],
  ['a heading in a blockquote in a list', '- > # deep quote'],
  ['tabs before a marker', '\t# code\n \t# code too\n-\t# item heading'],
  ['closing runs', '# a #\n## b ##  \n### c # d\n#### #\n##### \\#'],
  ['ATX headings need a blank after the run', '#5 bolt\n#hashtag\n# ok'],
  ['markup in a heading', '# **b** _i_ `c` [l](https://e.org) <font color="x">f</font> &amp; &lt;'],
  ['a line break tag', '## Call</br> 2026-11-26<br>x'],
  ['emoji and images', '# :tada: x:rocket:y ![alt *t*](./a.png =10x)'],
  ['typographer', '# "quoted" -- dashed... (c)'],
  ['a heading in the speaker notes is not on the slide', '# Slide\n\nnote:\n# Notes'],
  ['two note lines: no notes, both headings on the slide', '# Slide\nnote: a\n# Second\nnote: b'],
  ['an unclosed fence swallows the rest', '```\n# not\n\n# still not'],
  ['a definition list term underlined', 'Term\n: def\n==='],
  ['an abbreviation in a heading', '*[HTML]: Hyper Text\n\n# HTML rocks'],
  ['a footnote in a heading', '# Title[^1]\n\n[^1]: note'],
  ['NUL characters', '# a\u0000b\n\u0000\n==='],
  ['an empty heading', '#\n\n##   ##'],
];

describe('headings as markdown-it renders them', () => {
  for (const [name, text] of CASES) {
    it(name, () => assert.deepEqual(ours(text), rendered(text), JSON.stringify(text)));
  }

  it('every slide of the invented fixture deck of tricky cases', () => {
    const deck = parseDeck(readFileSync(join(__dirname, '../../fixtures/headings/tricky.md'), 'utf8'));
    for (const s of deck.slides) assert.deepEqual(ours(s.content), rendered(s.content), `slide ${s.label}: ${JSON.stringify(s.content)}`);
    assert.deepEqual(deck.slides.map((s) => s.info.title ?? null), [
      'Plain ATX heading', null, null, 'quoted Setext in a quote', null, 'Heading after the HTML block', 'Heading after a comment',
      'Heading in the item', 'Heading in an alert box', 'tab after a list marker', 'one Setext in an ordered item',
      'Bold em code link font', 'Text inline tag keeps the paragraph', 'After a table', 'Term : definition', 'Title', '## a run inside',
    ]);
  });

  it('reads titles as the audience does: markup dropped, entities decoded, typographer applied', () => {
    assert.equal(analyseSlide('## Call</br> 2026 &amp; <font color="x">more</font>').title, 'Call 2026 & more');
    assert.equal(analyseSlide('# "Quoted" -- x').title, '“Quoted” – x');
    assert.equal(analyseSlide('# x:tada:y').title, 'x:tada:y');
  });

  it('agree on every one of 3,000 random slides', () => {
    const atoms = ['', '', '', ' ', '  ', '    ', '\t', '-', '---', '===', '***', '- - -', '* x', '- y', '+ z', '1. one', '2) two',
      '> q', '>', '> # qh', '# H', '## Two ##', '   ### three', '    # code', 'Word', 'more words', '  lazy', '    indented', '```', '~~~',
      '<div>', '</div>', '<b>bold</b> text', '<img src="x">', '<!-- c -->', '<!--', '-->', '| a | b |', '|---|---|', '::: info', ':::',
      '      * deep', '      # deep', '-\t# tab', '\t- tab item', 'Term', ': def', 'note: n', '# **b** `c` &amp;', '# x:tada:y :nope:'];
    let seed = 20261122;
    const next = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return seed % n;
    };
    const differ: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: 1 + next(8) }, () => atoms[next(atoms.length)]).join('\n');
      if (JSON.stringify(ours(text)) !== JSON.stringify(rendered(text))) differ.push(JSON.stringify(text));
    }
    assert.deepEqual(differ.slice(0, 10), []);
  });
});
