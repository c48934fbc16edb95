// p50/p95 of the latency samples the extension tests record in the real editor, against the targets.

/** Targets in ms. The debounce, when the extension reports one, is added on top. */
export const TARGETS = {
  'activation': 150,
  'keystroke-to-diagnostics': 50,
  'keystroke-to-preview': 150,
};

export function percentile(sorted, p) {
  if (!sorted.length) return null;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)];
}

/** { metric: { n, p50, p95, max, targetP95, ok, samples } } for every metric measured. */
export function latencyReport(samples = {}) {
  const out = {};
  for (const [metric, values] of Object.entries(samples)) {
    const sorted = [...values].sort((a, b) => a - b);
    const target = TARGETS[metric] ?? null;
    const p95 = percentile(sorted, 95);
    out[metric] = { n: sorted.length, p50: percentile(sorted, 50), p95, max: sorted.at(-1) ?? null,
      targetP95: target, ok: target === null || p95 === null ? null : p95 <= target, samples: values };
  }
  return out;
}

export function printLatency(report) {
  const rows = Object.entries(report);
  if (!rows.length) return;
  console.log('[e2e] latency in the real editor (ms):');
  for (const [metric, r] of rows) {
    const verdict = r.ok === null ? '' : r.ok ? '  ok' : '  OVER TARGET';
    console.log(`[e2e]   ${metric.padEnd(26)} n=${String(r.n).padStart(3)}  p50=${String(r.p50).padStart(6)}  p95=${String(r.p95).padStart(6)}  max=${String(r.max).padStart(6)}  target p95 <= ${r.targetP95}${verdict}`);
  }
}
