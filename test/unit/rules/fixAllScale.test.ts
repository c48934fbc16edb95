import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDeck } from '../../../server/src/core';
import { applyEdits, compatibleEdits } from '../../../server/src/core/rules/applyEdits';
import { lintDeck, type LintDiagnostic } from '../../../server/src/core/rules/engine';
import { fixAll, preferredEdits } from '../../../server/src/core/rules/fixAll';
import { RULES } from '../../../server/src/core/rules/registry';
import type { DeckRule, Edit } from '../../../server/src/core/rules/types';

/** Edits whose offsets count every read: the count is the work done, independent of the machine's speed. */
function countingEdits(n: number): { groups: Edit[][]; reads: () => number } {
  let reads = 0;
  const groups = Array.from({ length: n }, (_, i) => {
    const start = i * 20;
    return [{ get start() { reads++; return start; }, get end() { reads++; return start + 19; }, newText: '' }];
  });
  return { groups, reads: () => reads };
}

/** The selection rule spelled out pairwise: quadratic, but obviously right. */
function naiveCompatible(groups: Edit[][], length: number): Edit[] {
  const overlaps = (a: Edit, b: Edit) => (a.start === a.end && b.start === b.end ? a.start === b.start : (a.start < b.end && b.start < a.end) || (a.start === a.end && a.start > b.start && a.start < b.end) || (b.start === b.end && b.start > a.start && b.start < a.end));
  const taken: Edit[] = [];
  for (const g of groups) {
    if (g.some((e) => e.start < 0 || e.end < e.start || e.end > length)) continue;
    if (g.some((e, i) => g.some((f, j) => i !== j && overlaps(e, f)))) continue;
    if (g.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    taken.push(...g);
  }
  return taken;
}

function random(seed: number): () => number {
  return () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
}

describe('fix all scales linearly with the number of fixes', () => {
  it('picks compatible edits reading each offset a bounded number of times (the pairwise check read them n² times)', () => {
    const small = countingEdits(2000);
    assert.equal(compatibleEdits(small.groups).length, 2000);
    const large = countingEdits(4000);
    assert.equal(compatibleEdits(large.groups).length, 4000);
    // The pairwise selection read about 2 × n² offsets here (16 million for 4,000 edits).
    assert.ok(large.reads() <= 12 * 4000, `${large.reads()} offset reads for 4,000 edits`);
    assert.ok(large.reads() <= 2.2 * small.reads(), `twice the edits, ${large.reads() / small.reads()}× the reads`);
  });
  it('preferredEdits and applyEdits stay within n log n offset reads', () => {
    const n = 4000;
    const { groups, reads } = countingEdits(n);
    const diagnostics = groups.map((edits) => ({ rule: 'empty-slide', fixes: [{ title: 'x', preferred: true, edits }] }) as unknown as LintDiagnostic);
    const edits = preferredEdits(diagnostics, {}, n * 20);
    assert.equal(edits.length, n);
    const before = reads();
    assert.ok(before <= 16 * n, `${before} reads to pick ${n} fixes`);
    assert.equal(applyEdits('x'.repeat(n * 20), groups.flat()), 'x'.repeat(n));
    assert.ok(reads() - before <= 4 * n * Math.log2(n), `${reads() - before} reads to apply ${n} edits`);
  });
  it('chooses exactly what the pairwise check chooses, on random edits', () => {
    const next = random(7);
    for (let round = 0; round < 300; round++) {
      const length = 1 + Math.floor(next() * 40);
      const groups = Array.from({ length: Math.floor(next() * 12) }, () =>
        Array.from({ length: 1 + Math.floor(next() * 3) }, () => {
          const start = Math.floor(next() * (length + 3)) - 1;
          const end = next() < 0.3 ? start : start + Math.floor(next() * 6);
          return { start, end, newText: 'y' };
        }),
      );
      const text = 'x'.repeat(length);
      const got = compatibleEdits(groups, length);
      assert.deepEqual(got, naiveCompatible(groups, length), JSON.stringify({ length, groups }));
      assert.doesNotThrow(() => applyEdits(text, got));
    }
  });
  it('fixes a deck with 20,000 quoted colours in one round', () => {
    const text = '---\ntype: slide\n---\n\n<style>\n' + '.a { color: "#fff"; }\n'.repeat(20000) + '</style>\n\n# A\n';
    const r = fixAll(text, { only: ['invalid-css'] });
    assert.equal(r.text, '---\ntype: slide\n---\n\n<style>\n' + '.a { color: #fff; }\n'.repeat(20000) + '</style>\n\n# A\n');
    assert.equal(r.applied['invalid-css'], 20000);
  });
});

describe('fix all never corrupts', () => {
  // A rule whose fixes overlap each other and themselves, as a buggy rule might write them.
  const clumsy: DeckRule = {
    name: 'empty-slide',
    description: 'test',
    defaultSeverity: 'warning',
    scope: 'deck',
    check(ctx) {
      if (!ctx.deck.text.includes('FIXME')) return;
      const at = ctx.deck.text.indexOf('FIXME');
      const fix = (edits: Edit[]) => ({ start: at, end: at + 5, message: 'm', fixes: [{ title: 't', preferred: true, edits }] });
      ctx.report(fix([{ start: at, end: at + 3, newText: 'A' }, { start: at + 2, end: at + 5, newText: 'B' }]));
      ctx.report(fix([{ start: at, end: at, newText: 'x' }, { start: at, end: at, newText: 'y' }]));
      ctx.report(fix([{ start: at, end: at + 5, newText: 'fixed' }]));
      ctx.report(fix([{ start: at + 1, end: at + 4, newText: 'never' }]));
    },
  };
  it('drops a fix whose own edits overlap instead of failing, and applies the rest', () => {
    const r = fixAll('# A FIXME\n', { rules: [clumsy] });
    assert.equal(r.text, '# A fixed\n');
    assert.deepEqual(r.applied, { 'empty-slide': 1 });
  });
  it('relints a fixed deck to a fixed point', () => {
    const text = '\n---\ntype: slide\n---\n# A\n\n---\n\n---\n\n* item\n----\n\n## B\n\n---\n';
    const once = fixAll(text);
    assert.ok(once.changed);
    assert.equal(fixAll(once.text).changed, false);
    // What is left is fixes that renumber slides: Fix All leaves those to be chosen one by one.
    assert.deepEqual(lintDeck(parseDeck(once.text), { rules: RULES }).filter((d) => d.fixes.some((f) => f.preferred && !f.structural)), []);
  });
});
