/**
 * Runs first in the MathJax bundle (`scripts/build.mjs`): MathJax 2 loads its parts and web fonts by URL at run
 * time. Here no part is ever fetched: the bundle carries every file HedgeDoc's configuration can ask for as a
 * function, and MathJax's script loader runs that function instead of adding a `<script src>` (which a nonce CSP
 * refuses, and an exported file could not reach). Web fonts come from the folder or the `data:` table the page
 * names in `MathJax.scs`. A file the bundle lacks fails at once, with a console warning, and loads nothing.
 */

interface Bundle {
  /** Path below MathJax's root → the file's code. */
  files: Record<string, () => void>;
  /** Names of the web fonts shipped, e.g. `MathJax_Main-Regular`. */
  fonts: string[];
}

interface Loading {
  callback: unknown;
  status: number;
  message?: unknown;
}

interface Ajax {
  config: { root: string };
  STATUS: { OK: number; ERROR: number };
  loading: Record<string, Loading>;
  loader: Record<string, (this: Ajax, file: string, callback: unknown) => void>;
  loadTimeout(file: string): void;
  fileName(file: string): string;
  Styles(styles: Record<string, unknown>, callback?: unknown): unknown;
}

interface FontFace {
  src?: string;
}

/** A root no browser can fetch from: the bundle answers every file below it. */
const ROOT = 'scs-mathjax:';
const FONT_FILE = /\/(MathJax_[A-Za-z0-9]+-[A-Za-z]+)\.(?:woff|otf|eot|svg)\b/;

interface Message {
  File(name: string): unknown;
}

const w = window as unknown as { __scsMathJax?: Bundle; MathJax?: Record<string, unknown> & { Ajax?: Ajax; Message?: Message; scs?: { fontBase?: string; fonts?: Record<string, string> } } };
const bundle = w.__scsMathJax ?? { files: {}, fonts: [] };
delete w.__scsMathJax;
const author = (w.MathJax ??= {});
const fonts = author.scs ?? {};
author.root = ROOT;
const authorInit = author.AuthorInit as (() => void) | undefined;
author.AuthorInit = () => {
  install(w.MathJax!.Ajax!, w.MathJax!.Message!);
  authorInit?.();
};

function install(ajax: Ajax, message: Message): void {
  // Set before any file registers itself: MathJax names files by this root.
  ajax.config.root = ROOT;
  // As MathJax's own loaders do, each load gets an entry in MathJax's (hidden) message log, which completion clears.
  const start = (ajax: Ajax, file: string, callback: unknown) => {
    ajax.loading[file] = { callback, status: ajax.STATUS.OK };
    ajax.loading[file].message = message.File(ajax.fileName(file));
  };
  ajax.loader.JS = function (file, callback) {
    const run = file.startsWith(`${ROOT}/`) ? bundle.files[file.slice(ROOT.length + 1)] : undefined;
    start(this, file, callback);
    // Asynchronous, as a script element would be: MathJax expects `Require` to return before the file completes.
    setTimeout(() => {
      if (run) run();
      else {
        console.warn(`MathJax asked for ${file}, which the preview and export do not ship`);
        this.loadTimeout(file);
      }
    }, 0);
  };
  ajax.loader.CSS = function (file, callback) {
    start(this, file, callback);
    setTimeout(() => this.loadTimeout(file), 0);
  };
  const styles = ajax.Styles;
  ajax.Styles = function (this: Ajax, sheet, callback) {
    const faces = sheet?.['@font-face'];
    if (faces) for (const face of Array.isArray(faces) ? faces : [faces]) withOurFont(face as FontFace);
    return styles.call(this, sheet, callback);
  };
}

/** Points an `@font-face` of MathJax's at the shipped font, or at none (then MathJax falls back as without web fonts). */
function withOurFont(face: FontFace): void {
  const name = FONT_FILE.exec(face.src ?? '')?.[1];
  const url = name && (fonts.fonts?.[name] ?? (fonts.fontBase && bundle.fonts.includes(name) ? `${fonts.fontBase}/${name}.woff` : undefined));
  face.src = url ? `url('${url}') format('woff')` : "local('scs-deck: no such MathJax font')";
}
