/**
 * Starts the printing browser with Chromium's sandbox whenever the system allows it. `--no-sandbox` is added only
 * when running as root (Chromium refuses to sandbox there) or after a sandboxed start failed, and then says so.
 */
import { CdpBrowser } from './cdp';

export interface LaunchOptions {
  /** Running as root; defaults to the current process's user id. */
  readonly asRoot?: boolean;
  /** Where a note about running without the sandbox goes (stderr in the CLI). */
  readonly note?: (message: string) => void;
}

/**
 * A started browser that answered its first command, sandboxed if possible.
 * @example const browser = await launchBrowser('/usr/bin/chromium', ['--disable-gpu'], { note: console.error })
 */
export async function launchBrowser(executable: string, flags: readonly string[], options: LaunchOptions = {}): Promise<CdpBrowser> {
  const asRoot = options.asRoot ?? process.getuid?.() === 0;
  const note = options.note ?? (() => undefined);
  if (asRoot) {
    note('note: running as root, so Chromium prints without its sandbox (--no-sandbox)');
    return started(CdpBrowser.launch(executable, ['--no-sandbox', ...flags]));
  }
  const sandboxed = CdpBrowser.launch(executable, [...flags]);
  try {
    return await started(sandboxed);
  } catch (err) {
    await sandboxed.close();
    note(`note: Chromium's sandbox is not available here (${err instanceof Error ? err.message.trim() : String(err)}); printing without it (--no-sandbox)`);
    return started(CdpBrowser.launch(executable, ['--no-sandbox', ...flags]));
  }
}

/** Resolves with the browser once it answers; rejects (and kills it) when it exits or stays silent for 20 s. */
async function started(browser: CdpBrowser): Promise<CdpBrowser> {
  let timer: NodeJS.Timeout | undefined;
  const silent = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('the browser did not answer')), 20_000);
  });
  try {
    await Promise.race([browser.send('Browser.getVersion'), silent]);
    return browser;
  } catch (err) {
    browser.kill();
    throw err;
  } finally {
    clearTimeout(timer);
  }
}
