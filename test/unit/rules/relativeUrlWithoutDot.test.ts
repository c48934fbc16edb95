import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { relativeUrlWithoutDot } from '../../../server/src/core/rules/relativeUrlWithoutDot';
import { applyFixes, fixture, runRule } from './helpers';
import { ALL_DECKS, deckFixture } from '../../deckFixtures';

describe('relative-url-without-dot', () => {
  it('reports markdown images, links, references and HTML src/href without ./', () => {
    const found = runRule(relativeUrlWithoutDot, fixture('relative-url-without-dot.md'));
    assert.deepEqual(found.map((f) => f.text), ['img/architecture.png', 'notes.md', 'www.example.org/blog', 'ref.md', 'logo.png']);
    assert.match(found[0].message, /empties the relative URL "img\/architecture.png".*image stays blank.*"\.\/img\/architecture.png"/);
    assert.match(found[2].message, /no scheme.*https:\/\/www.example.org\/blog/);
  });
  it('prefixes ./ (or https:// for a web address) as the preferred fix', () => {
    const fixed = applyFixes(fixture('relative-url-without-dot.md'), runRule(relativeUrlWithoutDot, fixture('relative-url-without-dot.md')));
    for (const s of ['![](./img/architecture.png =640x)', '[the notes](./notes.md)', '<img src="./logo.png">', '(https://www.example.org/blog)', '[ref]: ./ref.md']) {
      assert.ok(fixed.includes(s), s);
    }
    assert.deepEqual(runRule(relativeUrlWithoutDot, fixed), []);
  });
  it('stays silent on ./, ../, /, #, schemes, data: images, code and comments', () => {
    assert.deepEqual(runRule(relativeUrlWithoutDot, fixture('relative-url-without-dot.silent.md')), []);
    for (const name of ALL_DECKS) {
      assert.deepEqual(runRule(relativeUrlWithoutDot, deckFixture(name)), [], name);
    }
  });
  it('names doubled parentheses as the mistake, and removes them', () => {
    const text = '# A\n\nSee [PyPI]((https://pypi.org/)) now\n';
    const found = runRule(relativeUrlWithoutDot, text);
    assert.deepEqual(found.map((f) => f.text), ['(https://pypi.org/']);
    assert.match(found[0].message, /double parentheses.*"\(https:\/\/pypi.org\/\)"/);
    assert.doesNotMatch(found[0].message, /\.\/\(/);
    assert.equal(applyFixes(text, found), '# A\n\nSee [PyPI](https://pypi.org/) now\n');
  });
  it('ignores "[x](dest" never closed: it is text, not a link', () => {
    assert.deepEqual(runRule(relativeUrlWithoutDot, ' Kubernetes.io/regi- [scs-0210-v2](hp/zone\n- more\n'), []);
    assert.equal(runRule(relativeUrlWithoutDot, '[x](hp/zone "title")\n').length, 1);
  });
});
