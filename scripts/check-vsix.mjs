// Checks what the VSIX ships: the bundles and assets must be in it; sources, tests and node_modules must not;
// and its size.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const files = execFileSync('npx', ['vsce', 'ls', '--no-dependencies'], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
const required = ['package.json', 'README.md', 'dist/client.js', 'dist/hedgedoc.js', 'dist/server.js', 'bin/scs-deck.js',
  // The diagram scripts (server/src/core/data/diagrams.ts) and the export's drawing script.
  ...['abcjs', 'draw', 'flowchart', 'mermaid', 'raphael', 'sequence', 'viz'].map((name) => `dist/media/diagrams/${name}.js`)];
const forbidden = [/^node_modules\//, /\.ts$/, /^test\//, /^server\/src\//, /^client\/src\//, /\.map$/, /^\.ci\//, /^sample\//, /^scripts\//];
const missing = required.filter((f) => !files.includes(f));
const leaked = files.filter((f) => forbidden.some((re) => re.test(f)));
if (!existsSync('scs-deck.vsix')) missing.push('scs-deck.vsix (run npm run package first)');
if (missing.length || leaked.length) {
  console.error(`VSIX content check failed.\n  missing: ${missing.join(', ') || '-'}\n  must not ship: ${leaked.join(', ') || '-'}`);
  process.exit(1);
}
// The package stays small: the themes share their fonts, the CLI shares the server's bundle, emoji are WebP.
// 3 MB for the extension itself, plus 1.5 MB for the diagram libraries HedgeDoc draws with (dist/media/diagrams/:
// viz.js 2.1 MB, mermaid 1.1 MB, abcjs 0.5 MB, Raphael, js-sequence-diagrams and flowchart.js 0.25 MB; 1.13 MB
// zipped), which load only when a deck has a diagram, plus MathJax 2.7.9 for math (dist/media/mathjax: one bundle of
// the files HedgeDoc's configuration loads and the 22 TeX web fonts, about 0.55 MB zipped). The whole product stays
// well under 12 MB with diagrams and math.
const MAX_BYTES = 5_100_000;
const size = statSync('scs-deck.vsix').size;
if (size > MAX_BYTES) {
  console.error(`VSIX is ${(size / 1e6).toFixed(2)} MB, over the ${MAX_BYTES / 1e6} MB budget`);
  process.exit(1);
}
// The extension host loads dist/client.js at activation: it stays thin (parsing, linting and rendering live in the
// language server; the HedgeDoc feature loads from dist/hedgedoc.js on first use).
const MAX_CLIENT_BYTES = 400 * 1024;
const clientSize = statSync('dist/client.js').size;
if (clientSize > MAX_CLIENT_BYTES) {
  console.error(`dist/client.js is ${(clientSize / 1024).toFixed(0)} KiB, over the ${MAX_CLIENT_BYTES / 1024} KiB budget of the code loaded at activation`);
  process.exit(1);
}
console.log(`client bundle ok: ${(clientSize / 1024).toFixed(0)} KiB at activation (budget ${MAX_CLIENT_BYTES / 1024} KiB), HedgeDoc feature ${(statSync('dist/hedgedoc.js').size / 1024).toFixed(0)} KiB on first use`);
console.log(`VSIX content ok: ${files.length} files, ${(size / 1e6).toFixed(2)} MB (budget ${MAX_BYTES / 1e6} MB)`);
