/** Turns a deck file into one self-contained HTML file (shared by the CLI and the editor command). */
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseDeck } from '../core';
import { localImagePath, renderDeck, standaloneHtmlChunks, type LocalFileCheck, type MathAssets, type RenderedDeck } from '../core/render';
import { diagramKindsIn, diagramScripts as diagramScriptNames } from '../core/data/diagrams';
import { BODY_FONT } from '../core/render/hedgedocCss';
import { hasMath } from '../core/render/mathjax';
import { emojiImagePath, emojiOfImage } from '../core/data/emoji';
import { localImageCheck, readImageFile } from '../host/localImageFiles';
import { imageMime } from '../core/render/imageMagic';
import { InlineAssets } from './inlineAssets';
import type { MediaDirs } from './media';

export interface HtmlExportOptions {
  /** The deck's file path: relative images and upload copies are looked up beside it. */
  readonly deckPath: string;
  readonly media: MediaDirs;
  /** More folders with local copies of HedgeDoc uploads. */
  readonly uploadDirs?: readonly string[];
  /**
   * The workspace folder (editor) or repository root (CLI, `findWorkspaceRoot`): images may come from
   * anywhere inside it. Without it only the deck's folder and the upload folders count.
   */
  readonly workspaceDir?: string;
  /** Let the file load https content from public hosts (`--allow-remote`); otherwise it loads nothing remote. */
  readonly allowRemote?: boolean;
}

/** A local file the deck names that was not inlined, and why. */
export interface RefusedFile {
  /** As written in the deck. */
  readonly url: string;
  /** The path it names (before symlinks are resolved). */
  readonly path: string;
  readonly reason: string;
}

export interface HtmlExport {
  /** The file's text in order; write them one after the other (`writeExportFile`) or join them for small decks. */
  readonly chunks: readonly string[];
  /** The whole file as one string (joined on first use). */
  readonly html: string;
  readonly rendered: RenderedDeck;
  /** Images without a local copy: blocked offline, loaded over the network with `allowRemote`. */
  readonly remoteImages: string[];
  /** Local files that were not inlined, once per URL the deck writes (however often it uses it). */
  readonly refused: RefusedFile[];
}

/**
 * Renders `text` as HedgeDoc would and inlines reveal.js, the theme, emoji and the local images the deck may
 * use (see host/localImageFiles), each distinct image once.
 * @example writeExportFile(exportHtml(text, { deckPath: 'deck.md', media: findMedia()! }), 'deck.html')
 */
export function exportHtml(text: string, options: HtmlExportOptions): HtmlExport {
  const deckDir = dirname(resolve(options.deckPath));
  const emojiBase = options.media.emojiDir.replace(/\\/g, '/');
  const remoteImages: string[] = [];
  const refused = new Map<string, RefusedFile>();
  const uploadDirs = (options.uploadDirs ?? []).map((d) => resolve(d));
  const check = remembered(localImageCheck({ deckDir, workspaceDir: options.workspaceDir, uploadDirs }));
  const assets = new InlineAssets();
  const refuse = (url: string, path: string, reason: string) => {
    if (!refused.has(url)) refused.set(url, { url, path, reason });
  };
  const rendered = renderDeck(parseDeck(text), {
    emojiBase,
    resolveUrl(url, kind) {
      if (kind === 'link') return undefined;
      const emoji = emojiOfImage(url, emojiBase);
      if (emoji) return assets.placeholder(`emoji:${emoji}`, () => emojiDataUri(options.media.emojiDir, emoji));
      const local = localImagePath(url, deckDir.replace(/\\/g, '/'), check, uploadDirs);
      if (local && !local.ok) refuse(url, local.path, local.reason);
      const data = local?.ok ? assets.placeholder(`file:${local.file}`, () => fileDataUri(local.file, (reason) => refuse(url, local.path, reason))) : undefined;
      if (data) return data;
      // An upload without a usable copy stays remote; a refused local path loads nothing.
      if (/^https?:/i.test(url)) {
        remoteImages.push(url);
        return undefined;
      }
      return local ? '' : undefined;
    },
  });
  // reveal.js reads the parallax image from its options, which no placeholder script reaches.
  if (rendered.parallax) rendered.parallax = { ...rendered.parallax, image: assets.resolve(rendered.parallax.image) };
  const parallax = rendered.revealOptions.parallaxBackgroundImage;
  if (typeof parallax === 'string') rendered.revealOptions = { ...rendered.revealOptions, parallaxBackgroundImage: assets.resolve(parallax) };
  const read = (...parts: string[]) => readFileSync(join(options.media.revealDir, ...parts), 'utf8');
  const chunks = standaloneHtmlChunks(rendered, {
    revealJs: read('reveal.js'),
    revealCss: read('reveal.css'),
    themeCss: read('theme', `${rendered.theme}.css`),
    codeCss: read('zenburn.css'),
    printCss: read('print-pdf.css'),
    nonce: randomBytes(16).toString('base64'),
    preludeScript: assets.size ? assets.scriptChunks() : undefined,
    ...diagramAssets(rendered, options.media),
    math: rendered.slides.some((s) => hasMath(s.html) || hasMath(s.notes)) ? mathAssets(options.media.mathjaxDir) : undefined,
  }, { allowRemote: options.allowRemote === true });
  let html: string | undefined;
  return {
    chunks,
    get html() {
      return (html ??= chunks.join(''));
    },
    rendered,
    remoteImages,
    refused: [...refused.values()],
  };
}

/**
 * The scripts that draw the deck's diagrams, only those of the kinds it uses, then the drawing script, and the body
 * font when one of them measures in it; none when it has none (or the build's diagram folder is missing, and they
 * stay source).
 */
function diagramAssets(rendered: RenderedDeck, media: MediaDirs): { diagramScripts?: string[]; bodyFont?: string } {
  const kinds = diagramKindsIn(rendered.slides.map((s) => s.html));
  if (kinds.length === 0 || !media.diagramsDir) return {};
  const dir = media.diagramsDir;
  try {
    const diagramScripts = [...diagramScriptNames(kinds), 'draw'].map((name) => readFileSync(join(dir, `${name}.js`), 'utf8'));
    if (!kinds.some((k) => k.measuresInBody)) return { diagramScripts };
    const font = readFileSync(join(media.revealDir, 'fonts', BODY_FONT.file));
    return { diagramScripts, bodyFont: `data:font/woff;base64,${font.toString('base64')}` };
  } catch {
    return {};
  }
}

/** MathJax and all its TeX web fonts: which glyphs a formula needs is known only once MathJax has drawn it. */
function mathAssets(dir: string): MathAssets {
  const fonts: Record<string, string> = {};
  for (const f of readdirSync(join(dir, 'fonts')).filter((n) => n.endsWith('.woff'))) {
    fonts[f.slice(0, -'.woff'.length)] = `data:font/woff;base64,${readFileSync(join(dir, 'fonts', f)).toString('base64')}`;
  }
  return { bundle: readFileSync(join(dir, 'mathjax.js'), 'utf8'), start: readFileSync(join(dir, 'export-start.js'), 'utf8'), fonts };
}

/** One look at the disk per path and export, however often the deck uses the image. */
function remembered(check: LocalFileCheck): LocalFileCheck {
  const seen = new Map<string, ReturnType<LocalFileCheck>>();
  return (path) => {
    if (!seen.has(path)) seen.set(path, check(path));
    return seen.get(path);
  };
}

/** Writes an export chunk by chunk (a large deck's file may not fit in one string). */
export function writeExportFile(result: HtmlExport, file: string): void {
  const fd = openSync(file, 'w');
  try {
    for (const chunk of result.chunks) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}

/** A checked file as a `data:` URI; its bytes are checked again, as they are what the file gets. */
function fileDataUri(file: string, refuse: (reason: string) => void): string | undefined {
  const read = readImageFile(file);
  const mime = read.ok ? imageMime(read.bytes) : undefined;
  if (read.ok && mime) return `data:${mime};base64,${read.bytes.toString('base64')}`;
  refuse(read.ok ? 'not an image' : read.reason);
  return undefined;
}

function emojiDataUri(emojiDir: string, name: string): string | undefined {
  try {
    return `data:image/webp;base64,${readFileSync(emojiImagePath(emojiDir, name)).toString('base64')}`;
  } catch {
    return undefined;
  }
}
