// `npm start`: a real VS Code with the extension under development and the sample deck open.
// Uses `code` when it is on PATH, otherwise code-server in the browser (set up on first use, 127.0.0.1 only).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CACHE_DIR, ensureCodeServer, killGroup, prepareRunDir, SetupError, startCodeServer, waitHealthy } from './code-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sample = join(root, 'sample');
const deck = join(sample, 'community-call', '20261126.md');
const say = (msg) => process.stderr.write(`[start] ${msg}\n`);

async function main() {
  say('building the extension…');
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });

  const hasCode = spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
  if (hasCode && !process.env.SCS_DECK_USE_CODE_SERVER) {
    say('opening VS Code (`code` on PATH) with the extension under development');
    spawnSync('code', ['--extensionDevelopmentPath', root, sample, deck], { stdio: 'inherit' });
    return;
  }

  say(`VS Code runs as code-server from ${CACHE_DIR}`);
  await ensureCodeServer();
  const port = await pickPort(Number(process.env.PORT || 8711));
  const runDir = mkdtempSync(join(tmpdir(), 'scs-deck-start-'));
  prepareRunDir(runDir);
  // code-server ignores an `extensionDevelopmentPath` payload unless its smoke-test driver is on, so the
  // extension is linked into this run's extensions dir instead: it loads like an installed one, from the
  // working tree (rebuild, then "Developer: Reload Window" to pick up changes).
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  symlinkSync(root, join(runDir, 'exts', `${manifest.publisher}.${manifest.name}-${manifest.version}`), 'dir');
  say(`starting code-server on 127.0.0.1:${port}…`);
  const child = startCodeServer({ runDir, port, workspace: sample });
  const stop = () => { killGroup(child); process.exit(0); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => {
    say(`code-server stopped (exit ${code ?? 'by signal'})`);
    process.exit(code ?? 0);
  });
  await waitHealthy(port);
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${encodeURI(p)}`;
  const payload = [['openFile', remote(deck)]];
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(sample)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  console.log(`\nSCS Deck is running in VS Code (code-server). Open this URL in a browser on this machine:\n\n  ${url}\n\nThe sample deck is ${deck}.\nPress Ctrl+C to stop.`);
}

/** The wanted port if it is free, else the next free one: a second `npm start` should not die on EADDRINUSE. */
async function pickPort(wanted) {
  for (let port = wanted; port < wanted + 50; port++) {
    const free = await new Promise((resolve) => {
      const probe = createServer().once('error', () => resolve(false)).once('listening', () => probe.close(() => resolve(true)));
      probe.listen(port, '127.0.0.1');
    });
    if (free) {
      if (port !== wanted) say(`port ${wanted} is taken; using ${port}`);
      return port;
    }
  }
  throw new SetupError(`no free port in ${wanted}–${wanted + 49} on 127.0.0.1; set PORT to another one`);
}

main().catch((err) => {
  process.stderr.write(`\nnpm start failed: ${err instanceof SetupError ? err.message : err.stack ?? err}\n`);
  process.exit(1);
});
