/* global AbortSignal */
// `npm run test:e2e`: the extension test suite inside a real VS Code (code-server, set up on first use in the
// cache dir) driven by headless Chromium. Binds 127.0.0.1 only, kills what it started, and exits non-zero
// on failure or timeout. Logs, screenshots and latency numbers go to test-results/e2e/.
import { execFileSync } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCodeServer, findChromium, killGroup, prepareRunDir, startCodeServer, waitHealthy } from '../code-server.mjs';
import { runTestsInBrowser } from './browser-driver.mjs';
import { buildSuite, ROOT, WORKSPACE } from './build-suite.mjs';
import { latencyReport, printFigures, printLatency } from './latency-report.mjs';
import { PeakMemory } from './peak-memory.mjs';

const PORT = Number(process.env.E2E_PORT || 8811);
const TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS || 300_000);
const OUT = join(ROOT, 'test-results', 'e2e');
const say = (msg) => console.log(`[e2e] ${msg}`);

async function main() {
  const t0 = Date.now();
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  const testsPath = await buildSuite();
  await ensureCodeServer();
  if (!findChromium()) throw new Error('no Chromium found (install the `chromium` package or set $CHROMIUM)');
  await assertPortFree(PORT);

  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const run = mkdtempSync(join(tmpdir(), 'scs-deck-e2e-'));
  // The tests edit and create files: they get a fresh copy of the fixture workspace every run.
  const workspace = join(run, 'workspace');
  cpSync(WORKSPACE, workspace, { recursive: true });
  const bridgeDir = join(run, 'bridge');
  mkdirSync(bridgeDir);
  prepareRunDir(run);

  const tStart = Date.now();
  const server = startCodeServer({ runDir: run, port: PORT, workspace, testDriver: true, logFile: true });
  const serverLog = createWriteStream(join(OUT, 'code-server.log'));
  server.stdout.pipe(serverLog);
  server.stderr.pipe(serverLog);
  // Our own process tree holds code-server, its extension host and language server, and the browser.
  const memory = new PeakMemory([process.pid]);
  const stop = () => { memory.stop(); killGroup(server); };
  process.on('exit', stop);
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { stop(); process.exit(130); });

  await waitHealthy(PORT);
  const serverReadyS = (Date.now() - tStart) / 1000;
  say(`code-server ready on 127.0.0.1:${PORT} after ${serverReadyS.toFixed(1)} s`);

  const resultsFile = join(run, 'results.json');
  // The live-note tests open HedgeDoc's web editor in a Chromium of their own, and may restart HedgeDoc.
  const env = { SCS_E2E_BRIDGE: bridgeDir, SCS_E2E_RESULTS: resultsFile, SCS_E2E_CHROMIUM: findChromium() };
  for (const k of ['SCS_E2E_GREP', 'SCS_E2E_LATENCY_ROUNDS', 'SCS_E2E_HEDGEDOC_URL', 'SCS_E2E_HEDGEDOC_SECONDS', 'SCS_E2E_HEDGEDOC_SCRIPTS', 'SCS_E2E_HEDGEDOC_DIR', 'SCS_E2E_HEDGEDOC_WEB_EDITOR', 'SCS_E2E_CPU_PROFILE', 'SCS_DECK_SERVER_CPU_PROFILE']) if (process.env[k]) env[k] = process.env[k];
  const tSuite = Date.now();
  const { code } = await runTestsInBrowser({
    base: `http://127.0.0.1:${PORT}`, workspace, extDir: ROOT, testsPath, env, outDir: OUT, bridgeDir,
    timeoutMs: TIMEOUT_MS, verbose: !!process.env.VERBOSE
  });
  const suiteS = (Date.now() - tSuite) / 1000;
  stop();
  // The editor's own logs, including the extension's "SCS Deck" output channel (language server errors).
  if (existsSync(join(run, 'ud', 'logs'))) cpSync(join(run, 'ud', 'logs'), join(OUT, 'editor-logs'), { recursive: true });

  const outcome = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : undefined;
  const timing = { codeServerReadyS: serverReadyS, suiteS, totalS: (Date.now() - t0) / 1000, peakMemoryMb: memory.peakMb() };
  writeFileSync(join(OUT, 'timing.json'), JSON.stringify(timing, null, 2));
  if (outcome) {
    writeFileSync(join(OUT, 'results.json'), JSON.stringify(outcome, null, 2));
    const report = latencyReport(outcome.latency);
    writeFileSync(join(OUT, 'latency.json'), JSON.stringify(report, null, 2));
    printLatency(report);
    printFigures(Object.fromEntries(Object.entries(outcome.figures ?? {}).map(([name, f]) => [name, [f]])));
  }
  return summarise(code, outcome, timing);
}

function summarise(code, outcome, timing) {
  say(`code-server ready ${timing.codeServerReadyS.toFixed(1)} s, suite ${timing.suiteS.toFixed(1)} s, total ${timing.totalS.toFixed(1)} s, peak memory ${timing.peakMemoryMb} MB`);
  for (const s of outcome?.skips ?? []) say(`skipped: ${s}`);
  for (const f of outcome?.failures ?? []) say(`FAILED: ${f.title}\n${f.error.split('\n').slice(0, 6).join('\n')}`);
  if (!outcome) say(`no test results: the suite did not finish (${code}); see test-results/e2e/workbench.log and failure.png`);
  if (code !== 0) say('logs: test-results/e2e/workbench.log, and the extension\'s output in test-results/e2e/editor-logs/**/*SCS Deck.log');
  const passed = outcome?.passed ?? 0;
  const failed = (outcome?.failed ?? 0) + (code !== 0 && !outcome?.failed ? 1 : 0);
  console.log(`ℹ tests ${passed + failed + (outcome?.skipped ?? 0)}`);
  console.log(`ℹ pass ${passed}`);
  console.log(`ℹ fail ${failed}`);
  console.log(`ℹ skipped ${outcome?.skipped ?? 0}`);
  console.log(`ℹ duration_ms ${Math.round(timing.totalS * 1000)}`);
  return code === 0 && failed === 0 ? 0 : 1;
}

async function assertPortFree(port) {
  try {
    await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(1000) });
  } catch {
    return;
  }
  throw new Error(`port ${port} on 127.0.0.1 is already in use; stop that server or set E2E_PORT`);
}

main().then((rc) => process.exit(rc), (err) => {
  console.error(`[e2e] ${err?.stack ?? err}`);
  console.log('ℹ pass 0\nℹ fail 1');
  process.exit(1);
});
