import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar } from 'vscode-textmate';

const ROOT = join(__dirname, '../../..');
/** The Markdown, YAML and HTML grammars VS Code ships (from tm-grammars). */
const GRAMMARS: Record<string, string> = {
  'text.html.markdown': 'node_modules/tm-grammars/grammars/markdown.json',
  'source.yaml': 'node_modules/tm-grammars/grammars/yaml.json',
  'text.html.basic': 'node_modules/tm-grammars/grammars/html.json',
};
/** Ours, as the manifest contributes them: the deck language's grammar and the injections, with their targets. */
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  contributes: { grammars: { scopeName: string; path: string; language?: string; injectTo?: string[] }[] };
};
for (const g of manifest.contributes.grammars) GRAMMARS[g.scopeName] = g.path;
const injectionsInto = (scope: string) => manifest.contributes.grammars.filter((g) => g.injectTo?.includes(scope)).map((g) => g.scopeName);

const DECK_SCOPE = manifest.contributes.grammars.find((g) => g.language === 'scs-deck')?.scopeName ?? 'no grammar for scs-deck';
const grammars = new Map<string, IGrammar>();

/** Tokenises a text with the grammar of `root` and returns, for each line, `[text, scopes]` of every token. */
function tokenizeWith(root: string, text: string): [string, string[]][][] {
  const grammar = grammars.get(root)!;
  let stack = INITIAL;
  return text.split('\n').map((line) => {
    const r = grammar.tokenizeLine(line, stack);
    stack = r.ruleStack;
    return r.tokens.map((t) => [line.slice(t.startIndex, t.endIndex), t.scopes] as [string, string[]]);
  });
}

/** Scopes of the token holding `needle` on line `n`. */
function scopesOf(lines: [string, string[]][][], n: number, needle: string): string[] {
  const token = lines[n].find(([text]) => text === needle) ?? lines[n].find(([text]) => text.includes(needle));
  assert.ok(token, `no token "${needle}" on line ${n}: ${JSON.stringify(lines[n].map((t) => t[0]))}`);
  return token[1];
}

const has = (scopes: string[], scope: string) => scopes.some((s) => s === scope || s.startsWith(`${scope}.`) || s.startsWith(`${scope} `));

before(async () => {
    const wasm = readFileSync(join(ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new Registry({
      onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
      loadGrammar: async (scope) => {
        const file = GRAMMARS[scope];
        return file ? parseRawGrammar(readFileSync(join(ROOT, file), 'utf8'), join(ROOT, file)) : null;
      },
      getInjections: (scope) => injectionsInto(scope),
    });
    for (const root of ['text.html.markdown', DECK_SCOPE]) grammars.set(root, (await registry.loadGrammar(root))!);
});

describe('the deck language\'s grammar', () => {
  it('is Markdown under a scope of its own that Markdown selectors still match', () => {
    assert.equal(DECK_SCOPE, 'text.html.markdown.scs-deck');
    const lines = tokenizeWith(DECK_SCOPE, '# Title\n\n- **bold** [link](./a.md)\n\n```yaml\nkey: 1\n```');
    assert.ok(has(scopesOf(lines, 0, 'Title'), 'markup.heading'));
    assert.ok(has(scopesOf(lines, 2, 'bold'), 'markup.bold'));
    assert.ok(has(scopesOf(lines, 2, './a.md'), 'markup.underline.link'));
    assert.ok(has(scopesOf(lines, 5, 'ey'), 'entity.name.tag.yaml'), 'embedded code keeps its grammar');
    assert.equal(scopesOf(lines, 0, 'Title')[0], 'text.html.markdown.scs-deck');
  });

  it('gets both injections, as Markdown does', () => {
    assert.deepEqual(injectionsInto(DECK_SCOPE).sort(), injectionsInto('text.html.markdown').sort());
    assert.equal(injectionsInto(DECK_SCOPE).length, 2);
  });
});

for (const root of ['text.html.markdown', 'text.html.markdown.scs-deck']) describe(`injection grammar in ${root} (vscode-textmate + vscode-oniguruma)`, () => {
  const tokenize = (text: string) => tokenizeWith(root, text);

  it('scopes --- and ---- separators, but not the front matter delimiters or setext underlines', () => {
    const lines = tokenize('---\ntitle: x\n---\n\n# A\n\n---\n\n# B\n\n----\n\nText\n---\n\n--- \n');
    assert.ok(!has(scopesOf(lines, 0, '---'), 'meta.separator.slide'), 'front matter opening');
    assert.ok(has(scopesOf(lines, 1, 'itle'), 'entity.name.tag.yaml'), 'YAML still highlighted');
    assert.ok(!has(scopesOf(lines, 2, '---'), 'meta.separator.slide'), 'front matter closing');
    assert.ok(has(scopesOf(lines, 4, 'A'), 'markup.heading'), 'Markdown continues after the front matter');
    assert.ok(has(scopesOf(lines, 6, '---'), 'keyword.control.slide-separator.horizontal.scs-deck'));
    assert.ok(has(scopesOf(lines, 10, '----'), 'keyword.control.slide-separator.vertical.scs-deck'));
    assert.ok(!has(scopesOf(lines, 13, '---'), 'meta.separator.slide'), 'setext underline');
    assert.ok(!has(scopesOf(lines, 15, '---'), 'meta.separator.slide'), 'trailing space');
  });
  it('scopes attribute comments: names, double-quoted values, ignored single quotes', () => {
    const lines = tokenize('<!-- .slide: data-background-color="#fff" data-state=\'x\' -->');
    assert.ok(has(scopesOf(lines, 0, '.slide'), 'storage.type.attribute-comment.scs-deck'));
    assert.ok(has(scopesOf(lines, 0, 'data-background-color'), 'entity.other.attribute-name.scs-deck'));
    assert.ok(has(scopesOf(lines, 0, '#fff'), 'string.quoted.double.scs-deck'));
    assert.ok(has(scopesOf(lines, 0, "'x'"), 'invalid.illegal.unquoted-value.scs-deck'));
    const element = tokenize('* one <!-- .element: class="fragment" -->');
    assert.ok(has(scopesOf(element, 0, 'class'), 'entity.other.attribute-name.scs-deck'));
  });
  it('scopes imsize, emoji, note: and embeds; not emoji in times or code', () => {
    const lines = tokenize('![](https://e.org/a.png =640x)\n\nDone :tada: at 10:30:00\n\nnote:\nsay hi\n\n{%youtube abc123 %}\n\n`:tada:`');
    assert.ok(has(scopesOf(lines, 0, '640'), 'constant.numeric.imsize.width.scs-deck'));
    assert.ok(has(scopesOf(lines, 0, 'https://e.org/a.png'), 'markup.underline.link.image.markdown'));
    assert.ok(has(scopesOf(lines, 2, 'tada'), 'constant.other.emoji.scs-deck'));
    assert.ok(!has(scopesOf(lines, 2, '30'), 'constant.other.emoji'), 'a time is no emoji');
    assert.ok(has(scopesOf(lines, 4, 'note'), 'keyword.other.speaker-note.scs-deck'));
    assert.ok(has(scopesOf(lines, 7, 'youtube'), 'support.function.embed.scs-deck'));
    assert.ok(has(scopesOf(lines, 7, 'abc123'), 'string.unquoted.embed-argument.scs-deck'));
    assert.ok(!has(scopesOf(lines, 9, 'tada'), 'constant.other.emoji'), 'inline code');
  });
  it('leaves fenced code alone', () => {
    const lines = tokenize('```\n:tada: <!-- .slide: a="b" -->\n```');
    assert.ok(!has(scopesOf(lines, 1, 'tada'), 'constant.other.emoji'));
  });
});
