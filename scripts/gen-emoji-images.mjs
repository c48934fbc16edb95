// Regenerates media/emoji/<name>.webp from emojify.js's 64 px PNGs (the images HedgeDoc 1.x shows).
// WebP at quality 90 keeps the emoji visually the same at slide sizes and a quarter of the PNGs' weight,
// which keeps the extension package small. Needs `cwebp` (Debian: apt-get install webp); run it only when
// emojify.js changes.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const src = 'node_modules/emojify.js/dist/images/basic';
const out = 'media/emoji';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const names = readdirSync(src).filter((f) => f.endsWith('.png')).map((f) => f.slice(0, -4));
for (const name of names) {
  execFileSync('cwebp', ['-quiet', '-q', '90', '-alpha_q', '100', '-m', '6', join(src, `${name}.png`), '-o', join(out, `${name}.webp`)]);
}
console.log(`${names.length} emoji written to ${out}`);
