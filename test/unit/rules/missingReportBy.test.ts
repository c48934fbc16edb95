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
  it('accepts an emphasised or listed report line', () => {
    const deck = (line: string) => `# Call\n\n---\n\n# Team IaaS\n\nReport by @a\n\n---\n\n# SIG Monitoring\n\n${line}\n\n* news\n`;
    for (const line of ['*Report by @bitkeks*', '**Report by @x**', '_Report by @x_', '- Report by @x']) assert.deepEqual(runRule(missingReportBy, deck(line)), [], line);
  });
  it('needs no reporter in a section that only says the team did not meet', () => {
    const deck = (body: string) => `# Call\n\n---\n\n# Team IaaS\n\nReport by @a\n\n---\n\n# Team Ops\n\n${body}\n`;
    for (const body of ['No meeting this week', 'No meet', 'Did not take place ...', 'Meeting has not taken place this week.', 'The call was cancelled.']) {
      assert.deepEqual(runRule(missingReportBy, deck(body)), [], body);
    }
    for (const body of ['* No progress on the installer\n* Next: docs', 'We released the new installer and tested it on three clouds last week']) {
      assert.equal(runRule(missingReportBy, deck(body)).length, 1, body);
    }
  });
});
