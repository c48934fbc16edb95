// Shows the deck grammar's scopes with VS Code's token inspector in a real editor (code-server), on the
// sample deck: a separator, an attribute comment, an imsize suffix and an emoji. Screenshots go to
// test-results/tokens/. Usage: node test/e2e/ui/token-inspector.mjs
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CACHE_DIR, ensureCodeServer, findChromium, killGroup, prepareRunDir, startCodeServer, waitHealthy } from '../../../scripts/code-server.mjs';
import { runCommand } from '../../../scripts/e2e/palette.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const sample = join(root, 'sample');
const deck = join(sample, 'community-call', '20261126.md');
const out = join(root, 'test-results', 'tokens');
mkdirSync(out, { recursive: true });
await ensureCodeServer();
const { chromium } = await import(join(CACHE_DIR, 'node_modules', 'playwright-core', 'index.mjs'));
const port = 8951;
const runDir = mkdtempSync(join(tmpdir(), 'scs-deck-tokens-'));
prepareRunDir(runDir, { 'editor.minimap.enabled': false });
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
symlinkSync(root, join(runDir, 'exts', `${manifest.publisher}.${manifest.name}-${manifest.version}`), 'dir');
const server = startCodeServer({ runDir, port, workspace: sample, logFile: true });
const lines = readFileSync(deck, 'utf8').split('\n');
const lineOf = (pred) => lines.findIndex(pred) + 1;
const targets = [
  ['separator', lineOf((l) => l === '----'), 1],
  ['slide-comment', lineOf((l) => l.startsWith('<!-- .slide:')), 15],
  ['imsize', lineOf((l) => l.includes('=480x')), lines[lineOf((l) => l.includes('=480x')) - 1].indexOf('=480x') + 2],
  ['emoji', lineOf((l) => l.includes(':tada:')), lines[lineOf((l) => l.includes(':tada:')) - 1].indexOf(':tada:') + 3],
];
let browser;
try {
  await waitHealthy(port);
  browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(60_000);
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${encodeURI(p)}`;
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(sample)}&payload=${encodeURIComponent(JSON.stringify([['openFile', remote(deck)]]))}`);
  await page.locator('.monaco-editor .view-lines').first().waitFor();
  for (const [name, line, column] of targets) {
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').fill(`:${line}:${column}`);
    await page.keyboard.press('Enter');
    await runCommand(page, 'Developer: Inspect Editor Tokens and Scopes');
    const widget = page.locator('.token-inspect-widget');
    await widget.waitFor();
    await page.waitForFunction(() => !/Loading/.test(document.querySelector('.token-inspect-widget')?.textContent ?? 'Loading'));
    console.log(`${name} (line ${line}): ${(await widget.innerText()).replace(/\s+/g, ' ').slice(0, 300)}`);
    await page.screenshot({ path: join(out, `${name}.png`) });
    await page.keyboard.press('Escape');
  }
} finally {
  await browser?.close();
  killGroup(server);
}
