// `npm start`: a real VS Code with the extension under development and the sample deck open.
// Uses `code` when it is on PATH, otherwise code-server in the browser (set up on first use, 127.0.0.1 only).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCodeServer, killGroup, prepareRunDir, startCodeServer, waitHealthy } from './code-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sample = join(root, 'sample');
const deck = join(sample, 'community-call', '20261126.md');

execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });

const hasCode = spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
if (hasCode && !process.env.SCS_DECK_USE_CODE_SERVER) {
  spawnSync('code', ['--extensionDevelopmentPath', root, sample, deck], { stdio: 'inherit' });
  process.exit(0);
}

ensureCodeServer();
const port = Number(process.env.PORT || 8711);
const runDir = mkdtempSync(join(tmpdir(), 'scs-deck-start-'));
prepareRunDir(runDir);
// code-server ignores an `extensionDevelopmentPath` payload unless its smoke-test driver is on, so the
// extension is linked into this run's extensions dir instead: it loads like an installed one, from the
// working tree (rebuild, then "Developer: Reload Window" to pick up changes).
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
symlinkSync(root, join(runDir, 'exts', `${manifest.publisher}.${manifest.name}-${manifest.version}`), 'dir');
const child = startCodeServer({ runDir, port, workspace: sample });
process.on('SIGINT', () => { killGroup(child); process.exit(0); });
process.on('SIGTERM', () => { killGroup(child); process.exit(0); });
child.on('exit', (code) => process.exit(code ?? 0));
await waitHealthy(port);
const remote = (p) => `vscode-remote://127.0.0.1:${port}${encodeURI(p)}`;
const payload = [['openFile', remote(deck)]];
const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(sample)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
console.log(`\nSCS Deck is running in VS Code (code-server). Open this URL in a browser on this machine:\n\n  ${url}\n\nThe sample deck is ${deck}.\nPress Ctrl+C to stop.`);
