/** Opens an exported deck in a headless Chromium over CDP, for printing (`pdf.ts`) and measuring (`slideLayout.ts`). */
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
  readonly timeoutMs?: number;
}

/** One page of the deck, open in the browser. */
export interface ExportPage {
  readonly browser: CdpBrowser;
  readonly sessionId: string;
  /** Evaluates `expression` in the page, awaiting a promise, and returns its value. */
  evaluate(expression: string): Promise<unknown>;
}

/**
 * Writes `html` to a private temporary folder, opens it (with `query` after its URL, at `viewport` if given) in
 * `browserPath` and hands the page to `use`; closes the browser and cleans up after. Every request but the file
 * itself and `data:` fails, unless `allowRemote` lets https to public hosts through. The browser is killed after
 * `timeoutMs` (60 s).
 */
export async function withExportPage<T>(
  html: string,
  browserPath: string,
  options: PageOptions & { readonly query?: string; readonly viewport?: { width: number; height: number } },
  use: (page: ExportPage) => Promise<T>,
): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'scs-deck-page-'));
  const file = join(dir, 'deck.html');
  writeFileSync(file, html);
  const pageUrl = pathToFileURL(file).href;
  let browser: CdpBrowser | undefined;
  const timer = setTimeout(() => browser?.kill(), options.timeoutMs ?? 60_000);
  try {
    browser = await launchBrowser(browserPath, [...FLAGS, `--user-data-dir=${join(dir, 'profile')}`], options);
    await filterRequests(browser, pageUrl, { allowRemote: options.allowRemote === true });
    const { targetId } = await browser.send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = (await browser.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
    await browser.send('Page.enable', {}, sessionId);
    if (options.viewport) {
      await browser.send('Emulation.setDeviceMetricsOverride', { ...options.viewport, deviceScaleFactor: 1, mobile: false }, sessionId);
    }
    await browser.send('Page.navigate', { url: pageUrl + (options.query ?? '') }, sessionId);
    const b = browser;
    const evaluate = async (expression: string) => {
      const r = await b.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sessionId);
      const thrown = r.exceptionDetails as { exception?: { description?: string }; text?: string } | undefined;
      if (thrown) throw new Error(thrown.exception?.description ?? thrown.text ?? 'script failed');
      return (r.result as { value?: unknown } | undefined)?.value;
    };
    return await use({ browser, sessionId, evaluate });
  } finally {
    clearTimeout(timer);
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
