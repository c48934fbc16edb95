import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runPull } from '../../server/src/cli/pull';
import { UsageError } from '../../server/src/cli/errors';
import { HedgeDocClient } from '../../server/src/hedgedoc/client';
import { LiveNote } from '../../server/src/hedgedoc/realtime/liveNote';
import { fromChange } from '../../server/src/hedgedoc/realtime/textOperation';
import { BASE, createNote, loginCookie, SKIP, startHedgeDoc, stopHedgeDoc } from './oracle';
import { PlainClient } from './plainClient';

const EMAIL = 'owner@example.org';
const PASSWORD = 'correct horse battery staple';

function pull(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const cwd = mkdtempSync(join(tmpdir(), 'hd-perm-'));
  const out: string[] = [];
  return runPull(argv, (s) => out.push(s), { cwd, env: { SCS_DECK_HEDGEDOC_URL: BASE, ...env }, err: () => undefined }).then((code) => ({ code, out, cwd }));
}

async function waitFor(what: string, cond: () => boolean | Promise<boolean>, ms = 10000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('notes that need a login', { skip: SKIP }, () => {
  let cookie = '';
  let privateId = '';
  let lockedId = '';
  before(async () => {
    await startHedgeDoc();
    cookie = await loginCookie(EMAIL, PASSWORD);
    const owner = new HedgeDocClient(BASE, { allowPrivate: true, cookie });
    privateId = await createNote('# Community Call 2024-05-30\nsecret\n', cookie);
    lockedId = await createNote('# Community Call 2024-06-06\nlocked\n', cookie);
    for (const [id, permission] of [[privateId, 'private'], [lockedId, 'locked']] as const) {
      const live = await LiveNote.open(owner, id, { allowPrivate: true });
      live.setPermission(permission);
      await waitFor(`${permission} permission`, () => live.notePermission === permission);
      live.close();
    }
  });
  after(() => stopHedgeDoc());

  it('pull of a private note without a login says that permission is needed', async () => {
    await assert.rejects(pull([`${BASE}/${privateId}`]), (e: Error) => e instanceof UsageError && /needs permission you do not have: log in/.test(e.message));
  });

  it('pull with the owner\'s email and password, or with a pasted session cookie, works', async () => {
    const r = await pull([`${BASE}/${privateId}`, '-o', 'a.md'], { SCS_DECK_HEDGEDOC_EMAIL: EMAIL, SCS_DECK_HEDGEDOC_PASSWORD: PASSWORD });
    assert.equal(r.code, 0);
    assert.equal(readFileSync(join(r.cwd, 'a.md'), 'utf8'), '# Community Call 2024-05-30\nsecret\n');
    const c = await pull([`${BASE}/${privateId}`, '-o', 'b.md'], { SCS_DECK_HEDGEDOC_COOKIE: cookie.replace(/^connect\.sid=/, '') });
    assert.equal(c.code, 0);
  });

  it('a wrong password is a clear login error', async () => {
    await assert.rejects(pull([`${BASE}/${privateId}`], { SCS_DECK_HEDGEDOC_EMAIL: EMAIL, SCS_DECK_HEDGEDOC_PASSWORD: 'wrong' }), (e: Error) => /Login to .* failed: wrong email or password/.test(e.message));
  });

  it('a live note without edit permission opens read-only and refuses edits', async () => {
    const live = await LiveNote.open(new HedgeDocClient(BASE, { allowPrivate: true }), lockedId, { allowPrivate: true });
    try {
      await waitFor('read-only state', () => live.state === 'read-only');
      assert.equal(live.text, '# Community Call 2024-06-06\nlocked\n');
      assert.throws(() => live.edit(fromChange(live.text.length, 0, 0, 'x')), /only read this note/);
    } finally {
      live.close();
    }
  });

  it('a note deleted while open is reported, and later edits are refused', async () => {
    const id = await createNote('# Community Call 2024-06-13\n', cookie);
    const live = await LiveNote.open(new HedgeDocClient(BASE, { allowPrivate: true }), id, { allowPrivate: true });
    const errors: Error[] = [];
    live.on('error', (e: Error) => errors.push(e));
    const owner = await PlainClient.open(BASE, id, cookie);
    owner.send('delete');
    await waitFor('the deletion to arrive', () => errors.length > 0);
    owner.close();
    assert.match(errors[0].message, /was deleted by its owner/);
    assert.equal(live.state, 'closed');
    assert.throws(() => live.edit(fromChange(live.text.length, 0, 0, 'x')), /closed/);
    assert.equal((await fetch(`${BASE}/${id}/download`)).status, 404);
  });

  it('opening a private note live without a login is refused clearly', async () => {
    await assert.rejects(LiveNote.open(new HedgeDocClient(BASE, { allowPrivate: true }), privateId, { allowPrivate: true }), /permission/);
  });
});
