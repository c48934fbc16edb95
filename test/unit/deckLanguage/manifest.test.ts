import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DECK_LANGUAGE, SERVED_LANGUAGES } from '../../../client/src/deckLanguage/languages';

const ROOT = join(__dirname, '../../..');
interface When { when?: string }
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  activationEvents: string[];
  contributes: {
    languages: { id: string; aliases: string[]; configuration: string; extensions?: string[]; filenames?: string[]; filenamePatterns?: string[]; icon?: { light: string; dark: string } }[];
    grammars: { language?: string; scopeName: string; path: string; embeddedLanguages?: Record<string, string> }[];
    menus: Record<string, When[]>;
    keybindings: When[];
    configuration: { properties: Record<string, { type: string; default: unknown; markdownDescription?: string }> };
    configurationDefaults: Record<string, Record<string, unknown>>;
  };
};
const c = manifest.contributes;

/** What `editorLangId == x` and `editorLangId =~ /re/` in a when clause accept. */
function langConditions(when: string): ((id: string) => boolean)[] {
  const out: ((id: string) => boolean)[] = [];
  for (const m of when.matchAll(/editorLangId\s*(==|!=|=~)\s*(\/(?:[^/\\]|\\.)+\/|[\w-]+)/g)) {
    const [, op, value] = m;
    if (op === '=~') {
      const re = new RegExp(value.slice(1, -1));
      out.push((id) => re.test(id));
    } else out.push((id) => (op === '==') === (id === value));
  }
  return out;
}

describe('deck language in the manifest', () => {
  const lang = c.languages.find((l) => l.id === DECK_LANGUAGE);

  it('contributes the language, named SCS Deck, without claiming any file by itself', () => {
    assert.ok(lang, 'the language is contributed');
    assert.equal(lang.aliases[0], 'SCS Deck');
    assert.equal(lang.extensions, undefined, '.md stays markdown; the extension switches decks');
    assert.equal(lang.filenames, undefined);
    assert.equal(lang.filenamePatterns, undefined);
    for (const icon of [lang.icon?.light, lang.icon?.dark]) if (icon) assert.ok(existsSync(join(ROOT, icon)), `${icon} exists`);
  });

  it('has a language configuration like Markdown\'s: the auto-closed < the attribute completion replaces, HTML comments', () => {
    const config = JSON.parse(readFileSync(join(ROOT, lang!.configuration), 'utf8')) as { comments: { blockComment: string[] }; autoClosingPairs: { open: string; close: string }[] };
    assert.deepEqual(config.comments.blockComment, ['<!--', '-->']);
    assert.ok(config.autoClosingPairs.some((p) => p.open === '<' && p.close === '>'));
    assert.ok(!config.autoClosingPairs.some((p) => p.open === '<!--'), 'no second closing of comments: the completion closes them');
  });

  it('has a grammar that includes Markdown\'s, with Markdown\'s embedded languages', () => {
    const grammar = c.grammars.find((g) => g.language === DECK_LANGUAGE);
    assert.ok(grammar);
    const raw = JSON.parse(readFileSync(join(ROOT, grammar.path), 'utf8')) as { scopeName: string; patterns: { include: string }[] };
    assert.equal(raw.scopeName, grammar.scopeName);
    assert.deepEqual(raw.patterns, [{ include: 'text.html.markdown' }]);
    assert.equal(grammar.embeddedLanguages?.['meta.embedded.block.frontmatter'], 'yaml', 'front matter comments toggle as YAML');
    assert.equal(grammar.embeddedLanguages?.['meta.embedded.block.html'], 'html');
  });

  it('activates for every language a deck can have', () => {
    for (const id of SERVED_LANGUAGES) assert.ok(manifest.activationEvents.includes(`onLanguage:${id}`), `onLanguage:${id}`);
  });

  it('every menu and keybinding that asks for Markdown also accepts the deck language', () => {
    const whens = [...Object.values(c.menus).flat(), ...c.keybindings].map((m) => m.when ?? '').filter((w) => w.includes('editorLangId'));
    assert.ok(whens.length >= 4, `found ${whens.length}`);
    for (const when of whens) {
      for (const cond of langConditions(when)) {
        for (const id of SERVED_LANGUAGES) assert.ok(cond(id), `"${when}" accepts ${id}`);
        assert.ok(!cond('plaintext'), `"${when}" does not accept plaintext`);
      }
    }
  });

  it('gives decks Markdown\'s editor defaults (word wrap, no quick suggestions)', () => {
    const defaults = c.configurationDefaults[`[${DECK_LANGUAGE}]`];
    assert.equal(defaults['editor.wordWrap'], 'on');
    assert.deepEqual(defaults['editor.quickSuggestions'], { comments: 'off', strings: 'off', other: 'off' });
  });

  it('has the setting to keep decks markdown, on by default', () => {
    const setting = c.configuration.properties['scsDeck.deckLanguage'];
    assert.equal(setting.type, 'boolean');
    assert.equal(setting.default, true);
    assert.match(setting.markdownDescription ?? '', /markdown/);
  });
});
