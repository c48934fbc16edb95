// Checks what the VSIX ships: the bundles and assets must be in it; sources, tests and node_modules must not.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const files = execFileSync('npx', ['vsce', 'ls', '--no-dependencies'], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
const required = ['package.json', 'README.md', 'dist/client.js', 'dist/server.js', 'dist/cli.js', 'bin/scs-deck.js'];
const forbidden = [/^node_modules\//, /\.ts$/, /^test\//, /^server\/src\//, /^client\/src\//, /\.map$/, /^\.ci\//, /^sample\//, /^scripts\//];
const missing = required.filter((f) => !files.includes(f));
const leaked = files.filter((f) => forbidden.some((re) => re.test(f)));
if (!existsSync('scs-deck.vsix')) missing.push('scs-deck.vsix (run npm run package first)');
if (missing.length || leaked.length) {
  console.error(`VSIX content check failed.\n  missing: ${missing.join(', ') || '-'}\n  must not ship: ${leaked.join(', ') || '-'}`);
  process.exit(1);
}
console.log(`VSIX content ok: ${files.length} files`);
