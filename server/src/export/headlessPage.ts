/** Opens exported decks in a headless Chromium over CDP, for printing (`pdf.ts`) and measuring (`slideLayout.ts`). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CdpBrowser } from './cdp';
import type { RemotePolicy } from '../core/url/fetchPolicy';
import { launchBrowser, type LaunchOptions } from './launchBrowser';
import { filterRequests } from './requestFilter';

/** Flags for a quiet headless run that neither phones home nor needs a GPU (the sandbox stays on when it can). */
const FLAGS = [
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--hide-scrollbars',
  '--no-pings',
  '--dns-prefetch-disable',
  '--disable-domain-reliability',
];

export interface PageOptions extends LaunchOptions, Partial<RemotePolicy> {
  /** How long one deck may take before the browser is killed (60 s). */
  readonly timeoutMs?: number;
}

export interface OpenOptions {
  /** Appended to the file's URL (`?print-pdf`). */
  readonly query?: string;
  readonly viewport?: { readonly width: number; readonly height: number };
}

/** One deck, open in the browser's page. */
export interface ExportPage {
  readonly browser: CdpBrowser;
  readonly sessionId: string;
  /** Evaluates `expression` in the page, awaiting a promise, and returns its value. */
  evaluate(expression: string): Promise<unknown>;
}

/**
 * A headless browser with one page that shows one exported deck after the other. Each deck is written to the same
 * file in a private temporary folder, so the request filter allows that one file: every other request fails but
 * `data:`, unless `allowRemote` lets https to public hosts through. `close()` ends the browser and cleans up.
 */
export class ExportBrowser {
  private timer?: NodeJS.Timeout;

  private constructor(
    private readonly browser: CdpBrowser,
    private readonly sessionId: string,
    private readonly dir: string,
    private readonly timeoutMs: number,
  ) {}

  static async start(browserPath: string, options: PageOptions = {}): Promise<ExportBrowser> {
    const dir = mkdtempSync(join(tmpdir(), 'scs-deck-page-'));
    let browser: CdpBrowser | undefined;
    try {
      browser = await launchBrowser(browserPath, [...FLAGS, `--user-data-dir=${join(dir, 'profile')}`], options);
      await filterRequests(browser, pageUrl(dir), { allowRemote: options.allowRemote === true });
      const { targetId } = await browser.send('Target.createTarget', { url: 'about:blank' });
      const { sessionId } = (await browser.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
      await browser.send('Page.enable', {}, sessionId);
      return new ExportBrowser(browser, sessionId, dir, options.timeoutMs ?? 60_000);
    } catch (err) {
      await browser?.close();
      rmSync(dir, { recursive: true, force: true });
      throw err;
    }
  }

  /** Shows `html` (replacing the deck shown before); the browser is killed if the deck takes longer than the timeout. */
  async open(html: string, options: OpenOptions = {}): Promise<ExportPage> {
    const { browser, sessionId } = this;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => browser.kill(), this.timeoutMs);
    writeFileSync(join(this.dir, 'deck.html'), html);
    if (options.viewport) {
      await browser.send('Emulation.setDeviceMetricsOverride', { ...options.viewport, deviceScaleFactor: 1, mobile: false }, sessionId);
    }
    await browser.send('Page.navigate', { url: pageUrl(this.dir) + (options.query ?? '') }, sessionId);
    const evaluate = async (expression: string) => {
      const r = await browser.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sessionId);
      const thrown = r.exceptionDetails as { exception?: { description?: string }; text?: string } | undefined;
      if (thrown) throw new Error(thrown.exception?.description ?? thrown.text ?? 'script failed');
      return (r.result as { value?: unknown } | undefined)?.value;
    };
    return { browser, sessionId, evaluate };
  }

  async close(): Promise<void> {
    clearTimeout(this.timer);
    await this.browser.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function pageUrl(dir: string): string {
  return pathToFileURL(join(dir, 'deck.html')).href;
}

/**
 * Opens `html` (with `query` after its URL, at `viewport` if given) in a browser of its own, hands the page to `use`,
 * and closes the browser after.
 */
export async function withExportPage<T>(html: string, browserPath: string, options: PageOptions & OpenOptions, use: (page: ExportPage) => Promise<T>): Promise<T> {
  const browser = await ExportBrowser.start(browserPath, options);
  try {
    return await use(await browser.open(html, options));
  } finally {
    await browser.close();
  }
}
