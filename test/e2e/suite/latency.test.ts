import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { hasDriver, queryWebview, screenshot, timeUntilWebviewShows, waitForEditorToSettle } from './bridge';
import { codeOf, openDeck, ourDiagnostics, waitForDiagnostics } from './helpers';
import { profiled } from './cpuProfile';
import { latencyRounds, recordLatency } from './latency';
import { BIG_DECK_PLACEHOLDER, BIG_DECK_TITLE, bigDeckSuiteHooks, openBigDeck } from './bigDeck';
import { DECK, moveCursorTo, openPreviewBeside, SLIDES } from './previewHelpers';

/**
 * Polls (every millisecond) until `done` holds and returns the time it first did: reading the
 * diagnostics is cheap, and an event would add VS Code's own delay to the measurement.
 */
async function waitUntil(done: () => boolean, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`not done within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 1));
  }
  return Date.now();
}

/**
 * The first keystrokes after a file opens share the editor with its own start-up work on that file (the
 * `type` command alone takes up to 1.5 s then, before any extension sees the edit): each test waits until
 * the editor's main thread is idle (`settle`), and its first keys are still reported apart, not mixed into
 * the targets.
 */
const WARM_UP = 3;

/**
 * Waits for the editor's start-up work on the file and the preview's first measurement of it, and reports how
 * long they kept the editor busy.
 */
async function settle(metric: string): Promise<void> {
  recordLatency(`editor busy before ${metric}`, await profiled(`settle before ${metric}`, () => waitForEditorToSettle()));
}

function sample(metric: string, i: number): string {
  return i < WARM_UP ? `${metric} (first ${WARM_UP} keys)` : metric;
}

/** A keystroke as the editor gets it: the `type` command at the cursor. */
function keystroke(text: string): Thenable<unknown> {
  return vscode.commands.executeCommand('type', { text });
}

function placeCursor(editor: vscode.TextEditor, pos: vscode.Position): void {
  editor.selection = new vscode.Selection(pos, pos);
}

/** A deck the latency tests type into: where the diagnostics move and which text the preview shows. */
interface LatencyDeck {
  /** Appended to the metric names (the real-size deck keeps the plain names). */
  readonly suffix: string;
  readonly diagnosticsDeck: () => Promise<vscode.TextEditor>;
  /** The line that holds the `@todo` placeholder each keystroke shifts right. */
  readonly placeholderLine: (line: string) => boolean;
  readonly previewDeck: () => Promise<vscode.TextEditor>;
  /** The line the preview test types at the end of, and the text the preview shows of it. */
  readonly previewLine: string;
  readonly previewText: string;
}

const DECKS: LatencyDeck[] = [
  {
    suffix: '',
    diagnosticsDeck: () => openDeck('community-call/20240125.md'),
    placeholderLine: (l) => l.startsWith('Presented by'),
    previewDeck: () => openDeck(DECK),
    previewLine: '- Faster floating IPs',
    previewText: 'Faster floating IPs',
  },
  {
    suffix: ' (10,000 slides)',
    diagnosticsDeck: openBigDeck,
    placeholderLine: (l) => l === BIG_DECK_PLACEHOLDER,
    previewDeck: openBigDeck,
    previewLine: BIG_DECK_TITLE,
    previewText: BIG_DECK_TITLE.slice(3),
  },
];

describe('latency in the real editor', () => {
  bigDeckSuiteHooks();

  for (const deck of DECKS) {
    const big = deck.suffix !== '';
    it(`keystroke → diagnostics updated${deck.suffix}`, async function () {
      this.timeout(90_000 + latencyRounds() * 6_000);
      const editor = await deck.diagnosticsDeck();
      const doc = editor.document;
      const line = doc.getText().split('\n').findIndex(deck.placeholderLine);
      const todoAt = () => doc.lineAt(line).text.indexOf('@todo');
      const placeholderAt = (col: number) => (ds: vscode.Diagnostic[]) =>
        ds.some((d) => codeOf(d) === 'template-placeholder' && d.range.start.line === line && d.range.start.character === col);
      await waitForDiagnostics(doc.uri, placeholderAt(todoAt()), big ? 60_000 : 15_000);
      placeCursor(editor, new vscode.Position(line, 0));
      const metric = `keystroke-to-diagnostics${deck.suffix}`;
      await settle(metric);
      await profiled(metric, async () => {
        for (let i = 0; i < WARM_UP + latencyRounds(); i++) {
          // Each keystroke shifts the @todo placeholder right by one: the diagnostic for that column proves
          // the server linted this very version.
          let edited = 0;
          const sub = vscode.workspace.onDidChangeTextDocument((e) => {
            if (e.document === doc && !edited) edited = Date.now();
          });
          const t0 = Date.now();
          await keystroke('x');
          sub.dispose();
          const accept = placeholderAt(todoAt());
          const [inEditor, event] = await Promise.all([
            waitUntil(() => accept(ourDiagnostics(doc.uri)), 5000),
            waitForDiagnostics(doc.uri, accept, 5000).then(() => Date.now()),
          ]);
          // The editor has the diagnostics (squiggles, Problems) once they are in the extension's collection;
          // VS Code's public change event fires a fixed 50 ms later (it debounces its own event).
          recordLatency(sample(metric, i), inEditor - t0);
          recordLatency(sample(`keystroke-to-diagnostics-event${deck.suffix}`, i), event - t0);
          // Where the time went: reaching the extension host (the editor's part), then the server and back.
          if (i >= WARM_UP && edited) {
            recordLatency(`diagnostics${deck.suffix}: keystroke to edit event`, edited - t0);
            recordLatency(`diagnostics${deck.suffix}: edit event to diagnostics`, inEditor - edited);
          }
        }
      });
    });

    it(`keystroke → preview updated${deck.suffix}`, async function () {
      if (!hasDriver()) this.skip();
      this.timeout(120_000 + latencyRounds() * 10_000);
      const editor = await openPreviewBeside(await deck.previewDeck());
      await queryWebview(SLIDES, { text: deck.previewText }, big ? 120_000 : 45_000);
      moveCursorTo(editor, deck.previewLine);
      placeCursor(editor, editor.document.lineAt(editor.selection.active.line).range.end);
      let typed = ' ';
      await keystroke(' ');
      const letters = 'abcdefghijklmnopqrstuvwxyz';
      const metric = `keystroke-to-preview${deck.suffix}`;
      await settle(metric);
      await profiled(metric, async () => {
        for (let i = 0; i < WARM_UP + latencyRounds(); i++) {
          const c = letters[i % letters.length];
          typed += c;
          const { ms, t0, timing } = await timeUntilWebviewShows(SLIDES, `${deck.previewText}${typed}`, () => keystroke(c));
          recordLatency(sample(metric, i), ms);
          // Where the time went, from the preview's own stamps of the render it applied.
          if (i >= WARM_UP && timing?.changedAt && timing.postedAt && timing.receivedAt && timing.patchedAt) {
            recordLatency(`preview${deck.suffix}: keystroke to edit event`, timing.changedAt - t0);
            recordLatency(`preview${deck.suffix}: waiting for the schedule`, timing.waited ?? 0);
            recordLatency(`preview${deck.suffix}: render request`, timing.request ?? 0);
            recordLatency(`preview${deck.suffix}: post to webview`, timing.receivedAt - timing.postedAt);
            recordLatency(`preview${deck.suffix}: patch`, timing.patchedAt - timing.receivedAt);
          }
        }
      });
      assert.ok(editor.document.getText().includes(`${deck.previewText}${typed}`));
      if (!big) await screenshot('preview-latency-done');
    });
  }
});
