import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { CALL_DATE_REQUEST, type CallDateResult, NEW_DECK_TEXT_REQUEST, type NewDeckTextResult, WORKSPACE_TRUST_NOTIFICATION } from '../../../server/src/protocol';
import { startInProcessServer, type InProcessServer } from './harness';

describe('lsp: the New Deck command asks the server for the date and the text', () => {
  let server: InProcessServer;
  const dir = mkdtempSync(join(tmpdir(), 'scs-new-deck-req-'));
  const calls = join(dir, 'community-call');
  before(async () => {
    mkdirSync(calls);
    writeFileSync(join(calls, 'template.md'), '---\ntype: slide\n---\n\n# Call 202X-XX-XX\n');
    server = await startInProcessServer();
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('suggests the next Thursday without a deck, and checks typed dates', async () => {
    const ask = (value?: string) => server.connection.sendRequest<CallDateResult>(CALL_DATE_REQUEST, { value, taken: ['20261126.md'], today: '2026-11-23' });
    assert.deepEqual(await ask(), { date: '2026-12-03', fileName: '20261203.md' });
    assert.match((await ask('2026-11-26')).error!, /20261126\.md already exists/);
    assert.match((await ask('2026-11-27')).warning!, /Friday/);
    assert.match((await ask('27.11.2026')).error!, /YYYY-MM-DD/);
  });

  it('fills the folder\'s template; an untrusted workspace gets the built-in one', async () => {
    const ask = () => server.connection.sendRequest<NewDeckTextResult>(NEW_DECK_TEXT_REQUEST, { folderUri: pathToFileURL(calls).toString(), date: '2026-12-03' });
    const trusted = await ask();
    assert.equal(trusted.text, '---\ntype: slide\n---\n\n# Call 2026-12-03\n');
    assert.equal(trusted.templateFile, join(calls, 'template.md'));
    await server.connection.sendNotification(WORKSPACE_TRUST_NOTIFICATION, { trusted: false });
    const untrusted = await ask();
    assert.equal(untrusted.templateFile, undefined);
    assert.match(untrusted.text, /2026-12-03/);
    assert.notEqual(untrusted.text, trusted.text);
  });
});
