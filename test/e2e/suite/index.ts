/**
 * Entry point VS Code loads as `extensionTestsPath` (under @vscode/test-electron and in code-server).
 * It runs every `*.test.js` bundled beside it with mocha and resolves only when all of them pass.
 *
 * Example: `code --extensionDevelopmentPath=. --extensionTestsPath=out/test/e2e/suite/index.js test/e2e/workspace`
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { type Figure, figures, latencyDebounce, latencySamples } from './latency';

interface Outcome {
  passed: number;
  failed: number;
  skipped: number;
  failures: { title: string; error: string }[];
  skips: string[];
  latency: Record<string, number[]>;
  debounce: Record<string, number>;
  figures: Record<string, Figure>;
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  if (process.env.SCS_E2E_GREP) mocha.grep(process.env.SCS_E2E_GREP);
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  const outcome: Outcome = { passed: 0, failed: 0, skipped: 0, failures: [], skips: [], latency: latencySamples, debounce: latencyDebounce, figures };
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      writeOutcome(outcome);
      if (failures > 0) reject(new Error(`${failures} extension test(s) failed`));
      else resolve();
    });
    runner.on('pass', () => outcome.passed++);
    runner.on('fail', (test, err: Error) => {
      outcome.failed++;
      outcome.failures.push({ title: test.fullTitle(), error: String(err?.stack ?? err) });
    });
    runner.on('pending', (test) => {
      outcome.skipped++;
      outcome.skips.push(test.fullTitle());
    });
  });
}

/** Lets the runner outside the editor print a summary and latency numbers without scraping the log. */
function writeOutcome(outcome: Outcome): void {
  const file = process.env.SCS_E2E_RESULTS;
  if (!file) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(outcome, null, 2));
}
