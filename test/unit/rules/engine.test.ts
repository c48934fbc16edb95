import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseDeck } from '../../../server/src/core';
import { applyEdits, OverlappingEditsError } from '../../../server/src/core/rules/applyEdits';
import { readRepoConfig } from '../../../server/src/core/rules/config';
import { isCommunityCall } from '../../../server/src/core/rules/communityCall';
import { ruleDocsUrl } from '../../../server/src/core/rules/docsUrl';
import { lintDeck } from '../../../server/src/core/rules/engine';
import { fixAll } from '../../../server/src/core/rules/fixAll';
import { RULES } from '../../../server/src/core/rules/registry';
import { LintCache } from '../../../server/src/core/rules/slideCache';
import type { Rule, SlideRule } from '../../../server/src/core/rules/types';

const EMPTY = '# A\n\n---\n\n---\n\n# B\n';
const rules = (text: string, opts = {}) => lintDeck(parseDeck(text), opts).map((d) => `${d.rule}:${d.severity}`);

describe('rule engine', () => {
  it('uses default severities, settings, and .scs-deck.json over settings', () => {
    assert.deepEqual(rules(EMPTY, { only: ['empty-slide'] }), ['empty-slide:warning']);
    assert.deepEqual(rules(EMPTY, { only: ['empty-slide'], settings: { 'empty-slide': 'error' } }), ['empty-slide:error']);
    assert.deepEqual(rules(EMPTY, { only: ['empty-slide'], settings: { 'empty-slide': 'error' }, repo: { 'empty-slide': 'hint' } }), ['empty-slide:hint']);
    assert.deepEqual(rules(EMPTY, { only: ['empty-slide'], repo: { 'empty-slide': 'off' } }), []);
  });
  it('checks .scs-deck.json and explains bad entries without failing', () => {
    const c = readRepoConfig({ rules: { 'empty-slide': 'off', 'no-such-rule': 'error', 'multiple-notes': 'loud' }, extra: 1 }, RULES);
    assert.deepEqual(c.rules, { 'empty-slide': 'off' });
    assert.equal(c.problems.length, 3);
    assert.match(c.problems.join('\n'), /unknown rule "no-such-rule"/);
    assert.equal(readRepoConfig([], RULES).problems.length, 1);
  });
  it('honours disable-next-line, disable/enable regions, and a bare disable for all rules', () => {
    const next = '# A\n\n<!-- scs-deck-disable-next-line empty-slide -->\n\n---\n\n---\n\n# B\n';
    assert.deepEqual(parseDeck(next).slides.length, 3);
    assert.deepEqual(rules(next, { only: ['empty-slide'] }), []);
    const region = '# A\n\n<!-- scs-deck-disable empty-slide -->\n\n---\n\n---\n\n<!-- scs-deck-enable empty-slide -->\n\n---\n\n---\n\n# B\n';
    assert.deepEqual(lintDeck(parseDeck(region), { only: ['empty-slide'] }).map((d) => d.range.start.line), [10]);
    const all = '<!-- scs-deck-disable -->\n# A\n\n---\n\n---\n\n# B\n';
    assert.deepEqual(rules(all), []);
    const other = '# A\n\n<!-- scs-deck-disable-next-line multiple-notes -->\n\n---\n\n---\n\n# B\n';
    assert.equal(rules(other, { only: ['empty-slide'] }).length, 1);
  });
  it('reports a throwing rule once and still returns every other diagnostic', () => {
    const boom: SlideRule = { name: 'boom', description: 'throws', defaultSeverity: 'error', scope: 'slide', check: () => { throw new Error('kaput'); } };
    const errors: string[] = [];
    const out = lintDeck(parseDeck(EMPTY), { rules: [boom, ...RULES], only: ['boom', 'empty-slide'], onError: (r, e) => errors.push(`${r}: ${(e as Error).message}`) });
    assert.deepEqual(errors, ['boom: kaput']);
    assert.deepEqual(out.map((d) => d.rule), ['empty-slide']);
  });
  it('re-runs slide rules only for slides whose text changed', () => {
    let calls = 0;
    const counting: SlideRule = { name: 'count', description: 'counts', defaultSeverity: 'hint', scope: 'slide', check: (ctx) => { calls++; if (ctx.slide.content.includes('x')) ctx.report({ start: 0, end: 1, message: 'x' }); } };
    const cache = new LintCache();
    const text = Array.from({ length: 50 }, (_, i) => `# Slide ${i}${i === 7 ? ' x' : ''}\n`).join('\n---\n\n');
    const deck = parseDeck(text);
    const first = lintDeck(deck, { rules: [counting], cache });
    assert.equal(calls, 50);
    const edited = parseDeck(text.replace('# Slide 20\n', '# Slide 20 edited\n'), deck);
    const second = lintDeck(edited, { rules: [counting], cache });
    assert.equal(calls, 51);
    assert.equal(second[0].range.start.line, first[0].range.start.line);
    lintDeck(edited, { rules: [counting], cache, generation: 1 });
    assert.equal(calls, 101, 'a new environment generation drops the cache');
    assert.equal(cache.size, 50);
  });
  it('skips community-call-only rules in other decks', () => {
    const only: Rule = { name: 'cc', description: 'cc', defaultSeverity: 'info', scope: 'deck', communityCallOnly: true, check: (ctx) => ctx.report({ start: 0, end: 1, message: 'cc' }) };
    assert.equal(lintDeck(parseDeck('# Notes\n'), { rules: [only] }).length, 0);
    assert.equal(lintDeck(parseDeck('# Notes\n'), { rules: [only], environment: { path: '/m/community-call/20261126.md' } }).length, 1);
    assert.ok(isCommunityCall(parseDeck('---\ntitle: SCS Community Call\n---\n# A\n')));
    assert.ok(isCommunityCall(parseDeck('## Community Call 2026-11-26\n\n---\n\n# Team IaaS\n\nReport by @x\n')));
    assert.ok(!isCommunityCall(parseDeck('# Community Call\n')));
  });
  it('links each diagnostic to its rule page', () => {
    assert.equal(ruleDocsUrl('empty-slide'), 'https://github.com/SovereignCloudStack/scs-deck/blob/main/docs/rules/empty-slide.md');
  });
});

describe('applyEdits and fix all', () => {
  it('applies edits in any order and refuses overlaps', () => {
    assert.equal(applyEdits('abcdef', [{ start: 4, end: 5, newText: 'E' }, { start: 0, end: 1, newText: 'A' }]), 'AbcdEf');
    assert.throws(() => applyEdits('abcdef', [{ start: 0, end: 3, newText: '' }, { start: 2, end: 4, newText: '' }]), OverlappingEditsError);
    assert.throws(() => applyEdits('abc', [{ start: 1, end: 1, newText: 'x' }, { start: 1, end: 1, newText: 'y' }]), OverlappingEditsError);
    assert.throws(() => applyEdits('abc', [{ start: 2, end: 9, newText: '' }]), RangeError);
  });
  it('keeps CRLF line breaks and untouched bytes', () => {
    const crlf = '# A\r\n\r\n---\r\n\r\n# B\r\n\r\n---\r\n';
    const fixed = fixAll(crlf, { only: ['empty-slide'] });
    assert.equal(fixed.text, '# A\r\n\r\n---\r\n\r\n# B\r\n');
    const open = '# A\r\n\r\n<!-- note\r\n\r\n---\r\n\r\nstill -->\r\n# B\r\n';
    assert.equal(fixAll(open, { only: ['comment-spans-separator'] }).text, '# A\r\n\r\n<!-- note\r\n-->\r\n\r\n---\r\n\r\n<!--\r\nstill -->\r\n# B\r\n');
  });
  it('leaves fixes that renumber slides to be applied one by one', () => {
    for (const [rule, text] of [['empty-slide', '# A\n\n---\n\n---\n\n# B\n'], ['separator-near-miss', '# A\n\n* item\n----\n\n# B\n']]) {
      assert.equal(fixAll(text, { only: [rule] }).changed, false, rule);
    }
  });
  it('iterates to a fixed point within the bound', () => {
    const text = '# A\n\n---\n\n# B\n\n---\n\n---\n\n---\n';
    const r = fixAll(text, { only: ['empty-slide'] });
    assert.equal(r.text, '# A\n\n---\n\n# B\n');
    assert.ok(r.rounds <= 10);
  });
});

describe('rule docs', () => {
  it('every registered rule has a docs page and every page a rule', () => {
    const pages = readdirSync(join(__dirname, '../../../docs/rules')).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).sort();
    assert.deepEqual(pages, RULES.map((r) => r.name).sort());
  });
  it('rule names are unique kebab-case', () => {
    const names = RULES.map((r) => r.name);
    assert.equal(new Set(names).size, names.length);
    for (const n of names) assert.match(n, /^[a-z]+(-[a-z]+)*$/);
  });
});

describe('the sample deck', () => {
  it('has no warnings or errors', () => {
    const text = readFileSync(join(__dirname, '../../../sample/community-call/20261126.md'), 'utf8');
    const found = lintDeck(parseDeck(text), { environment: { path: 'sample/community-call/20261126.md' } });
    assert.deepEqual(found.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => `${d.rule}: ${d.message}`), []);
  });
});
