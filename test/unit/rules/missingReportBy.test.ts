import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { missingReportBy } from '../../../server/src/core/rules/missingReportBy';
import { applyFixes, fixture, runRule } from './helpers';
import { deckFixture, MAC_ROMAN, TEMPLATE, WINDOWS_1252 } from '../../deckFixtures';

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
    assert.deepEqual(runRule(missingReportBy, deckFixture(WINDOWS_1252.file)), []);
    assert.deepEqual(runRule(missingReportBy, deckFixture(TEMPLATE)), []);
  });
  it('leaves decks that name no reporter anywhere alone, but still corrects a misspelt phrase', () => {
    const old = '# Call\n\n---\n\n# Team IaaS\n\n* news\n\n---\n\n# SIG Standardization\n\n* more\n';
    assert.deepEqual(runRule(missingReportBy, old), []);
    const typo = old.replace('* more', 'Reported by @someone');
    assert.deepEqual(runRule(missingReportBy, typo).map((f) => f.text), ['# Team IaaS', 'Reported by']);
  });
  it('finds "Rebort by" in the Mac Roman call deck', () => {
    const found = runRule(missingReportBy, deckFixture(MAC_ROMAN.file));
    assert.deepEqual(found.map((f) => f.text), ['Rebort by', '# SIG Community']);
  });
});
