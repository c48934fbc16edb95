/** Prints an exported deck to PDF with a headless Chromium, through reveal.js's print layout (`?print-pdf`). */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Flags for a quiet, sandbox-friendly headless run that neither phones home nor needs a GPU. */
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--hide-scrollbars',
  '--no-pdf-header-footer',
  '--run-all-compositor-stages-before-draw',
  // Gives reveal.js time to lay out the print view before the page is printed.
  '--virtual-time-budget=15000',
];

/**
 * Writes `html` to a private temporary folder, prints it with `browser` to `pdfPath`, and cleans up.
 * Rejects with the browser's own message when it fails or produces no file.
 * @example await printPdf(exportHtml(text, opts).html, 'deck.pdf', findBrowser(undefined)!)
 */
export async function printPdf(html: string, pdfPath: string, browser: string, timeoutMs = 120_000): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'scs-deck-pdf-'));
  try {
    const page = join(dir, 'deck.html');
    writeFileSync(page, html);
    const url = `${pathToFileURL(page).href}?print-pdf`;
    const args = [...FLAGS, `--user-data-dir=${join(dir, 'profile')}`, `--print-to-pdf=${pdfPath}`, url];
    await run(browser, args, timeoutMs);
    if (!statSync(pdfPath, { throwIfNoEntry: false })?.size) throw new Error(`${browser} wrote no PDF`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(command: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`${command} exited with ${signal ?? code}: ${stderr.trim().split('\n').slice(-3).join(' ')}`));
    });
  });
}
