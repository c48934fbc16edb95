import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fixAll } from '../../../server/src/core/rules/fixAll';
import { RULES } from '../../../server/src/core/rules/registry';
import { FIXTURES, fixableByFixAll, lintText, snapshot } from './lintHelpers';

/** The rules of the engine's own capability: each has `<name>.md`, `<name>.expected.json` and `<name>.silent.md`. */
const STRUCTURE_RULES = [
  'front-matter-not-at-start', 'front-matter-yaml-error', 'front-matter-unknown-key', 'slide-options-unknown-key',
  'front-matter-invalid-value', 'front-matter-markup-url', 'front-matter-swallows-slide', 'separator-near-miss',
  'separator-in-code-fence', 'comment-spans-separator', 'empty-slide', 'leading-whitespace-quirk', 'multiple-notes',
  'attribute-comment-dropped',
];

describe('rule fixtures', () => {
  for (const name of STRUCTURE_RULES) {
    describe(name, () => {
      const only = [name];
      it('is registered', () => assert.ok(RULES.some((r) => r.name === name)));
      it('reports the expected diagnostics', () => {
        const text = readFileSync(join(FIXTURES, `${name}.md`), 'utf8');
        const actual = lintText(text, { only });
        assert.ok(actual.length > 0, 'the fixture must trigger the rule');
        assert.deepEqual(actual, snapshot(join(FIXTURES, `${name}.expected.json`), actual));
      });
      it('fixes everything it can, and a second pass changes nothing', () => {
        const text = readFileSync(join(FIXTURES, `${name}.md`), 'utf8');
        const fixed = fixAll(text, { only });
        assert.equal(fixed.changed, fixableByFixAll(text, { only }));
        assert.equal(fixableByFixAll(fixed.text, { only }), false);
        assert.equal(fixAll(fixed.text, { only }).changed, false);
      });
      it('stays silent on its silent fixture', () => {
        const path = join(FIXTURES, `${name}.silent.md`);
        assert.ok(existsSync(path));
        assert.deepEqual(lintText(readFileSync(path, 'utf8'), { only }), []);
      });
    });
  }
});
