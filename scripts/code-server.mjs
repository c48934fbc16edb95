// Sets up a real VS Code (code-server from npm, on Node 24 from npm) in a cache directory on first use,
// and starts it bound to 127.0.0.1. Used by `npm start` when `code` is not on PATH, and by the e2e tests.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanEnv, CODE_SERVER_BIN, NODE24_BIN, SetupError } from './vscode-install.mjs';

export { CACHE_DIR, CODE_SERVER_BIN, CODE_SERVER_VERSION, ensureCodeServer, NODE24_BIN, PLAYWRIGHT_VERSION, SetupError } from './vscode-install.mjs';

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
  const child = spawn(CODE_SERVER_BIN, args, { detached: true, stdio: out, env: { ...cleanEnv(process.env), PATH: `${NODE24_BIN}:${process.env.PATH}` } });
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
  throw new SetupError(`code-server did not answer on 127.0.0.1:${port} within ${timeoutMs} ms`);
}

/** Kills a detached child's whole process group. */
export function killGroup(child) {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch { /* already gone */ }
}
