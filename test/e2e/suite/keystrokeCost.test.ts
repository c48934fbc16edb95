import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { BIG_DECK_TITLE, bigDeckSuiteHooks, openBigDeck } from './bigDeck';
import { hasDriver, queryWebview } from './bridge';
import { activateExtension, type DeckApi, openDeck } from './helpers';
import { recordFigure } from './latency';
import { DECK, moveCursorTo, openPreviewBeside, SLIDES } from './previewHelpers';

/** One keystroke, counted both ways, including the LSP document sync and what VS Code asks by itself. */
const KEYSTROKE_BUDGET_BYTES = 10 * 1024;
/** VS Code asks for symbols and folding some hundred ms after an edit: a keystroke is over after this quiet. */
const QUIET_MS = 1500;

type Meter = NonNullable<DeckApi['traffic']>;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Resolves once no message has crossed for `QUIET_MS`. */
async function quiet(meter: Meter, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let seen = -1;
  let since = Date.now();
  while (Date.now() < deadline) {
    if (meter.counted !== seen) {
      seen = meter.counted;
      since = Date.now();
    } else if (Date.now() - since >= QUIET_MS) return;
    await sleep(25);
  }
  throw new Error(`messages kept flowing for ${timeoutMs} ms`);
}

function keystroke(text: string): Thenable<unknown> {
  return vscode.commands.executeCommand('type', { text });
}

function cursorToEndOf(editor: vscode.TextEditor, lineText: string): void {
  moveCursorTo(editor, lineText);
  const end = editor.document.lineAt(editor.selection.active.line).range.end;
  editor.selection = new vscode.Selection(end, end);
}

/** The language server this extension host started (Linux: found by its `--clientProcessId`). */
function serverPid(): number | undefined {
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmd = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmd.includes('server.js') && cmd.includes(`--clientProcessId=${process.pid}`)) return Number(entry);
    } catch {
      // gone meanwhile
    }
  }
  return undefined;
}

/** User plus system CPU time of a process in ms (clock ticks of 10 ms). */
function processCpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function ownCpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

describe('keystroke cost in the real editor', () => {
  bigDeckSuiteHooks();

  it('one keystroke on the 10,000-slide deck with the preview open moves at most 10 KiB between extension and server', async function () {
    this.timeout(240_000);
    const { api } = await activateExtension();
    const meter = api.traffic;
    assert.ok(meter, 'the extension offers a traffic meter');
    // Counting from before the preview opens: its first render (all slides) is over once the messages stop.
    meter.start();
    const editor = await openPreviewBeside(await openBigDeck());
    // The preview measures all 10,000 slides after its first render and reports them in parts for seconds; a
    // pause in the messages while it builds the slides is not the end of it.
    if (hasDriver()) await queryWebview('body[data-scs-measured-version] section[data-scs-index="9999"]', { count: 1 }, 180_000);
    await quiet(meter, 180_000);
    cursorToEndOf(editor, BIG_DECK_TITLE);
    // The first keys after opening still carry the editor's own start-up work on the file.
    for (const c of ' ab') {
      await keystroke(c);
      await quiet(meter);
    }
    meter.stop();
    const costs: { bytes: number; detail: string }[] = [];
    for (const c of 'cdefg') {
      meter.start();
      await keystroke(c);
      await quiet(meter);
      const report = meter.stop();
      const byMethod = new Map<string, number>();
      for (const m of report.messages) byMethod.set(`${m.direction === 'sent' ? '→' : '←'} ${m.method}`, (byMethod.get(`${m.direction === 'sent' ? '→' : '←'} ${m.method}`) ?? 0) + m.bytes);
      const detail = [...byMethod].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${kib(v)}`).join(', ');
      costs.push({ bytes: report.sentBytes + report.receivedBytes, detail });
    }
    const worst = costs.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    recordFigure('traffic of one keystroke (10,000 slides, preview open)', { value: Math.round(worst.bytes / 102.4) / 10, unit: 'KiB', limit: KEYSTROKE_BUDGET_BYTES / 1024, detail: `worst of ${costs.length}: ${worst.detail}` });
    for (const cost of costs) assert.ok(cost.bytes <= KEYSTROKE_BUDGET_BYTES, `a keystroke moved ${kib(cost.bytes)} (${cost.detail}), more than ${kib(KEYSTROKE_BUDGET_BYTES)}`);
  });

  for (const [name, open, line] of [
    ['real-size deck', () => openDeck(DECK), '- Faster floating IPs'],
    ['10,000 slides', openBigDeck, BIG_DECK_TITLE],
  ] as const) {
    it(`CPU time of a typing burst (${name}, preview open)`, async function () {
      this.timeout(240_000);
      const pid = serverPid();
      if (pid === undefined) this.skip();
      const editor = await openPreviewBeside(await open());
      if (hasDriver()) await queryWebview(SLIDES, { text: line.replace(/^(- |## )/, '') }, 120_000);
      cursorToEndOf(editor, line);
      for (const c of ' ab') await keystroke(c);
      await sleep(QUIET_MS);
      // Ten keys a second, fast typing, for three seconds; then until the server and the preview are done.
      const keys = 30;
      const gapMs = 100;
      const server0 = processCpuMs(pid!);
      const host0 = ownCpuMs();
      const t0 = Date.now();
      for (let i = 0; i < keys; i++) {
        await keystroke(String.fromCharCode(99 + (i % 20)));
        const next = t0 + (i + 1) * gapMs;
        if (next > Date.now()) await sleep(next - Date.now());
      }
      const typingS = (Date.now() - t0) / 1000;
      await sleep(2 * QUIET_MS);
      const serverMs = processCpuMs(pid!) - server0;
      const hostMs = ownCpuMs() - host0;
      recordFigure(`CPU per second of typing: language server (${name})`, { value: Math.round(serverMs / typingS), unit: 'ms/s' });
      recordFigure(`CPU per second of typing: extension host (${name})`, { value: Math.round(hostMs / typingS), unit: 'ms/s' });
      assert.ok(serverMs > 0, 'the server worked while the author typed');
    });
  }
});
