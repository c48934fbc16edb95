/* global MutationObserver */
// Drives code-server's workbench in headless Chromium to run the extension tests: opens the workbench with a
// `payload` asking for extension development + tests (honoured with `enable-smoke-test-driver`), relays the
// extension host's console, answers the tests' requests (`req-<id>.json` files in the bridge folder: webview
// DOM, screenshots), and resolves when the workbench reports the tests' exit code.
import { appendFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { format } from 'node:util';
import { CACHE_DIR, findChromium } from '../code-server.mjs';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

/** playwright-core lives in the code-server cache, not in the project's dependencies. */
export function loadPlaywright() {
  return createRequire(join(CACHE_DIR, 'package.json'))('playwright-core');
}

// Workbench chatter that is expected offline and says nothing about our tests.
const NOISE = /AgentHost|ChatModelSelection|AccountPolicyGate|open-vsx|authentication provider|connection token|Creating a socket|reconnection-grace|Service Worker|builtin extensions cache/;

/**
 * @param {{ base: string, workspace: string, extDir: string, testsPath: string, env: Record<string,string>,
 *   outDir: string, bridgeDir: string, timeoutMs: number, verbose?: boolean }} o
 * @returns {Promise<{ code: number | string, browserPid?: number }>}
 */
export async function runTestsInBrowser(o) {
  const { chromium } = loadPlaywright();
  const authority = new URL(o.base).host;
  const remote = (p) => `vscode-remote://${authority}${encodeURI(p)}`;
  const payload = [
    ['extensionDevelopmentPath', remote(o.extDir)],
    ['extensionTestsPath', remote(o.testsPath)],
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
    ['extensionEnvironment', JSON.stringify(o.env)],
  ];
  const url = `${o.base}/?folder=${encodeURIComponent(o.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const t0 = Date.now();
  const stamp = () => ((Date.now() - t0) / 1000).toFixed(1).padStart(6);
  const logFile = join(o.outDir, 'workbench.log');
  let finish;
  const finished = new Promise((r) => (finish = r));

  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = format(...(args || []));
    appendFileSync(logFile, `${stamp()} [${type}] ${line}\n`);
    if (o.verbose || !NOISE.test(line)) console.log(`${stamp()} ${line.split('\n    at ')[0]}`);
  });
  await page.exposeFunction('codeAutomationExit', (code, logs) => finish({ code, logs }));
  page.on('pageerror', (e) => appendFileSync(logFile, `${stamp()} [pageerror] ${e.message}\n`));
  page.on('crash', () => finish({ code: 'renderer crashed' }));
  // Requests come as files, not console lines: the extension host's console can reach the page many seconds
  // late when the machine is busy.
  const requests = setInterval(() => {
    for (const name of readdirSync(o.bridgeDir).filter((n) => n.startsWith('req-') && n.endsWith('.json'))) {
      const file = join(o.bridgeDir, name);
      const req = JSON.parse(readFileSync(file, 'utf8'));
      rmSync(file, { force: true });
      appendFileSync(logFile, `${stamp()} [driver] ${JSON.stringify(req)}\n`);
      void answer(page, o, req);
    }
  }, 20);
  await page.goto(url);
  let timer;
  const timeout = new Promise((r) => (timer = setTimeout(() => r({ code: 'timeout' }), o.timeoutMs)));
  const res = await Promise.race([finished, timeout]);
  clearTimeout(timer);
  clearInterval(requests);
  await page.screenshot({ path: join(o.outDir, res.code === 0 ? 'final.png' : 'failure.png') }).catch(() => {});
  saveBrowserLogs(res.logs, join(o.outDir, 'vscode-logs'));
  await browser.close();
  return { code: res.code };
}

function saveBrowserLogs(logs, dir) {
  for (const l of logs || []) {
    const f = join(dir, l.relativePath);
    mkdirSync(dirname(f), { recursive: true });
    writeFileSync(f, l.contents);
  }
}

/** Answers one request by writing `<bridgeDir>/<id>.json` atomically. */
async function answer(page, o, req) {
  let reply;
  try {
    if (req.kind === 'webview-query') reply = await webviewQuery(page, req);
    else if (req.kind === 'webview-arm') reply = await webviewArm(page, req);
    else if (req.kind === 'webview-seen') reply = await webviewSeen(page, req);
    else if (req.kind === 'webview-key') reply = await webviewKey(page, req);
    else if (req.kind === 'pseudo-texts') reply = await pseudoTexts(page, req);
    else if (req.kind === 'editor-settled') reply = await editorSettled(page, req);
    else if (req.kind === 'profile-start') reply = await profileStart(page);
    else if (req.kind === 'profile-stop') reply = await profileStop(req);
    else if (req.kind === 'screenshot') {
      await page.screenshot({ path: join(o.outDir, `${req.name.replace(/[^\w.-]/g, '_')}.png`) });
      reply = { ok: true };
    } else reply = { error: `unknown request ${req.kind}` };
  } catch (err) {
    reply = { error: String(err?.message ?? err) };
  }
  const file = join(o.bridgeDir, `${req.id}.json`);
  writeFileSync(`${file}.tmp`, JSON.stringify(reply));
  renameSync(`${file}.tmp`, file);
}

/**
 * Waits until the workbench's main thread has been free for `quietMs`: no 20 ms timer of a probe ran more than
 * 20 ms late. After a large file opens, VS Code spends seconds on it (tokenising 70,000 lines) in slices that
 * delay everything else, keystrokes included. Gives up after `timeoutMs` (a busy machine may never be quiet).
 */
async function editorSettled(page, req) {
  return page.evaluate(async ({ quietMs, timeoutMs }) => {
    const t0 = performance.now();
    let quietSince = t0;
    while (performance.now() - quietSince < quietMs) {
      if (performance.now() - t0 > timeoutMs) return { settled: false, waitedMs: Math.round(performance.now() - t0) };
      const asked = performance.now();
      await new Promise((r) => setTimeout(r, 20));
      if (performance.now() - asked > 40) quietSince = performance.now();
    }
    return { settled: true, waitedMs: Math.round(performance.now() - t0 - quietMs) };
  }, { quietMs: req.quietMs, timeoutMs: req.timeoutMs });
}

/** The workbench page's CPU profile (the editor's own main thread), while a test asks for it. */
let profiler;
async function profileStart(page) {
  profiler = await page.context().newCDPSession(page);
  await profiler.send('Profiler.enable');
  await profiler.send('Profiler.start');
  return { ok: true };
}

async function profileStop(req) {
  if (!profiler) return { error: 'no profile was started' };
  const { profile } = await profiler.send('Profiler.stop');
  await profiler.detach();
  profiler = undefined;
  writeFileSync(req.file, JSON.stringify(profile));
  return { ok: true };
}

/**
 * Elements matching a selector in whichever frame has them (a webview is nested iframes): how many, and the
 * texts of the first few plus every one that includes `text` (a 10,000-slide preview's texts are a megabyte,
 * too slow to send on a busy machine). The frame that answered last is asked first: evaluating in every
 * workbench frame is slow on a busy machine.
 */
let lastFrame;
async function findInFrames(page, selector, text) {
  const frames = page.frames();
  const ordered = lastFrame && frames.includes(lastFrame) ? [lastFrame, ...frames.filter((f) => f !== lastFrame)] : frames;
  for (const f of ordered) {
    try {
      // A frame that never runs script (one being torn down, say) must not stall the whole query.
      const found = await Promise.race([
        f.evaluate(({ sel, text }) => {
          const all = document.querySelectorAll(sel);
          const texts = [];
          for (const e of all) {
            const t = e.textContent ?? '';
            if (texts.length < 20 || (text !== undefined && t.includes(text))) texts.push(t);
          }
          return { count: all.length, texts };
        }, { sel: selector, text }),
        new Promise((_, reject) => setTimeout(() => reject(new Error('frame did not answer')), 3000)),
      ]);
      if (found.count) {
        lastFrame = f;
        return { frame: f, count: found.count, texts: found.texts };
      }
    } catch { /* frame navigating or cross-origin hiccup: try the others */ }
  }
  return undefined;
}

async function webviewQuery(page, req) {
  const deadline = Date.now() + req.timeoutMs;
  let last;
  for (;;) {
    last = await findInFrames(page, req.selector, req.until?.text);
    const texts = last?.texts ?? [];
    const count = last?.count ?? 0;
    const ok = count > 0
      && (req.until?.count === undefined || count === req.until.count)
      && (req.until?.text === undefined || texts.some((t) => t.includes(req.until.text)));
    if (ok || Date.now() > deadline) return { found: ok, count, texts };
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Latency probe, step 1: in the frame holding `selector`, a MutationObserver notes the wall-clock time
 * at which an element matching it first contains `text`. The test edits after this answers.
 */
async function webviewArm(page, req) {
  const hit = await findInFrames(page, req.selector);
  if (!hit) return { error: `no frame has ${req.selector}` };
  await hit.frame.evaluate(({ id, selector, text }) => {
    const w = window;
    w.__scsSeen = w.__scsSeen || {};
    // Only the elements a mutation touched are read: scanning every match (10,000 slides) on each mutation would
    // add the probe's own work to the latency it measures.
    const check = (records) => {
      if (w.__scsSeen[id]) return;
      const now = Date.now();
      const shows = (el) => !!el && (el.textContent ?? '').includes(text);
      for (const r of records) {
        const node = r.target.nodeType === 1 ? r.target : r.target.parentElement;
        // The element the mutation happened in, or matches it added (a whole new slide tree).
        const added = [...r.addedNodes].filter((n) => n.nodeType === 1).flatMap((n) => [...(n.matches(selector) ? [n] : []), ...n.querySelectorAll(selector)]);
        if (shows(node?.closest(selector)) || added.some(shows)) {
          w.__scsSeen[id] = now;
          obs.disconnect();
          return;
        }
      }
    };
    const obs = new MutationObserver(check);
    obs.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
  }, { id: req.probe, selector: req.selector, text: req.text });
  page.__scsProbeFrames = { ...(page.__scsProbeFrames || {}), [req.probe]: hit.frame };
  return { armed: true };
}

/** Clicks the element matching `selector` in its frame (giving it keyboard focus), then presses `key` there. */
async function webviewKey(page, req) {
  const hit = await findInFrames(page, req.selector);
  if (!hit) return { error: `no frame has ${req.selector}` };
  await hit.frame.locator(req.selector).first().click({ timeout: req.timeoutMs });
  await page.keyboard.press(req.key);
  return { pressed: true };
}

/**
 * The generated text of `::before`/`::after` on elements matching `selector` in the workbench (decorations'
 * `contentText` is CSS there), polled until one includes `until.text` or the deadline passes.
 */
async function pseudoTexts(page, req) {
  const deadline = Date.now() + req.timeoutMs;
  for (;;) {
    const texts = await page.evaluate((sel) => [...document.querySelectorAll(sel)].flatMap((e) => ['::before', '::after']
      .map((p) => window.getComputedStyle(e, p).content)
      .filter((c) => c && c !== 'none' && c !== 'normal')
      .map((c) => (c.startsWith('"') ? JSON.parse(c) : c))), req.selector);
    const found = req.until?.text === undefined ? texts.length > 0 : texts.some((t) => t.includes(req.until.text));
    if (found || Date.now() > deadline) return { found, count: texts.length, texts };
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Latency probe, step 2: waits for the observer's timestamp. */
async function webviewSeen(page, req) {
  const frame = page.__scsProbeFrames?.[req.probe];
  if (!frame) return { error: `probe ${req.probe} was never armed` };
  const handle = await frame.waitForFunction((id) => window.__scsSeen?.[id], req.probe, { timeout: req.timeoutMs, polling: 20 });
  // The preview stamps the render it last applied; the test splits the latency with it.
  const timing = await frame.evaluate(() => document.body.dataset.scsTiming).catch(() => undefined);
  return { seenAt: await handle.jsonValue(), timing: timing ? JSON.parse(timing) : undefined };
}
