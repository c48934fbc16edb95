import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fixAll } from '../../../server/src/core/rules/fixAll';
import { RULES } from '../../../server/src/core/rules/registry';
import type { RuleEnvironment } from '../../../server/src/core/rules/types';
import { FIXTURES, fixableByFixAll, lintText, snapshot } from './lintHelpers';

/** The fixtures of missing-image name these files as present; everything else is missing. */
const PRESENT = new Set(['img/present one.png', 'present-upload.png']);
const environment: RuleEnvironment = { path: 'community-call/20240530.md', fileExists: (p) => PRESENT.has(p.replace(/^\.\//, '')) };

/** Content and community-call rules: each has `<name>.md`, `<name>.expected.json` and `<name>.silent.md`. */
const CONTENT_RULES = [
  'garbled-text', 'unknown-emoji', 'stripped-html', 'relative-url-without-dot', 'swallowed-text', 'invalid-css',
  'missing-image', 'missing-report-by', 'template-placeholder', 'topic-not-stacked',
];

describe('content rule fixtures', () => {
  for (const name of CONTENT_RULES) {
    describe(name, () => {
      const options = { only: [name], environment };
      it('is registered', () => assert.ok(RULES.some((r) => r.name === name)));
      it('reports the expected diagnostics through the engine', () => {
        const actual = lintText(readFileSync(join(FIXTURES, `${name}.md`), 'utf8'), options);
        assert.ok(actual.length > 0, 'the fixture must trigger the rule');
        assert.deepEqual(actual, snapshot(join(FIXTURES, `${name}.expected.json`), actual));
      });
      it('fixes everything it can, and a second pass changes nothing', () => {
        const text = readFileSync(join(FIXTURES, `${name}.md`), 'utf8');
        const fixed = fixAll(text, options);
        assert.equal(fixed.changed, fixableByFixAll(text, options));
        assert.equal(fixAll(fixed.text, options).changed, false);
      });
      it('stays silent on its silent fixture', () => {
        const path = join(FIXTURES, `${name}.silent.md`);
        assert.ok(existsSync(path));
        assert.deepEqual(lintText(readFileSync(path, 'utf8'), options), []);
      });
    });
  }
  it('title-date compares the title with the file name', () => {
    const text = readFileSync(join(FIXTURES, 'title-date.md'), 'utf8');
    const actual = lintText(text, { only: ['title-date'], environment: { path: 'community-call/20240125.md' } });
    assert.deepEqual(actual, snapshot(join(FIXTURES, 'title-date.expected.json'), actual));
    assert.match(fixAll(text, { only: ['title-date'], environment: { path: 'community-call/20240125.md' } }).text, /2024-01-25/);
    const silent = readFileSync(join(FIXTURES, 'title-date.silent.md'), 'utf8');
    assert.deepEqual(lintText(silent, { only: ['title-date'], environment: { path: 'community-call/20240125.md' } }), []);
  });
});
