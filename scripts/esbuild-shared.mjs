// What every esbuild bundle that contains the deck core needs: the extension's bundles and the editor tests alike.
import { readFileSync } from 'node:fs';

/**
 * markdown-it-imsize loads its size detectors with require('./types/' + name), which esbuild cannot map to
 * files; spell the five out.
 */
export const imsizeDetectors = {
  name: 'imsize-detectors',
  setup(build) {
    build.onLoad({ filter: /markdown-it-imsize[\\/]lib[\\/]imsize[\\/](detector|index)\.js$/ }, (args) => {
      const list = ['bmp', 'gif', 'jpg', 'png', 'tiff'].map((t) => `${t}: require('./types/${t}')`).join(', ');
      const src = readFileSync(args.path, 'utf8').replace("require('./types/' + type)", `({ ${list} })[type]`);
      return { contents: src, loader: 'js' };
    });
  },
};

/**
 * css-tree's ESM build reads its data through createRequire(import.meta.url), which is undefined in a CJS bundle;
 * its CJS build bundles cleanly.
 */
export const CORE_ALIAS = { 'css-tree': './node_modules/css-tree/cjs/index.cjs' };
