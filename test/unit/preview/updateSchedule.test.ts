import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Clock, UpdateSchedule } from '../../../client/src/preview/updateSchedule';

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
  const advance = (ms: number) => {
    now += ms;
    for (const t of timers.filter((t) => t.at <= now)) {
      timers = timers.filter((x) => x !== t);
      t.fn();
    }
  };
  return { clock, advance };
}

describe('preview update schedule', () => {
  it('renders the first edit after a pause at once', () => {
    const { clock } = fakeClock();
    let runs = 0;
    new UpdateSchedule(() => runs++, clock).edited(150);
    assert.equal(runs, 1);
  });

  it('gathers a burst of typing into one render after the quiet delay', () => {
    const { clock, advance } = fakeClock();
    let runs = 0;
    const s = new UpdateSchedule(() => runs++, clock);
    s.edited(150); // at once
    for (let i = 0; i < 10; i++) {
      advance(40);
      s.edited(150);
    }
    assert.equal(runs, 1);
    advance(149);
    assert.equal(runs, 1);
    advance(1);
    assert.equal(runs, 2);
  });

  it('renders at once again after a pause longer than the delay', () => {
    const { clock, advance } = fakeClock();
    let runs = 0;
    const s = new UpdateSchedule(() => runs++, clock);
    s.edited(150);
    advance(500);
    s.edited(150);
    assert.equal(runs, 2);
  });

  it('cancels a pending render', () => {
    const { clock, advance } = fakeClock();
    let runs = 0;
    const s = new UpdateSchedule(() => runs++, clock);
    s.edited(150);
    advance(10);
    s.edited(150);
    s.cancel();
    advance(1000);
    assert.equal(runs, 1);
  });
});
