import fc from 'fast-check';

/** Front matter as authors really get it wrong (and right). */
const frontMatter = fc.constantFrom(
  '',
  '---\ntitle: SCS Community Call\ntype: slide\ntags: presentation\nslideOptions:\n  theme: white\n  transition: \'slide\'\n---\n',
  '\n---\ntitle: x\ntype: slide\n---\n',
  '\uFEFF---\ntype: slide\n---\n',
  ' ---\ntype: slide\n---\n',
  '---\ntitle: [broken\ntype: slide\n---\n',
  '---\ntype: slide\nslideOptions:\n  theme: wite\n  parallaxBackgroundImage: \'![](https://e.org/a.png)\'\n',
  '---\n# not yaml\n\n---\n',
  '---\na: &a [1,2]\nb: &b [*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b]\nd: [*c,*c,*c,*c]\n---\n',
  `---\nx: ${'['.repeat(300)}${']'.repeat(300)}\n---\n`,
  '---\ntitle: x\n...\n',
  '---\ntitle: x\n----\n',
);

const separator = fc.constantFrom('\n\n---\n\n', '\n\n----\n\n', '\n---\n', '\n----\n', '\n\n--- \n\n', '\n\n-----\n\n', '\n\n***\n\n', '\n\n---\n\n\n\n', '\n\n---', '\n\n---\n');

const line = fc.oneof(
  { weight: 10000, arbitrary: fc.constantFrom(
    '# Team IaaS', '## Team IaaS - Topic', 'Report by @someone', 'Rebort by @someone', 'Report by <a href="https://github.com/x">@x</a>',
    '* item', '    * nested item', '\t* tab item', '1. First aspect', 'Note: speaker note', 'note: second note', '',
    '```js', '```', '~~~', '    code', '<!-- a comment', '-->', '<!-- .slide: data-background="#fff" -->',
    "<!-- .slide: data-background='x' onclick=\"a\" -->", '<!-- .element: class="fragment" -->', '<!-- scs-deck-disable-next-line -->',
    '<style>', '.slides h1 { color: "#50c3a5"; }', '</style>', '<script>window.__pwned=1</script>', '<img src=x onerror="window.__pwned=1">',
    '<font color="#50c3a5">Sovereign</font>', 'a<b c d', 'x < y > z', '![](img/a.png)', '![](./a.png =640x)', '![](https://input.scs.community/uploads/a.png =x200)',
    ':tada: :rofl: :confetti_ball: 12:30:00', 'One platform â€“ standardized ðŸŽ‰', 'Br√ºhl ‚Äì', 'Brühl – 🎉 👩‍💻 🇩🇪',
    '{%youtube abc %}', ':::info', ':::', '[x](page.md)', '<a href="javascript:alert(1)">x</a>', '| a | b |', '|---|---|',
    'Community Call</br> 202X-XX-XX', '&lt;script&gt;', '==mark== ++ins++ ~sub~ ^sup^', '*[HTML]: Hyper', 'Term\n: definition', '[^1]\n\n[^1]: note',
    // Where headings hide or only seem to: setext underlines, containers, lazy lines, tabs, alert boxes.
    '===', '---', 'Underlined\n===', '> # Quoted heading', '> quote', '- # Item heading', '  ---', '\t# tab code', '-\t# tab item',
    ':::warning', '<div>', '</div>', '## Closing ##', '# **Bold** `code` x:tada:y :tade:', '  continued lazily', '1. one\n   Under\n   ---',
    // Links in code, and code spans that change which text is a link.
    '    [x](in-code.md)', '>     ![](quoted-code.png)', '[a](`x` y) `[b](c.md)` <!-- [d](e.md) -->', '[w](https://e.org/`x` y)', '`[a](https://e.org) [b](c.md)`',
  ) },
  // Huge lines (about one deck in a hundred has one): everything must stay linear in them. (Not thousands of words
  // after an unclosed `a<b`: js-xss reads them as attributes in quadratic time.)
  { weight: 1, arbitrary: fc.constantFrom('# ' + 'word '.repeat(400) + 'x'.repeat(20000), 'x'.repeat(50000), '`a` '.repeat(5000), ':tada:x'.repeat(5000), '> '.repeat(200) + '# deep',
    '<!-- '.repeat(5000), '| a '.repeat(1000) + '|\n' + '|---'.repeat(1000) + '|', '    '.repeat(5000) + 'x', 'Setext ' + 'x'.repeat(50000) + '\n===') },
  { weight: 2000, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1000, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);

const slide = fc.array(line, { maxLength: 12 }).map((ls) => ls.join('\n'));

const lineEnding = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r', 'mixed');

/** A deck built from the pieces real decks are made of, with any line endings. */
export const deckText = fc.tuple(frontMatter, fc.array(fc.tuple(slide, separator), { maxLength: 25 }), slide, lineEnding).map(
  ([fm, parts, last, eol]) => withLineEndings(fm + parts.map(([s, sep]) => s + sep).join('') + last, eol),
);

function withLineEndings(text: string, eol: string): string {
  if (eol === '\n') return text;
  if (eol !== 'mixed') return text.replace(/\n/g, eol);
  let i = 0;
  return text.replace(/\n/g, () => ['\n', '\r\n', '\r'][i++ % 3]);
}

/** Mutations of a real-size deck: deletions, insertions of deck pieces, duplicated and swapped ranges. */
export function mutatedDeck(base: string): fc.Arbitrary<string> {
  const mutation = fc.tuple(fc.nat({ max: base.length }), fc.nat({ max: 200 }), fc.constantFrom('delete', 'insert', 'duplicate', 'crlf'), line);
  return fc.array(mutation, { minLength: 1, maxLength: 8 }).map((ms) => {
    let text = base;
    for (const [at, len, kind, piece] of ms) {
      const a = Math.min(at, text.length);
      const b = Math.min(a + len, text.length);
      if (kind === 'delete') text = text.slice(0, a) + text.slice(b);
      else if (kind === 'insert') text = text.slice(0, a) + piece + '\n' + text.slice(a);
      else if (kind === 'duplicate') text = text.slice(0, b) + text.slice(a, b) + text.slice(b);
      else text = text.slice(0, a) + text.slice(a, b).replace(/\n/g, '\r\n') + text.slice(b);
    }
    return text;
  });
}
