import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { afterEach, before, describe, it } from 'mocha';
import { activateExtension, closeAllEditors, openDeck, slideSymbols, waitFor } from './helpers';

/** Processes started by this extension host whose command line runs our language server. */
function serverProcesses(): number[] {
  if (process.platform !== 'linux') return [];
  const found: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmd = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (ppid === process.pid && /dist[\\/]server\.js/.test(cmd)) found.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

describe('language server crash', function () {
  this.timeout(60_000);
  before(async () => {
    await activateExtension();
  });
  afterEach(closeAllEditors);

  it('is restarted, and decks are served again', async function () {
    const editor = await openDeck();
    const [pid] = serverProcesses();
    if (pid === undefined) this.skip();
    process.kill(pid, 'SIGKILL');
    await waitFor('the old server to be gone', () => !serverProcesses().includes(pid) || undefined);
    const fresh = await waitFor('a new server process', () => serverProcesses().find((p) => p !== pid), 30_000);
    assert.notEqual(fresh, pid);
    const symbols = await waitFor('the outline from the restarted server', async () => {
      const s = await slideSymbols(editor.document.uri).catch(() => []);
      return s.length ? s : undefined;
    }, 30_000);
    assert.ok(symbols.length >= 4);
  });
});
