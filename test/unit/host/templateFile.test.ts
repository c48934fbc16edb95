import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { BUILTIN_TEMPLATE } from '../../../server/src/core/data/template';
import { findTemplate, findTemplateSync, templateCandidates } from '../../../server/src/host/templateFile';

describe('template lookup (one rule for snippets, the New Deck command and scs-deck new)', () => {
  const root = mkdtempSync(join(tmpdir(), 'scs-template-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  const calls = join(root, 'community-call');
  const other = join(root, 'talks');
  mkdirSync(calls);
  mkdirSync(other);
  writeFileSync(join(calls, 'template.md'), 'workspace template');
  writeFileSync(join(other, 'template.md'), 'beside the deck');
  writeFileSync(join(root, 'mine.md'), 'configured template');

  it('tries the configured path, then template.md beside the deck, then community-call/template.md', () => {
    assert.deepEqual(templateCandidates({ deckDir: other, workspaceFolder: root, configured: 'mine.md' }), [
      join(root, 'mine.md'), join(other, 'template.md'), join(calls, 'template.md'),
    ]);
    assert.deepEqual(templateCandidates({ deckDir: calls, workspaceFolder: root }), [join(calls, 'template.md')], 'no duplicates');
    assert.deepEqual(templateCandidates({ configured: '/abs/t.md' }), ['/abs/t.md']);
  });

  it('the first readable file wins, sync and async alike', async () => {
    for (const find of [findTemplateSync, findTemplate]) {
      assert.equal((await find({ deckDir: other, workspaceFolder: root, configured: 'mine.md' })).text, 'configured template');
      assert.equal((await find({ deckDir: other, workspaceFolder: root })).text, 'beside the deck');
      assert.equal((await find({ deckDir: root, workspaceFolder: root })).text, 'workspace template');
    }
  });

  it('an unreadable configured template is reported and the next one is used', () => {
    const found = findTemplateSync({ deckDir: calls, workspaceFolder: root, configured: 'missing.md' });
    assert.equal(found.text, 'workspace template');
    assert.equal(found.file, join(calls, 'template.md'));
    assert.equal(found.configuredUnreadable, 'missing.md');
  });

  it('falls back to the built-in template; a folder named template.md is not read', () => {
    const empty = mkdtempSync(join(tmpdir(), 'scs-template-empty-'));
    mkdirSync(join(empty, 'template.md'));
    try {
      const found = findTemplateSync({ deckDir: empty });
      assert.equal(found.text, BUILTIN_TEMPLATE);
      assert.equal(found.file, undefined);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
