// Runs node's test runner over every *.test.ts below the given folders (Node 20 has no test globs).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const roots = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const passThrough = process.argv.slice(2).filter((a) => a.startsWith('--'));
const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.test.ts') ? [join(dir, e.name)] : []);
const files = roots.flatMap(walk).sort();
if (files.length === 0) {
  console.error(`no *.test.ts files under ${roots.join(', ')}`);
  process.exit(2);
}
// Most of a test file's time is loading TypeScript; two files at a time use both cores of a small machine
// (Node's own default leaves one core idle there).
const concurrency = passThrough.some((a) => a.startsWith('--test-concurrency')) ? [] : ['--test-concurrency=2'];
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...concurrency, ...passThrough, ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
