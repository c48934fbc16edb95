import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { garbledText } from '../../../server/src/core/rules/garbledText';
import { ungarble } from '../text/codePageDecoders';
import { applyFixes, fixture, runRule, seed } from './helpers';

describe('garbled-text', () => {
  for (const [name, codePage] of [['seed-000-community-call-2024-09-12.md', 'windows-1252'], ['seed-001-community-call-2024-05-30.md', 'macintosh']] as const) {
    it(`restores ${name} exactly (${codePage})`, () => {
      const text = seed(name);
      const found = runRule(garbledText, text);
      assert.ok(found.length >= 3);
      const repaired = applyFixes(text, found);
      assert.equal(repaired, ungarble(text, codePage));
      assert.deepEqual(runRule(garbledText, repaired), []);
    });
  }
  it('repairs the phrases the seeds garbled', () => {
    const both = applyFixes(seed('seed-000-community-call-2024-09-12.md'), runRule(garbledText, seed('seed-000-community-call-2024-09-12.md')))
      + applyFixes(seed('seed-001-community-call-2024-05-30.md'), runRule(garbledText, seed('seed-001-community-call-2024-05-30.md')));
    for (const s of ['One platform – standardized', '🎉', 'Brühl', 'Behördenspiegel', '🛠️']) assert.ok(both.includes(s), s);
  });
  it('is silent on the template and on correct text', () => {
    assert.deepEqual(runRule(garbledText, seed('template.md')), []);
    assert.deepEqual(runRule(garbledText, fixture('garbled-text.silent.md')), []);
  });
  it('reports the run, names the code page and offers the original as the preferred fix', () => {
    const found = runRule(garbledText, fixture('garbled-text.md'));
    assert.deepEqual(found.map((f) => f.text), ['â€“', 'ðŸŽ‰', 'Ã¼', 'Br√ºhl'.slice(2, 4)]);
    assert.match(found[0].message, /Windows-1252.*original text is "–"/);
    assert.match(found[3].message, /Mac Roman/);
    assert.equal(found[0].fixes?.[0].preferred, true);
  });
});
