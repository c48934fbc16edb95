import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { missingReportBy } from '../../../server/src/core/rules/missingReportBy';
import { applyFixes, fixture, runRule, seed } from './helpers';

describe('missing-report-by', () => {
  it('reports near-misses of the phrase and sections without one', () => {
    const found = runRule(missingReportBy, fixture('missing-report-by.md'));
    assert.deepEqual(found.map((f) => f.text), ['Rebort by', 'reported by:', '# SIG Community']);
    assert.match(found[0].message, /"Rebort by" should read "Report by"/);
    assert.match(found[2].message, /SIG Community has no "Report by @handle" line/);
  });
  it('fixes a near-miss with the phrase', () => {
    const text = fixture('missing-report-by.md');
    const fixed = applyFixes(text, runRule(missingReportBy, text).slice(0, 2));
    assert.match(fixed, /^Report by @someone$/m);
    assert.match(fixed, /^Report by @other$/m);
  });
  it('stays silent on sections with the line, continued sections and other slides', () => {
    assert.deepEqual(runRule(missingReportBy, fixture('missing-report-by.silent.md')), []);
    assert.deepEqual(runRule(missingReportBy, seed('seed-000-community-call-2024-09-12.md')), []);
    assert.deepEqual(runRule(missingReportBy, seed('template.md')), []);
  });
  it('leaves decks that name no reporter anywhere alone, but still corrects a misspelt phrase', () => {
    const old = '# Call\n\n---\n\n# Team IaaS\n\n* news\n\n---\n\n# SIG Standardization\n\n* more\n';
    assert.deepEqual(runRule(missingReportBy, old), []);
    const typo = old.replace('* more', 'Reported by @someone');
    assert.deepEqual(runRule(missingReportBy, typo).map((f) => f.text), ['# Team IaaS', 'Reported by']);
  });
  it('finds "Rebort by" in the seed deck of 2024-05-30', () => {
    const found = runRule(missingReportBy, seed('seed-001-community-call-2024-05-30.md'));
    assert.deepEqual(found.map((f) => f.text), ['Rebort by', '# SIG Community']);
  });
});
