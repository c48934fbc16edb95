// p50/p95 of the latency samples the extension tests record in the real editor, against the targets, and the
// single figures (traffic of a keystroke, CPU of a typing burst) the tests record beside them.

const KEYSTROKE = { p50: 60, p95: 120 };

/** Targets in ms, wall clock from the keystroke (or the activate() call). */
export const TARGETS = {
  'activation': { p95: 150 },
  'keystroke-to-diagnostics': KEYSTROKE,
  'keystroke-to-preview': KEYSTROKE,
  'keystroke-to-diagnostics (10,000 slides)': KEYSTROKE,
  'keystroke-to-preview (10,000 slides)': KEYSTROKE,
};

export function percentile(sorted, p) {
  if (!sorted.length) return null;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)];
}

/** { metric: { n, p50, p95, max, target, ok, samples } }. */
export function latencyReport(samples = {}) {
  const out = {};
  for (const [metric, values] of Object.entries(samples)) {
    const sorted = [...values].sort((a, b) => a - b);
    const target = TARGETS[metric] ?? null;
    const p50 = percentile(sorted, 50);
    const p95 = percentile(sorted, 95);
    const ok = target === null || p95 === null ? null : (target.p50 === undefined || p50 <= target.p50) && p95 <= target.p95;
    out[metric] = { n: sorted.length, p50, p95, max: sorted.at(-1) ?? null, target, ok, samples: values };
  }
  return out;
}

export function printLatency(report) {
  const rows = Object.entries(report);
  if (!rows.length) return;
  console.log('[e2e] latency in the real editor (ms, from the keystroke or the activate() call):');
  const width = Math.max(...rows.map(([m]) => m.length));
  for (const [metric, r] of rows) {
    const verdict = r.ok === null ? '' : r.ok ? '  ok' : '  OVER TARGET';
    const target = r.target ? `  target${r.target.p50 !== undefined ? ` p50 <= ${r.target.p50},` : ''} p95 <= ${r.target.p95}` : '';
    console.log(`[e2e]   ${metric.padEnd(width)} n=${String(r.n).padStart(3)}  p50=${String(r.p50).padStart(7)}  p95=${String(r.p95).padStart(7)}  max=${String(r.max).padStart(7)}${target}${verdict}`);
  }
}

/** Figures: { name: { value, unit, limit?, detail? } }; several sessions' values of one figure are listed. */
export function printFigures(figures) {
  const rows = Object.entries(figures);
  if (!rows.length) return;
  console.log('[e2e] measured figures:');
  const width = Math.max(...rows.map(([m]) => m.length));
  for (const [name, list] of rows) {
    const values = list.map((f) => f.value);
    const { unit, limit, detail } = list.at(-1);
    const verdict = limit === undefined ? '' : values.every((v) => v <= limit) ? `  limit ${limit} ${unit}  ok` : `  limit ${limit} ${unit}  OVER LIMIT`;
    console.log(`[e2e]   ${name.padEnd(width)} ${values.join(' / ')} ${unit}${verdict}`);
    if (detail) console.log(`[e2e]     ${detail}`);
  }
}
