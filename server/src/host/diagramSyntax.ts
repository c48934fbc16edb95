/**
 * Runs the diagram libraries' own parsers for `diagram-syntax`: the same scripts the preview and the export draw
 * with (`dist/media/diagrams/`), each loaded on the first fence of its kind into a sandbox of its own: a `vm`
 * context with no `require`, no `process`, no timers and no code generation from strings, so a diagram's source
 * stays data. Every run is bounded:
 * - a source longer than `MAX_DIAGRAM_SOURCE` characters is not checked;
 * - a parse that runs longer than `CHECK_TIMEOUT_MS` (3 s for the first in a sandbox) is stopped (the sandbox is dropped, since the library may be
 *   left half-way); after `MAX_TIMEOUTS` such stops the kind is no longer checked in this process;
 * - all checks together spend at most `BUDGET_MS` at once, refilled by `REFILL_PER_S` every second: a deck of a
 *   thousand slow diagrams is checked as far as the budget goes, the rest is not (and stays unreported until edited).
 * Node has no DOM: mermaid's parser runs (a few diagram types sanitise labels with DOMPurify while parsing, which
 * needs a DOM; their errors are not syntax errors and are not reported), viz.js lays the graph out entirely,
 * js-sequence-diagrams' grammar runs, abcjs' `parseOnly` reports its warnings. flowchart.js' parser accepts any text
 * and fails only while drawing (with Raphael, in a DOM): only a flow fence in which it finds no symbol at all (which
 * always fails to draw) is reported.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import vm from 'node:vm';
import type { DiagramKind } from '../core/data/diagrams';
import type { DiagramProblem, DiagramSyntaxCheck } from '../core/rules/types';

/** Characters; mermaid itself refuses more than 50,000, and no slide shows a diagram that large. */
export const MAX_DIAGRAM_SOURCE = 20_000;
export const CHECK_TIMEOUT_MS = 1_000;
/** Loading a library (compiling up to 2 MB of script) takes longer than a check, and so does its first run (viz.js). */
const LOAD_TIMEOUT_MS = 10_000;
const FIRST_CHECK_TIMEOUT_MS = 3_000;
const MAX_TIMEOUTS = 3;
export const BUDGET_MS = 5_000;
const REFILL_PER_S = 500;

interface Parser {
  readonly script: string;
  /** Globals the script expects besides the sandbox's own. */
  readonly globals?: () => Record<string, unknown>;
  /** Evaluated in the sandbox with `source` set. */
  readonly run: string;
  /** What the run returned (abcjs' warnings), or undefined. */
  readonly result?: (value: unknown) => DiagramProblem | undefined;
  /** What the run threw, if it is a syntax error. */
  readonly error: (err: unknown) => DiagramProblem | undefined;
}

const PARSERS: Partial<Record<DiagramKind, Parser>> = {
  mermaid: {
    script: 'mermaid',
    run: 'mermaid.mermaidAPI.parse(source)',
    // mermaid's grammars throw `{ str, hash }`; anything else is the missing DOM, not the diagram.
    error: (err) => {
      const e = err as { str?: unknown; hash?: { loc?: { first_line?: unknown }; line?: unknown } } | undefined;
      if (typeof e?.str !== 'string') return undefined;
      const line = e.hash?.loc?.first_line ?? (typeof e.hash?.line === 'number' ? e.hash.line + 1 : undefined);
      return { message: e.str, line: typeof line === 'number' ? line : undefined };
    },
  },
  sequence: {
    script: 'sequence',
    // It insists on a drawing library at load; only its parser runs here.
    globals: () => ({ Raphael: { fn: {}, registerFont: () => undefined } }),
    run: 'Diagram.parse(source)',
    error: (err) => {
      const message = messageOf(err);
      if (!message) return undefined;
      const line = /line (\d+)/.exec(message)?.[1];
      return { message, line: line ? Number(line) : undefined };
    },
  },
  graphviz: {
    script: 'viz',
    run: 'Viz(source)',
    error: (err) => {
      const message = messageOf(err);
      if (!message || /memory|abort/i.test(message)) return undefined;
      const line = /in line (\d+)/.exec(message)?.[1];
      return { message, line: line ? Number(line) : undefined };
    },
  },
  // flowchart.js' parser accepts any text; drawing fails (with HedgeDoc's box) when it found no symbol at all.
  flow: {
    script: 'flowchart',
    run: '!flowchart.parse(source).start',
    result: (empty) => (empty === true ? { message: 'flowchart.js finds no symbol in it (`name=>start: Text`, `name=>operation: Text`, …), so drawing it fails' } : undefined),
    error: (err) => {
      const message = messageOf(err);
      return message ? { message } : undefined;
    },
  },
  abc: {
    script: 'abcjs',
    run: 'ABCJS.parseOnly(source).map(function (t) { return t.warnings || []; })',
    result: (value) => {
      const warnings = (Array.isArray(value) ? value.flat() : []).filter((w): w is string => typeof w === 'string');
      if (warnings.length === 0) return undefined;
      const message = plainText(warnings[0]) + (warnings.length > 1 ? ` (and ${warnings.length - 1} more)` : '');
      const line = /Line:(\d+):/.exec(message)?.[1];
      return { message, line: line ? Number(line) : undefined };
    },
    error: () => undefined,
  },
};

interface Sandbox {
  context?: vm.Context;
  /** The context has not run a check yet. */
  fresh?: boolean;
  timeouts: number;
}

const checkers = new Map<string, DiagramSyntaxCheck>();

/**
 * The check over the scripts in `dir`, one per folder and process (the sandboxes are kept between lints).
 * @example diagramSyntaxCheck('dist/media/diagrams')('graphviz', 'digraph { a -> }') // { message: "syntax error in line 1 near '}'", line: 1 }
 */
export function diagramSyntaxCheck(dir: string): DiagramSyntaxCheck {
  let check = checkers.get(dir);
  if (!check) {
    check = makeCheck(dir);
    checkers.set(dir, check);
  }
  return check;
}

function makeCheck(dir: string, now: () => number = Date.now): DiagramSyntaxCheck {
  const sandboxes = new Map<DiagramKind, Sandbox>();
  let budget = BUDGET_MS;
  let refilled = now();
  const spend = (since: number) => {
    budget -= now() - since;
  };
  return (kind, source) => {
    const parser = PARSERS[kind];
    if (!parser || source.length > MAX_DIAGRAM_SOURCE) return undefined;
    budget = Math.min(BUDGET_MS, budget + ((now() - refilled) * REFILL_PER_S) / 1000);
    refilled = now();
    if (budget <= 0) return undefined;
    const started = now();
    let box = sandboxes.get(kind);
    if (!box) sandboxes.set(kind, (box = { timeouts: 0 }));
    if (box.timeouts >= MAX_TIMEOUTS) return undefined;
    try {
      return run(box, parser, source);
    } finally {
      spend(started);
    }
  };

  function run(box: Sandbox, parser: Parser, source: string): DiagramProblem | undefined {
    try {
      if (!box.context) {
        box.context = load(dir, parser);
        box.fresh = true;
      }
    } catch (err) {
      if (timedOut(err)) box.timeouts++;
      else box.timeouts = MAX_TIMEOUTS; // a missing or broken script: stop trying
      return undefined;
    }
    const context = box.context;
    context.source = source;
    try {
      const timeout = box.fresh ? FIRST_CHECK_TIMEOUT_MS : CHECK_TIMEOUT_MS;
      box.fresh = false;
      const value: unknown = vm.runInContext(parser.run, context, { timeout });
      return parser.result?.(value);
    } catch (err) {
      if (!timedOut(err)) return parser.error(err);
      box.timeouts++;
      box.context = undefined;
      return undefined;
    } finally {
      context.source = undefined;
    }
  }
}

function load(dir: string, parser: Parser): vm.Context {
  // viz.js is asm.js that V8 cannot validate here (it runs as plain JavaScript either way); without this V8
  // prints a warning to the editor's log and the CLI's stderr on every load.
  if (parser.script === 'viz') setFlagsFromString('--no-validate-asm');
  const quiet = () => undefined;
  const sandbox: Record<string, unknown> = { console: { log: quiet, info: quiet, warn: quiet, error: quiet, debug: quiet, trace: quiet }, ...parser.globals?.() };
  const context = vm.createContext(sandbox, { codeGeneration: { strings: false, wasm: false } });
  // Scripts written for browsers find their global object as `self` or `window`.
  vm.runInContext('var self = globalThis; var window = undefined;', context);
  const code = readFileSync(join(dir, `${parser.script}.js`), 'utf8');
  vm.runInContext(code, context, { timeout: LOAD_TIMEOUT_MS, filename: `${parser.script}.js` });
  return context;
}

function timedOut(err: unknown): boolean {
  return (err as { code?: unknown } | undefined)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT';
}

function messageOf(err: unknown): string | undefined {
  if (typeof err === 'string') return err;
  const message = (err as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message : undefined;
}

/** abcjs words its warnings as HTML (a `<span>` marks the spot). */
function plainText(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/**
 * The check over the build's scripts, if `diagramsDir` (from `findMedia()`) is known; the lint of the editor
 * and of `scs-deck lint` share it.
 */
export function diagramSyntaxCheckIn(diagramsDir: string | undefined): DiagramSyntaxCheck | undefined {
  return diagramsDir ? diagramSyntaxCheck(diagramsDir) : undefined;
}
