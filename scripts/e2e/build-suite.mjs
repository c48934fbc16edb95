// Bundles the extension test suite (test/e2e/suite/*.ts) into out/test/e2e/suite/, one file per entry,
// so that mocha (left external with playwright-core, resolved from node_modules) can load each *.test.js by name.
import * as esbuild from 'esbuild';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORE_ALIAS, imsizeDetectors } from '../esbuild-shared.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SUITE_OUT = join(ROOT, 'out', 'test', 'e2e', 'suite');
export const SUITE_INDEX = join(SUITE_OUT, 'index.js');
export const WORKSPACE = join(ROOT, 'test', 'e2e', 'workspace');

/** Builds the suite; returns the bundled entry point VS Code loads as `extensionTestsPath`. */
export async function buildSuite() {
  const srcDir = join(ROOT, 'test', 'e2e', 'suite');
  const entryPoints = readdirSync(srcDir).filter((f) => f === 'index.ts' || f.endsWith('.test.ts')).map((f) => join(srcDir, f));
  // A test file deleted from the sources must not keep running from an old bundle.
  rmSync(SUITE_OUT, { recursive: true, force: true });
  mkdirSync(SUITE_OUT, { recursive: true });
  await esbuild.build({
    entryPoints,
    outdir: SUITE_OUT,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    sourcemap: 'inline',
    logLevel: 'warning',
    // playwright-core drives HedgeDoc's web editor from a live-note test; it cannot be bundled.
    external: ['vscode', 'mocha', 'playwright-core'],
    // Some tests read decks with the core itself.
    alias: CORE_ALIAS,
    plugins: [imsizeDetectors],
    absWorkingDir: ROOT,
  });
  return SUITE_INDEX;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildSuite();
