import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { parseDeck } from '../../../server/src/core';
import { BUILTIN_TEMPLATE } from '../../../server/src/core/data/template';
import { newDeckText } from '../../../server/src/core/features/newDeck';
import { lintDeck } from '../../../server/src/core/rules/engine';
import { runNew } from '../../../server/src/cli/new';
import { fileExistsFrom } from '../../../server/src/host/fileExists';
import { deckFixture, TEMPLATE } from '../../deckFixtures';

const fresh = () => mkdtempSync(join(tmpdir(), 'scs-deck-clean-'));
const lint = (file: string, today: string) => lintDeck(parseDeck(readFileSync(file, 'utf8')), { environment: { path: file, today, fileExists: fileExistsFrom(dirname(file)) } });
const loud = <T extends { severity: string }>(ds: T[]) => ds.filter((d) => d.severity === 'warning' || d.severity === 'error');

describe('a new deck starts clean', () => {
  it('from the SCS template: no warnings, at most one information per section, quoted colours repaired', () => {
    const dir = fresh();
    mkdirSync(join(dir, 'community-call'));
    writeFileSync(join(dir, 'community-call/template.md'), deckFixture(TEMPLATE));
    const lines: string[] = [];
    assert.equal(runNew(['--date', '2099-12-31'], (s) => lines.push(s), dir), 0);
    const file = lines[0];
    const text = readFileSync(file, 'utf8');
    assert.match(text, /color: #50c3a5;/);
    assert.doesNotMatch(text, /color: "#/);
    const found = lint(file, '2099-12-24');
    assert.deepEqual(loud(found), []);
    const deck = parseDeck(text);
    const perColumn = new Map<number, number>();
    for (const d of found.filter((d) => d.rule === 'template-placeholder')) {
      const h = deck.slides.find((s) => d.start >= s.start && d.start <= s.end)!.h;
      perColumn.set(h, (perColumn.get(h) ?? 0) + 1);
    }
    assert.ok([...perColumn.values()].every((n) => n === 1));
  });
  it('from the built-in template: no warnings', () => {
    const dir = fresh();
    const lines: string[] = [];
    assert.equal(runNew(['--date', '2099-12-31'], (s) => lines.push(s), dir), 0);
    assert.deepEqual(loud(lint(lines[0], '2099-12-24')), []);
  });
  it('on the day of the call, the placeholders left are warnings', () => {
    const file = join(fresh(), '20991231.md');
    writeFileSync(file, newDeckText(BUILTIN_TEMPLATE, '2099-12-31'));
    assert.ok(loud(lint(file, '2099-12-31')).some((d) => d.rule === 'template-placeholder'));
  });
  it('the template itself gives none of its placeholder warnings', () => {
    const dir = fresh();
    mkdirSync(join(dir, 'community-call'));
    const file = join(dir, 'community-call/template.md');
    writeFileSync(file, deckFixture(TEMPLATE));
    assert.deepEqual(lint(file, '2099-12-24').filter((d) => d.rule === 'template-placeholder' || d.rule === 'title-date'), []);
  });
  it('-o takes an absolute path as it is', () => {
    const dir = fresh();
    const target = join(fresh(), 'abs.md');
    const lines: string[] = [];
    assert.equal(runNew(['--date', '2099-12-31', '-o', target], (s) => lines.push(s), dir), 0);
    assert.equal(lines[0], target);
    assert.match(readFileSync(target, 'utf8'), /2099-12-31/);
  });
});
