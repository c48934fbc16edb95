import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Clock, CostSchedule } from '../../../server/src/costSchedule';

/** A clock whose time only moves when the test says so. */
function fakeClock() {
  let now = 0;
  let timers: { at: number; fn: () => void; id: number }[] = [];
  let next = 1;
  const clock: Clock = {
    now: () => now,
    setTimeout: (fn, ms) => {
      timers.push({ at: now + ms, fn, id: next });
      return next++;
    },
    clearTimeout: (id) => {
      timers = timers.filter((t) => t.id !== id);
    },
  };
  /** Moves time on, firing due timers in order, and lets settled promises run. */
  const advance = async (ms: number) => {
    const until = now + ms;
    for (;;) {
      await flush();
      const due = timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      timers = timers.filter((t) => t !== due);
      now = due.at;
      due.fn();
    }
    now = until;
    await flush();
  };
  return { clock, advance, pending: () => timers.length };
}

const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

/**
 * An update that takes `costMs` of fake time: it starts, and finishes when the test's clock has moved on by
 * that much (`finishDue` ends the ones whose time is up).
 */
function updates(clockOf: ReturnType<typeof fakeClock>, costMs: number) {
  const started: number[] = [];
  const open: { end: number; done: () => void }[] = [];
  const run = () => new Promise<void>((done) => {
    const t = clockOf.clock.now();
    started.push(t);
    open.push({ end: t + costMs, done });
  });
  /** Advances in small steps, finishing updates when their cost has passed. */
  const elapse = async (ms: number) => {
    for (let i = 0; i < ms; i++) {
      await clockOf.advance(1);
      for (const u of open.filter((u) => u.end <= clockOf.clock.now())) {
        open.splice(open.indexOf(u), 1);
        u.done();
      }
      await flush();
    }
  };
  return { run, started, running: () => open.length, elapse };
}

describe('cost schedule', () => {
  it('updates at once when idle', async () => {
    const c = fakeClock();
    const u = updates(c, 10);
    const s = new CostSchedule(u.run, c.clock);
    s.changed();
    assert.deepEqual(u.started, [0]);
    await u.elapse(100);
    s.changed();
    assert.deepEqual(u.started, [0, 100], 'a change after a quiet spell runs without waiting');
  });

  it('runs one update at a time, and the next after a pause as long as the last one took', async () => {
    const c = fakeClock();
    const u = updates(c, 10);
    const s = new CostSchedule(u.run, c.clock);
    s.changed();
    await u.elapse(2);
    s.changed();
    s.changed();
    assert.equal(u.running(), 1, 'changes while an update runs do not start another');
    await u.elapse(40);
    // Started at 0, finished at 10, pause 10: the changes meanwhile give exactly one more run, at 20.
    assert.deepEqual(u.started, [0, 20]);
    assert.equal(s.lastCostMs, 10);
  });

  it('throttles continuous typing instead of postponing: updates keep coming while keys never pause', async () => {
    const c = fakeClock();
    const u = updates(c, 15);
    const s = new CostSchedule(u.run, c.clock);
    // A key every 5 ms for a second: a debounce would wait for the end; this must update all along.
    for (let t = 0; t < 1000; t += 5) {
      s.changed();
      await u.elapse(5);
    }
    assert.ok(u.started.length >= 30, `${u.started.length} updates in a second of typing`);
    assert.ok(u.started.length <= 34, `no more than one update per cost plus pause (${u.started.length})`);
    const gaps = u.started.slice(1).map((t, i) => t - u.started[i]);
    assert.ok(gaps.every((g) => g >= 30 && g <= 31), `starts are spaced by cost plus pause: ${gaps.join(',')}`);
  });

  it('scales the pause with the measured cost, within the least and longest pause', async () => {
    const c = fakeClock();
    const slow = updates(c, 200);
    const s = new CostSchedule(slow.run, c.clock, { gapFactor: 2, maxGapMs: 300 });
    s.changed();
    await slow.elapse(1);
    s.changed();
    await slow.elapse(600);
    // 200 ms of work, a pause of 2 × 200 capped at 300: the second run starts at 500.
    assert.deepEqual(slow.started, [0, 500]);

    const c2 = fakeClock();
    const quick = updates(c2, 1);
    const t = new CostSchedule(quick.run, c2.clock, { minGapMs: 50 });
    t.changed();
    await quick.elapse(2);
    t.changed();
    await quick.elapse(100);
    assert.deepEqual(quick.started, [0, 51], 'the least pause (a setting) holds even after a cheap update');
  });

  it('a failing update does not stop the schedule', async () => {
    const c = fakeClock();
    let runs = 0;
    const s = new CostSchedule(() => {
      runs++;
      throw new Error('boom');
    }, c.clock);
    s.changed();
    await c.advance(1);
    s.changed();
    await c.advance(1);
    assert.equal(runs, 2);
  });

  it('runs nothing more once disposed', async () => {
    const c = fakeClock();
    const u = updates(c, 10);
    const s = new CostSchedule(u.run, c.clock);
    s.changed();
    s.changed();
    s.dispose();
    await u.elapse(100);
    s.changed();
    assert.deepEqual(u.started, [0]);
    assert.equal(c.pending(), 0);
  });
});
