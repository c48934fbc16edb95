/** `scs-deck lint --layout`: lays each deck out in one local Chromium, kept open for every deck of the run. */
import { dirname, resolve } from 'node:path';
import type { Deck } from '../core';
import type { SlideMeasures } from '../core/layout/slideMeasure';
import { findBrowser } from '../export/browser';
import { exportHtml } from '../export/exportHtml';
import { ExportBrowser } from '../export/headlessPage';
import { findMedia, type MediaDirs } from '../export/media';
import { measureSlidesIn } from '../export/slideLayout';
import { findWorkspaceRoot } from '../host/localImageFiles';

export class LintLayout {
  private browser?: Promise<ExportBrowser>;

  private constructor(
    private readonly browserPath: string,
    private readonly media: MediaDirs,
    private readonly uploadDirs: readonly string[],
    private readonly say: (s: string) => void,
  ) {}

  /** The layout `--layout` asks for, or undefined after a one-line notice that slides are not laid out. */
  static find(explicit: string | undefined, uploadDirs: readonly string[], say: (s: string) => void): LintLayout | undefined {
    const browser = findBrowser(explicit);
    const media = findMedia();
    const skipped = 'so slides are not laid out and slide-overflow is not checked';
    if (!browser) say(`scs-deck: --layout: ${explicit ? `${explicit} is not an executable browser` : 'no Chromium, Chrome or Edge found (pass --browser <path> or set $CHROMIUM)'}, ${skipped}`);
    else if (!media) say(`scs-deck: --layout: reveal.js was not found (run npm run build), ${skipped}`);
    return browser && media ? new LintLayout(browser, media, uploadDirs, say) : undefined;
  }

  /** What was measured per slide of `deck` (undefined, after a note, when it could not be laid out). */
  async measures(deck: Deck, file: string): Promise<SlideMeasures | undefined> {
    try {
      const html = exportHtml(deck.source, { deckPath: file, media: this.media, uploadDirs: this.uploadDirs, workspaceDir: findWorkspaceRoot(dirname(resolve(file))) }).html;
      this.browser ??= ExportBrowser.start(this.browserPath);
      const byPosition = new Map((await measureSlidesIn(await this.browser, html)).map((m) => [`${m.h}.${m.v}`, m]));
      return (slide) => byPosition.get(`${slide.h}.${slide.v}`);
    } catch (e) {
      this.say(`scs-deck: ${file}: not laid out: ${e instanceof Error ? e.message : String(e)}`);
      // The browser may be gone (killed after the timeout): the next deck starts another.
      await this.close();
      return undefined;
    }
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = undefined;
    await browser?.then((b) => b.close(), () => undefined);
  }
}
