// `npm run test:vscode`: the same extension test suite under @vscode/test-electron, for machines that can
// download VS Code (or that name one with $VSCODE_EXECUTABLE). Offline it says so and fails: it never
// reports a pass it did not run.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { buildSuite, ROOT, WORKSPACE } from './build-suite.mjs';
import { latencyReport, printLatency } from './latency-report.mjs';

const say = (msg) => console.log(`[vscode] ${msg}`);

async function vscodeExecutable() {
  if (process.env.VSCODE_EXECUTABLE) return process.env.VSCODE_EXECUTABLE;
  try {
    return await downloadAndUnzipVSCode({ version: process.env.VSCODE_VERSION || 'stable', timeout: 30_000 });
  } catch (err) {
    say(`cannot download VS Code (${String(err?.message ?? err).split('\n')[0]}).`);
    say('This machine looks offline or cannot reach update.code.visualstudio.com, so the extension tests did NOT run.');
    say('Use `npm run test:e2e` (the same suite in code-server), or set VSCODE_EXECUTABLE to an installed VS Code.');
    return undefined;
  }
}

async function main() {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  const extensionTestsPath = await buildSuite();
  const executable = await vscodeExecutable();
  if (!executable) return 1;
  const run = mkdtempSync(join(tmpdir(), 'scs-deck-vscode-'));
  const workspace = join(run, 'workspace');
  cpSync(WORKSPACE, workspace, { recursive: true });
  const resultsFile = join(run, 'results.json');
  mkdirSync(join(run, 'ud'), { recursive: true });
  let code;
  try {
    code = await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath,
      extensionTestsEnv: { SCS_E2E_RESULTS: resultsFile, ...(process.env.SCS_E2E_HEDGEDOC_URL ? { SCS_E2E_HEDGEDOC_URL: process.env.SCS_E2E_HEDGEDOC_URL } : {}) },
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome',
        '--skip-release-notes', '--user-data-dir', join(run, 'ud')],
    });
  } catch (err) {
    say(`the extension tests failed or VS Code could not start: ${err?.message ?? err}`);
    code = 1;
  }
  const outcome = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : undefined;
  if (outcome) printLatency(latencyReport(outcome.latency));
  console.log(`ℹ pass ${outcome?.passed ?? 0}`);
  console.log(`ℹ fail ${outcome?.failed ?? (code === 0 ? 0 : 1)}`);
  console.log(`ℹ skipped ${outcome?.skipped ?? 0}`);
  return code === 0 && outcome ? 0 : 1;
}

main().then((rc) => process.exit(rc), (err) => {
  say(String(err?.stack ?? err));
  process.exit(1);
});
