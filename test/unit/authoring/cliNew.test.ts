import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseDeck } from '../../../server/src/core';
import { cli } from '../cli/run';

const fresh = () => mkdtempSync(join(tmpdir(), 'scs-deck-new-'));

describe('scs-deck new', () => {
  it('writes YYYYMMDD.md into community-call/ from the workspace template with the date filled in', () => {
    const dir = fresh();
    mkdirSync(join(dir, 'community-call'));
    writeFileSync(join(dir, 'community-call/template.md'), '---\ntype: slide\n---\n\n# Call 202X-XX-XX\n\nPresented by @todo\n');
    const r = cli(['new', '--date', '2026-11-26'], dir);
    assert.equal(r.code, 0, r.stderr);
    const file = join(dir, 'community-call/20261126.md');
    assert.equal(r.stdout.trim(), file);
    assert.equal(readFileSync(file, 'utf8'), '---\ntype: slide\n---\n\n# Call 2026-11-26\n\nPresented by @todo\n');
  });
  it('refuses to overwrite an existing deck, with a clear message and exit code 2', () => {
    const dir = fresh();
    writeFileSync(join(dir, '20261126.md'), 'mine');
    const r = cli(['new', '--date', '2026-11-26'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /20261126\.md already exists; not overwriting it/);
    assert.equal(readFileSync(join(dir, '20261126.md'), 'utf8'), 'mine');
  });
  it('uses the built-in template without one, defaults to a Thursday, and honours -o', () => {
    const dir = fresh();
    const r = cli(['new', '-o', 'next.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    const deck = parseDeck(readFileSync(join(dir, 'next.md'), 'utf8'));
    assert.equal(deck.frontMatter?.recognised, true);
    const date = /Community Call<\/br> (\d{4}-\d{2}-\d{2})/.exec(deck.text)![1];
    assert.equal(new Date(`${date}T00:00:00Z`).getUTCDay(), 4);
  });
  it('rejects a malformed date and a missing template; warns on a non-Thursday', () => {
    const dir = fresh();
    assert.match(cli(['new', '--date', '26.11.2026'], dir).stderr, /--date 26\.11\.2026: Use the form YYYY-MM-DD/);
    assert.equal(cli(['new', '--template', 'nope.md'], dir).code, 2);
    const r = cli(['new', '--date', '2026-11-27'], dir);
    assert.equal(r.code, 0);
    assert.match(r.stderr, /Friday; community calls are on Thursdays/);
    assert.ok(existsSync(join(dir, '20261127.md')));
  });
});
