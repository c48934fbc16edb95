// Samples the memory (PSS, else RSS) of process trees (code-server and everything it spawned, the browser and its
// renderers) from /proc, and keeps the peak of their sum. Linux only; elsewhere it reports null.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export class PeakMemory {
  constructor(roots, intervalMs = 500) {
    this.roots = new Set(roots.filter(Boolean));
    this.peak = 0;
    this.enabled = existsSync('/proc/self/stat');
    if (this.enabled) this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer?.unref();
  }

  add(pid) {
    if (pid) this.roots.add(pid);
  }

  sample() {
    const procs = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(readProc).filter(Boolean);
    const children = new Map();
    for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
    let total = 0;
    const seen = new Set();
    const walk = (p) => {
      if (seen.has(p.pid)) return;
      seen.add(p.pid);
      total += p.rssKb;
      for (const c of children.get(p.pid) ?? []) walk(c);
    };
    for (const p of procs) if (this.roots.has(p.pid)) walk(p);
    this.peak = Math.max(this.peak, total);
  }

  stop() {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Peak summed RSS in MB, or null where /proc is missing. */
  peakMb() {
    return this.enabled ? Math.round(this.peak / 1024) : null;
  }
}

// Proportional set size splits shared pages (Chromium's processes share a lot) instead of counting them
// once per process; plain RSS is the fallback where smaps_rollup is not readable.
function pssKb(dir) {
  try {
    const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${dir}/smaps_rollup`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

function readProc(dir) {
  try {
    const stat = readFileSync(`/proc/${dir}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { pid: Number(dir), ppid: Number(fields[1]), rssKb: pssKb(dir) ?? Number(fields[21]) * 4 };
  } catch {
    return undefined;
  }
}
