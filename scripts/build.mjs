// Bundles the extension client, the language server, the CLI and the webview script with esbuild.
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// markdown-it-imsize loads its size detectors with require('./types/' + name), which esbuild cannot map to
// files; spell the five out.
const imsizeDetectors = {
  name: 'imsize-detectors',
  setup(build) {
    build.onLoad({ filter: /markdown-it-imsize[\\/]lib[\\/]imsize[\\/](detector|index)\.js$/ }, (args) => {
      const list = ['bmp', 'gif', 'jpg', 'png', 'tiff'].map((t) => `${t}: require('./types/${t}')`).join(', ');
      const src = readFileSync(args.path, 'utf8').replace("require('./types/' + type)", `({ ${list} })[type]`);
      return { contents: src, loader: 'js' };
    });
  },
};

const common = {
  bundle: true,
  // css-tree's ESM build reads its data through createRequire(import.meta.url), which is undefined in a CJS
  // bundle; its CJS build bundles cleanly.
  alias: { 'css-tree': './node_modules/css-tree/cjs/index.cjs' },
  plugins: [imsizeDetectors],
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  define: { VERSION: JSON.stringify(version) },
  absWorkingDir: root,
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  // The HedgeDoc feature (socket.io, OT, the HTTP client) loads on first use, not at activation.
  { ...common, entryPoints: ['client/src/hedgedoc/feature.ts'], outfile: 'dist/hedgedoc.js', external: ['vscode'] },
  // The language server and the CLI share one bundle: VS Code forks it, bin/scs-deck.js requires it.
  { ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' },
  { ...common, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: ['media/src/preview.ts'], outfile: 'dist/media/preview.js' },
  { ...common, entryPoints: ['media/preview.css'], outfile: 'dist/media/preview.css' },
];

// Production builds start from an empty dist/; development builds overwrite in place, so a running
// editor or test never sees dist/ vanish.
if (production) rmSync(join(root, 'dist'), { recursive: true, force: true });
mkdirSync(join(root, 'dist'), { recursive: true });
copyMedia();
await writeHedgeDocCss();
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
  console.log('watching for changes…');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}

/** reveal.js (script, styles, themes, notes plugin) and HedgeDoc's emoji PNGs, for the webview, export and PDF. */
function copyMedia() {
  const reveal = join(root, 'node_modules/reveal.js/dist');
  const out = join(root, 'dist/media/reveal');
  mkdirSync(join(out, 'theme'), { recursive: true });
  mkdirSync(join(out, 'plugin'), { recursive: true });
  for (const f of ['reveal.js', 'reveal.css', 'reset.css']) copyFileSync(join(reveal, f), join(out, f));
  const extractFonts = fontStore(join(out, 'fonts'));
  for (const f of readdirSync(join(reveal, 'theme')).filter((n) => n.endsWith('.css'))) {
    writeFileSync(join(out, 'theme', f), extractFonts(readFileSync(join(reveal, 'theme', f), 'utf8')));
  }
  copyFileSync(join(reveal, 'plugin/notes.js'), join(out, 'plugin/notes.js'));
  const emoji = join(root, 'media/emoji');
  mkdirSync(join(root, 'dist/media/emoji'), { recursive: true });
  for (const f of readdirSync(emoji).filter((n) => n.endsWith('.webp'))) copyFileSync(join(emoji, f), join(root, 'dist/media/emoji', f));
}

/**
 * reveal.js's themes embed their fonts as data: URIs, and the themes that share a font family each carry a
 * copy (about 0.5 MB per theme). Each distinct font is written once as `fonts/<hash>.<ext>` and the theme points
 * at it; the HTML export inlines it again (server/src/export/themeCss.ts).
 */
function fontStore(dir) {
  mkdirSync(dir, { recursive: true });
  return (css) => css.replace(/url\((["']?)data:font\/(woff2?|ttf|otf);base64,([A-Za-z0-9+/=]+)\1\)/g, (_, _q, ext, b64) => {
    const name = `${createHash('sha256').update(b64).digest('hex').slice(0, 16)}.${ext}`;
    writeFileSync(join(dir, name), Buffer.from(b64, 'base64'));
    return `url(../fonts/${name})`;
  });
}

/**
 * HedgeDoc's slide-page CSS has one home, the render core (`HEDGEDOC_SLIDE_CSS`), which the export inlines; the
 * preview webview links the same text as `media/hedgedoc-slide.css`, so the extension needs no core module for it.
 */
async function writeHedgeDocCss() {
  const { outputFiles } = await esbuild.build({ entryPoints: [join(root, 'server/src/core/render/hedgedocCss.ts')], bundle: true, format: 'cjs', platform: 'node', write: false, logLevel: 'warning' });
  const mod = { exports: {} };
  new Function('module', 'exports', outputFiles[0].text)(mod, mod.exports);
  writeFileSync(join(root, 'dist/media/hedgedoc-slide.css'), mod.exports.HEDGEDOC_SLIDE_CSS);
}
