/** Turns a deck file into one self-contained HTML file (shared by the CLI and the editor command). */
import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseDeck } from '../core';
import { localImagePath, renderDeck, renderStandaloneHtml, type RenderedDeck } from '../core/render';
import { fileDataUri, type MediaDirs } from './media';

export interface HtmlExportOptions {
  /** The deck's file path: relative images and upload copies are looked up beside it. */
  readonly deckPath: string;
  readonly media: MediaDirs;
  /** More folders with local copies of HedgeDoc uploads. */
  readonly uploadDirs?: readonly string[];
  /** Let the file load https content from public hosts (`--allow-remote`); otherwise it loads nothing remote. */
  readonly allowRemote?: boolean;
}

export interface HtmlExport {
  readonly html: string;
  readonly rendered: RenderedDeck;
  /** Images without a local copy: blocked offline, loaded over the network with `allowRemote`. */
  readonly remoteImages: string[];
}

/**
 * Renders `text` as HedgeDoc would and inlines reveal.js, the theme, emoji and every local image.
 * @example writeFileSync('deck.html', exportHtml(text, { deckPath: 'deck.md', media: findMedia()! }).html)
 */
export function exportHtml(text: string, options: HtmlExportOptions): HtmlExport {
  const deckDir = dirname(resolve(options.deckPath));
  const emojiBase = options.media.emojiDir.replace(/\\/g, '/');
  const remoteImages: string[] = [];
  const uploadDirs = (options.uploadDirs ?? []).map((d) => resolve(d));
  const rendered = renderDeck(parseDeck(text), {
    emojiBase,
    resolveUrl(url, kind) {
      if (kind === 'link') return undefined;
      if (url.startsWith(`${emojiBase}/`)) return fileDataUri(url);
      const local = localImagePath(url, deckDir.replace(/\\/g, '/'), isFile, uploadDirs);
      const data = local && fileDataUri(local);
      if (!data && /^https?:/i.test(url)) remoteImages.push(url);
      return data;
    },
  });
  const read = (...parts: string[]) => readFileSync(join(options.media.revealDir, ...parts), 'utf8');
  const html = renderStandaloneHtml(rendered, {
    revealJs: read('reveal.js'),
    revealCss: read('reveal.css'),
    themeCss: read('theme', `${rendered.theme}.css`),
    nonce: randomBytes(16).toString('base64'),
  }, { allowRemote: options.allowRemote === true });
  return { html, rendered, remoteImages };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
