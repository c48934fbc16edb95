import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hoverAt } from '../../../server/src/core/features/hover';
import { atCursor } from './cursor';

function hover(marked: string): { value: string; range?: unknown } | undefined {
  const { deck, offset } = atCursor(marked);
  const h = hoverAt(deck, offset);
  return h && { value: (h.contents as { value: string }).value, range: h.range };
}

const DECK = '---\ntitle: Call\ntype: slide\nslideOptions:\n  theme: white\n  transition: slide\n---\n\n# Call\n\n---\n\n# Team IaaS\n\n----\n\n## Team IaaS - Storage\n';

describe('hover', () => {
  it('explains front-matter keys: description, type, default, slide-mode effect', () => {
    const h = hover('---\nti|tle: Call\ntype: slide\n---\n')!;
    assert.match(h.value, /^\*\*title\*\*: Page title/);
    assert.match(h.value, /\| in slide mode \| page head only, not the slides \|/);
    assert.deepEqual(h.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } });
    assert.match(hover('---\nbreaks|: true\n---\n')!.value, /no effect in slide mode/);
    assert.match(hover('---\nfoo|: 1\n---\n')!.value, /HedgeDoc does not read this front-matter key/);
  });
  it('explains slideOptions keys and values, and what HedgeDoc ignores', () => {
    const theme = hover('---\nslideOptions:\n  the|me: white\n---\n')!;
    assert.match(theme.value, /\*\*slideOptions\.theme\*\*: reveal\.js theme/);
    assert.match(theme.value, /default \| `"black"` \(set by HedgeDoc\)/);
    assert.match(theme.value, /honours it/);
    assert.match(hover('---\nslideOptions:\n  theme: whi|tey\n---\n')!.value, /`whitey` is not one of HedgeDoc's themes .*: it shows `black`/);
    assert.match(hover('---\nslideOptions:\n  autoAnim|ate: true\n---\n')!.value, /not on HedgeDoc's allow-list\. HedgeDoc ignores it silently/);
  });
  it('explains emoji: glyph, or that HedgeDoc shows it as text', () => {
    assert.equal(hover('# A\n\nDone :ta|da:\n')!.value, '🎉 HedgeDoc shows `:tada:` as its emojify.js image.');
    assert.match(hover('Fun :rof|l:')!.value, /^HedgeDoc shows `:rofl:` as text/);
    assert.equal(hover('at 10:30:|00'), undefined);
    assert.equal(hover('Ship :ship|it:')!.value, 'HedgeDoc shows `:shipit:` as its emojify.js image (no Unicode glyph).');
  });
  it('explains attribute names in .slide and .element comments', () => {
    assert.match(hover('# A\n<!-- .slide: data-background-col|or="#fff" -->\n')!.value, /^\*\*data-background-color\*\*: Background colour/);
    assert.match(hover('# A\n<!-- .slide: oncl|ick="x" -->\n')!.value, /HedgeDoc drops it/);
    assert.match(hover('* a\n<!-- .element: cla|ss="fragment grow" -->\n')!.value, /A fragment: appears on the next step \(grow\)/);
  });
  it('names the slide a separator opens, vertical or horizontal', () => {
    const v = hover(DECK.replace('----', '--|--'))!;
    assert.match(v.value, /^\*\*Slide 2\.2: Team IaaS - Storage\*\*/);
    assert.match(v.value, /Vertical separator \(`----`\): slide 2\.2 sits below 2\.1 in column 2 \(2 slides\)\. reveal\.js address `#\/1\/1`/);
    const h = hover(DECK.replace('\n---\n\n# Team', '\n-|--\n\n# Team'))!;
    assert.match(h.value, /^\*\*Slide 2\.1: Team IaaS\*\*\n\nHorizontal separator/);
  });
  it('explains why a dash line is not a separator', () => {
    assert.match(hover('# A\n* item\n--|--\n\n# B\n')!.value, /^\*\*Not a slide separator\*\*: the line above is not empty\. HedgeDoc splits only at a line of exactly `----`/);
    assert.match(hover('# A\n\n--|- \n\n# B\n')!.value, /spaces follow the dashes/);
  });
  it('says nothing on plain text', () => {
    assert.equal(hover('# A\n\nplain te|xt\n'), undefined);
  });
});
