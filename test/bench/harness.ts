/** A bench case: `run` is timed `iterations` times after `warmup` untimed runs. */
export interface BenchCase {
  readonly name: string;
  /** Input size shown next to the result, e.g. "1.0 MB, 10,000 slides". */
  readonly size: string;
  /** The target from the issue, e.g. "≤ 50 ms median". */
  readonly target?: string;
  /** Number the target is checked against, in ms (median by default). */
  readonly limitMs?: number;
  readonly iterations?: number;
  readonly warmup?: number;
  /** Returns an optional setup step run before each timed iteration (not timed). */
  readonly setup?: () => void;
  readonly run: () => unknown;
}

export interface BenchResult {
  readonly name: string;
  readonly size: string;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly target?: string;
  readonly ok?: boolean;
}

export function measure(c: BenchCase): BenchResult {
  for (let i = 0; i < (c.warmup ?? 3); i++) {
    c.setup?.();
    c.run();
  }
  const times: number[] = [];
  for (let i = 0; i < (c.iterations ?? 15); i++) {
    c.setup?.();
    const t = performance.now();
    c.run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const medianMs = times[Math.floor(times.length / 2)];
  const p95Ms = times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)];
  return { name: c.name, size: c.size, medianMs, p95Ms, target: c.target, ok: c.limitMs === undefined ? undefined : medianMs <= c.limitMs };
}

export function formatResult(r: BenchResult): string {
  const verdict = r.ok === undefined ? '' : r.ok ? '  ok' : '  OVER TARGET';
  return `${r.name.padEnd(46)} ${r.size.padEnd(28)} median ${r.medianMs.toFixed(2).padStart(8)} ms  p95 ${r.p95Ms.toFixed(2).padStart(8)} ms${r.target ? `  (target ${r.target})` : ''}${verdict}`;
}

export function kb(text: string): string {
  const bytes = Buffer.byteLength(text);
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} kB`;
}
