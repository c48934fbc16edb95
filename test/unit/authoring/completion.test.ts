import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { completeAt, type CompletionEnvironment } from '../../../server/src/core/features/completion';
import { SLIDE_OPTION_NAMES } from '../../../server/src/core/data/slideOptions';
import { EMOJI } from '../../../server/src/core/data/emoji';
import { parseDeck } from '../../../server/src/core';
import { atCursor } from './cursor';

const FM = '---\ntitle: SCS Community Call\ntype: slide\nslideOptions:\n  theme: white\n---\n';

function complete(marked: string, env?: CompletionEnvironment): CompletionItem[] {
  const { deck, offset } = atCursor(marked);
  return completeAt(deck, offset, env);
}
const labels = (items: CompletionItem[]) => items.map((i) => i.label);
const edit = (item: CompletionItem | undefined) => (item?.textEdit as TextEdit | undefined);

describe('completion: front matter', () => {
  it('offers the top-level keys HedgeDoc reads, minus the ones present, as snippets', () => {
    const items = complete('---\ntitle: x\n|\n---\n');
    assert.ok(!labels(items).includes('title'));
    assert.deepEqual(labels(items).slice(0, 3), ['description', 'robots', 'lang']);
    const so = items.find((i) => i.label === 'slideOptions')!;
    assert.equal(edit(so)!.newText, 'slideOptions:\n  $0');
    assert.equal(edit(items.find((i) => i.label === 'dir'))!.newText, 'dir: ${1|ltr,rtl|}');
  });
  it('offers exactly the slideOptions allow-list under slideOptions, with type and default', () => {
    const items = complete('---\ntype: slide\nslideOptions:\n  theme: white\n  tr|\n---\n');
    assert.equal(items.length, SLIDE_OPTION_NAMES.length - 1, 'all but the present theme');
    assert.ok(!labels(items).includes('theme'));
    assert.ok(!labels(items).includes('autoAnimate'), 'reveal 4 keys HedgeDoc drops are not offered');
    const t = items.find((i) => i.label === 'transition')!;
    assert.equal(edit(t)!.newText, 'transition: ${1|none,fade,slide,convex,concave,zoom|}');
    assert.deepEqual(edit(t)!.range, { start: { line: 4, character: 2 }, end: { line: 4, character: 4 } });
    assert.match((t.documentation as { value: string }).value, /default \| `"none"` \(set by HedgeDoc\)/);
    assert.equal(t.labelDetails?.description, 'enum, default "none"');
  });
  it('replaces only the name of a key that already has a value', () => {
    const items = complete('---\nslideOptions:\n  the|me: white\n---\n');
    assert.equal(edit(items.find((i) => i.label === 'theme'))!.newText, 'theme');
  });
  it('offers values: themes, transitions, booleans, keeping the quote style', () => {
    assert.deepEqual(labels(complete('---\nslideOptions:\n  theme: |\n---\n')), ['beige', 'black', 'blood', 'league', 'moon', 'night', 'serif', 'simple', 'sky', 'solarized', 'white']);
    const quoted = complete("---\nslideOptions:\n  transition: 'sl|'\n---\n");
    assert.equal(edit(quoted.find((i) => i.label === 'slide'))!.newText, "slide'");
    assert.deepEqual(labels(complete('---\nslideOptions:\n  controls: |\n---\n')), ['true', 'false']);
    assert.deepEqual(labels(complete('---\ntype: |\n---\n')), ['slide']);
  });
  it('offers nothing for keys HedgeDoc ignores', () => {
    assert.deepEqual(complete('---\nslideOptions:\n  autoAnimate: |\n---\n'), []);
    assert.deepEqual(complete('---\nfoo:\n  ba|\n---\n'), []);
  });
});

describe('completion: attribute comments', () => {
  it('offers slide attributes in <!-- .slide: --> in the double-quoted form', () => {
    const items = complete('# A\n\n<!-- .slide: data-back| -->\n');
    const bg = items.find((i) => i.label === 'data-background-color')!;
    assert.equal(edit(bg)!.newText, 'data-background-color="$1"');
    assert.deepEqual(edit(bg)!.range, { start: { line: 2, character: 13 }, end: { line: 2, character: 22 } });
    assert.equal(edit(items.find((i) => i.label === 'data-transition'))!.newText.startsWith('data-transition="${1|none,fade,slide'), true);
    assert.ok(!labels(items).includes('data-fragment-index'), 'element-only attributes are not offered on slides');
    assert.ok(!labels(items).includes('data-auto-animate'), 'reveal 4 attributes are not offered');
    assert.ok(!labels(items).some((l) => l.startsWith('class="fragment')));
  });
  it('replaces the > VS Code auto-closes after < with the comment\'s -->', () => {
    const bg = edit(complete('# A\n\n<!-- .slide: |>\n').find((i) => i.label === 'data-background'))!;
    assert.equal(bg.newText, 'data-background="$1" -->');
    assert.deepEqual([bg.range.start.character, bg.range.end.character], [13, 14]);
    assert.equal(edit(complete('* one\n<!-- .element: |>').find((i) => i.label === 'class="fragment"'))!.newText, 'class="fragment" -->');
    assert.equal(edit(complete('# A\n\n<!-- .slide: | -->\n').find((i) => i.label === 'data-background'))!.newText, 'data-background="$1"');
  });
  it('offers fragment classes in <!-- .element: -->', () => {
    const items = complete('* one\n<!-- .element: | -->\n');
    const grow = items.find((i) => i.label === 'class="fragment grow"')!;
    assert.equal(edit(grow)!.newText, 'class="fragment grow"');
    assert.ok(labels(items).includes('data-fragment-index'));
  });
  it('offers values inside a value and closes the quote', () => {
    assert.equal(edit(complete('<!-- .slide: data-transition="zo| -->').find((i) => i.label === 'zoom'))!.newText, 'zoom"');
    assert.equal(edit(complete('<!-- .element: class="fragment g|" -->').find((i) => i.label === 'fragment grow'))!.newText, 'fragment grow');
  });
  it('offers nothing in a plain comment or after the comment is closed', () => {
    assert.deepEqual(complete('<!-- a comment | -->'), []);
    assert.deepEqual(complete('<!-- .slide: data-state="x" --> |'), []);
  });
});

describe('completion: emoji', () => {
  it('offers HedgeDoc emoji with their glyphs after a colon and two letters', () => {
    const items = complete('# A\n\nDone :ta|\n');
    assert.equal(items.length, EMOJI.size);
    const tada = items.find((i) => i.label === ':tada:')!;
    assert.equal(tada.labelDetails?.description, '🎉');
    assert.equal(edit(tada)!.newText, ':tada:');
    assert.deepEqual(edit(tada)!.range, { start: { line: 2, character: 5 }, end: { line: 2, character: 8 } });
    assert.ok(!labels(items).includes(':rofl:'), 'markdown-it-emoji only names stay text in HedgeDoc');
  });
  it('opens on the colon trigger, otherwise after one letter', () => {
    assert.equal(complete('Done :|', { triggerCharacter: ':' }).length, EMOJI.size);
    assert.deepEqual(complete('Done :|'), []);
    assert.equal(complete('Done :t|').length, EMOJI.size);
  });
  it('is not offered in times, URLs, note:, code or front matter', () => {
    for (const text of ['Call at 10:3|', 'see https:/|', 'see https:|', 'note:|', 'run `a :ta|`', '```\n:ta|\n```', '---\ntitle: :ta|\n---\n', '<img alt=":ta|']) {
      assert.deepEqual(complete(text, { triggerCharacter: ':' }), [], text);
    }
  });
  it('replaces a closing colon already there', () => {
    const tada = complete('Done :ta|: yes').find((i) => i.label === ':tada:')!;
    assert.deepEqual(edit(tada)!.range.end, { line: 0, character: 9 });
  });
});

describe('completion: headings and handles', () => {
  it('offers team and SIG names after "# "', () => {
    const items = complete(FM + '\n# Te|\n');
    assert.deepEqual(labels(items).slice(0, 4), ['Team IaaS', 'Team IAM & Security', 'Team Ops', 'Team Container']);
    assert.ok(labels(items).includes('SIG Standardization and Certification'));
    assert.deepEqual(edit(items[0])!.range, { start: { line: 7, character: 2 }, end: { line: 7, character: 4 } });
  });
  it('reports positions of the original text for CRLF decks', () => {
    // Offsets are into the LF-normalised deck text (the LSP adapter maps positions through `deck.lines`).
    const deck = parseDeck('---\r\ntype: slide\r\n---\r\n\r\n# Te\r\n');
    const items = completeAt(deck, deck.lines.offsetAt({ line: 4, character: 4 }));
    assert.deepEqual(edit(items[0])!.range, { start: { line: 4, character: 2 }, end: { line: 4, character: 4 } });
  });
  it('offers the section prefix after "## " in a team section', () => {
    const items = complete(FM + '\n# SIG Standardization and Certification\n\n----\n\n## |\n');
    assert.deepEqual(labels(items), ['SIG Std/Cert - …']);
    assert.equal(edit(items[0])!.newText, 'SIG Std/Cert - ${1:Topic}');
  });
  it('offers workspace handles after Report by @ and in the link form', () => {
    const env = { handles: ['alice', 'bob'] };
    assert.deepEqual(labels(complete('Report by @a|', env)), ['alice', 'bob']);
    assert.deepEqual(labels(complete('Presented by <a href="https://github.com/|">', env)), ['alice', 'bob']);
    assert.deepEqual(edit(complete('Report by @al|ic', env)[0])!.range.end, { line: 0, character: 15 });
  });
});

describe('completion: snippets at the line start', () => {
  it('offers the community-call snippets, adding a blank line before a separator when needed', () => {
    const items = complete(FM + '\n# Team IaaS\n\nReport by @x\nscs|\n');
    const team = items.find((i) => i.label === 'scs-team')!;
    assert.equal(team.insertTextFormat, 2);
    assert.ok(edit(team)!.newText.startsWith('\n---\n\n# ${1|Team IaaS,'));
    assert.ok(!labels(items).includes('scs-deck'), 'whole deck only in an empty file');
    const topic = items.find((i) => i.label === 'scs-topic')!;
    assert.ok(edit(topic)!.newText.startsWith('\n----\n\n## ${1:Team IaaS} - ${2:Topic}'), 'topic of the current section');
  });
  it('adds no blank line when there is one, and one after when the next line is text', () => {
    const team = complete('# A\n\nscs|\n# B\n').find((i) => i.label === 'scs-team')!;
    assert.ok(edit(team)!.newText.startsWith('---\n'));
    assert.ok(edit(team)!.newText.endsWith('$0\n\n'));
  });
  it('uses the separator just above on a fresh slide instead of leaving an empty slide', () => {
    const afterH = complete('# A\n\n---\n\nscs|\n');
    assert.ok(edit(afterH.find((i) => i.label === 'scs-team'))!.newText.startsWith('# ${1|Team IaaS,'));
    assert.ok(edit(afterH.find((i) => i.label === 'scs-topic'))!.newText.startsWith('----\n'), 'a vertical snippet after --- keeps its ----');
    const afterV = complete('# Team Ops\n\n----\n\nscs|\n');
    assert.ok(edit(afterV.find((i) => i.label === 'scs-topic'))!.newText.startsWith('## ${1:Team Ops} - ${2:Topic}'));
  });
  it('offers the whole deck in an empty file, with the next Thursday as date', () => {
    const deck = complete('scs|', { today: new Date(2026, 10, 23) }).find((i) => i.label === 'scs-deck')!;
    assert.match(edit(deck)!.newText, /\$\{1:2026-11-26\}/);
    assert.ok(edit(deck)!.newText.startsWith('---\ntitle: SCS Community Call\n'));
  });
  it('does not offer a second speaker note on a slide', () => {
    assert.ok(labels(complete('# A\n\n|\n')).includes('scs-note'));
    assert.ok(!labels(complete('# A\n\nnote: x\n\n|\n')).includes('scs-note'));
  });
  it('offers nothing mid-line, inside code, or on a trigger character', () => {
    assert.deepEqual(complete('some text scs|'), []);
    assert.deepEqual(complete('```\nscs|\n```'), []);
    assert.deepEqual(complete('# A\n\n|', { triggerCharacter: ' ' }), []);
  });
});
