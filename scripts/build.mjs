// Bundles the extension client, the language server, the CLI and the webview script with esbuild.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORE_ALIAS, imsizeDetectors } from './esbuild-shared.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const common = {
  bundle: true,
  alias: CORE_ALIAS,
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
  // The exported file's math start-up, inlined by the export after the MathJax bundle.
  { ...common, platform: 'browser', format: 'iife', target: 'es2022', sourcemap: false, entryPoints: ['media/src/mathjax/exportStart.ts'], outfile: 'dist/media/mathjax/export-start.js' },
  { ...common, entryPoints: ['media/preview.css'], outfile: 'dist/media/preview.css' },
  ...diagramBuilds(),
];

// Production builds start from an empty dist/; development builds overwrite in place, so a running
// editor or test never sees dist/ vanish.
if (production) rmSync(join(root, 'dist'), { recursive: true, force: true });
mkdirSync(join(root, 'dist'), { recursive: true });
copyMedia();
copyDiagramLibraries();
await writeHedgeDocCss();
await writeMathJax();
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
  console.log('watching for changes…');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}

/**
 * reveal.js 3.9.2 as HedgeDoc 1.12 serves it (script, styles, themes, the zenburn code theme its slide page links,
 * the print stylesheet) and HedgeDoc's emoji images, for the webview, export and PDF.
 */
function copyMedia() {
  const reveal = join(root, 'node_modules/reveal.js');
  const out = join(root, 'dist/media/reveal');
  // A development build overwrites in place: clear what an older reveal.js layout left behind.
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'theme'), { recursive: true });
  copyFileSync(join(reveal, 'js/reveal.js'), join(out, 'reveal.js'));
  copyFileSync(join(reveal, 'css/reveal.css'), join(out, 'reveal.css'));
  copyFileSync(join(reveal, 'css/print/pdf.css'), join(out, 'print-pdf.css'));
  copyFileSync(join(reveal, 'lib/css/zenburn.css'), join(out, 'zenburn.css'));
  for (const f of readdirSync(join(reveal, 'css/theme')).filter((n) => n.endsWith('.css'))) {
    writeFileSync(join(out, 'theme', f), withoutFontImports(readFileSync(join(reveal, 'css/theme', f), 'utf8')));
  }
  const emoji = join(root, 'media/emoji');
  mkdirSync(join(root, 'dist/media/emoji'), { recursive: true });
  for (const f of readdirSync(emoji).filter((n) => n.endsWith('.webp'))) copyFileSync(join(emoji, f), join(root, 'dist/media/emoji', f));
}

/**
 * The diagram libraries at HedgeDoc 1.12's versions, one script per library in dist/media/diagrams/ (see
 * server/src/core/data/diagrams.ts): the webview loads each the first time a slide needs it, the export inlines
 * those its deck uses, and the language server runs the parsers of some in a sandbox for `diagram-syntax`.
 * Always minified: they ship as they are. `draw.js` is the export's drawing script (media/src/diagrams/).
 */
function diagramBuilds() {
  const lib = { bundle: true, platform: 'browser', format: 'iife', target: 'es2019', minify: true, sourcemap: false, logLevel: 'warning', absWorkingDir: root };
  const out = (name) => `dist/media/diagrams/${name}.js`;
  return [
    { ...lib, entryPoints: ['media/diagram-libs/mermaid.js'], outfile: out('mermaid') },
    // HedgeDoc's bundle hands js-sequence-diagrams lodash and Raphael as free variables; so does `inject`. Its
    // jison parser names fs and path only in a command-line entry point that never runs here.
    { ...lib, entryPoints: ['media/diagram-libs/sequence.js'], outfile: out('sequence'), inject: ['media/diagram-libs/sequenceGlobals.js'], external: ['fs', 'path'] },
    { ...lib, entryPoints: ['media/diagram-libs/flowchart.js'], outfile: out('flowchart'), alias: { raphael: './media/diagram-libs/raphaelGlobal.js' } },
    { ...common, platform: 'browser', format: 'iife', target: 'es2022', minify: true, sourcemap: false, entryPoints: ['media/src/diagrams/exportEntry.ts'], outfile: out('draw') },
  ];
}

/** Libraries already shipped as one minified script: viz.js (asm.js, which minifying again would only break), Raphael with eve, abcjs. */
function copyDiagramLibraries() {
  const out = join(root, 'dist/media/diagrams');
  mkdirSync(out, { recursive: true });
  copyFileSync(join(root, 'node_modules/viz.js/viz.js'), join(out, 'viz.js'));
  copyFileSync(join(root, 'node_modules/raphael/raphael.min.js'), join(out, 'raphael.js'));
  copyFileSync(join(root, 'node_modules/abcjs/dist/abcjs-basic-min.js'), join(out, 'abcjs.js'));
}

/**
 * The themes `@import` their fonts (reveal's own files or Google Fonts). HedgeDoc's slide page sets its own font
 * stack on `.reveal`, its headings and code, so no theme font is ever drawn: the imports only cost requests.
 */
function withoutFontImports(css) {
  return css.replace(/@import url\([^)]*\);\s*/g, '');
}

/**
 * MathJax 2.7.9 as one script, `dist/media/mathjax/mathjax.js`, for the preview (loaded when a deck has math) and the
 * export (inlined when it has math): our loader (media/src/mathjax/loader.ts), then every file HedgeDoc's
 * configuration may load later as a function the loader runs on request, then MathJax.js and the configurations
 * HedgeDoc's slide page loads, in its order. Beside it, the TeX web fonts and MathJax's licence.
 */
async function writeMathJax() {
  const pkg = join(root, 'node_modules/mathjax');
  const { MATHJAX_CONFIG_FILES, MATHJAX_PARTS } = await coreModule('server/src/core/render/mathjax.ts');
  const out = join(root, 'dist/media/mathjax');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'fonts'), { recursive: true });
  const skip = (rel) => MATHJAX_PARTS.skip.some((s) => rel === s || rel.startsWith(`${s}/`));
  const below = (dir) => readdirSync(join(pkg, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (skip(rel)) return [];
    return e.isDirectory() ? below(rel) : e.name.endsWith('.js') ? [rel] : [];
  });
  const parts = [...MATHJAX_PARTS.files, ...MATHJAX_PARTS.folders.flatMap(below)].sort();
  const fonts = readdirSync(join(pkg, MATHJAX_PARTS.fonts)).filter((f) => f.endsWith('.woff')).sort();
  for (const f of fonts) copyFileSync(join(pkg, MATHJAX_PARTS.fonts, f), join(out, 'fonts', f));
  copyFileSync(join(pkg, 'LICENSE'), join(out, 'LICENSE'));
  const loader = await esbuild.build({ entryPoints: [join(root, 'media/src/mathjax/loader.ts')], bundle: true, format: 'iife', platform: 'browser', target: 'es2022', minify: true, write: false, logLevel: 'warning' });
  // Every file repeats the same licence header; the bundle states it once.
  const read = (rel) => readFileSync(join(pkg, rel), 'utf8').replace(/^\/\*[\s\S]*?\*\/\s*/, '');
  const table = parts.map((rel) => `f[${JSON.stringify(rel)}]=function(){${read(rel)}\n};\n`).join('');
  const names = fonts.map((f) => f.replace(/\.woff$/, ''));
  writeFileSync(
    join(out, 'mathjax.js'),
    `/* MathJax 2.7.9, Copyright (c) 2009-2018 The MathJax Consortium, Apache License 2.0 (LICENSE beside this file). */\n` +
      `(function(){var f={};\n${table}window.__scsMathJax={files:f,fonts:${JSON.stringify(names)}};})();\n` +
      loader.outputFiles[0].text +
      [ 'MathJax.js', ...MATHJAX_CONFIG_FILES].map((rel) => `${read(rel)}\n`).join(''),
  );
}

/** Runs a module of the pure core (no I/O) and returns its exports: the build reads facts from their one home. */
async function coreModule(file) {
  const { outputFiles } = await esbuild.build({ entryPoints: [join(root, file)], bundle: true, format: 'cjs', platform: 'node', write: false, logLevel: 'warning' });
  const mod = { exports: {} };
  new Function('module', 'exports', outputFiles[0].text)(mod, mod.exports);
  return mod.exports;
}

/**
 * HedgeDoc's slide-page CSS has one home, the render core (`HEDGEDOC_SLIDE_CSS`), which the export inlines; the
 * preview webview links the same text as `media/hedgedoc-slide.css`, so the extension needs no core module for it,
 * with the body font's face (the export inlines that face only when a deck draws mermaid diagrams).
 */
async function writeHedgeDocCss() {
  const { HEDGEDOC_SLIDE_CSS, BODY_FONT, bodyFontFace } = await coreModule('server/src/core/render/hedgedocCss.ts');
  writeFileSync(join(root, 'dist/media/hedgedoc-slide.css'), HEDGEDOC_SLIDE_CSS + bodyFontFace(`reveal/fonts/${BODY_FONT.file}`));
  // The body font from reveal.js's own copy (SIL Open Font License, shipped beside it).
  const fonts = join(root, 'node_modules/reveal.js/lib/font/source-sans-pro');
  mkdirSync(join(root, 'dist/media/reveal/fonts'), { recursive: true });
  copyFileSync(join(fonts, BODY_FONT.file), join(root, 'dist/media/reveal/fonts', BODY_FONT.file));
  copyFileSync(join(fonts, 'LICENSE'), join(root, 'dist/media/reveal/fonts/source-sans-pro-LICENSE'));
}
