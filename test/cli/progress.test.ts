/** Progress lines, on a test clock and a recording stream: no wall-clock time passes. */
import { describe, expect, it } from 'vitest';
import { Progress, type ProgressClock } from '../../src/cli/progress.js';

class TestClock implements ProgressClock {
  t = 5_000_000;
  private timers: Array<{ ms: number; next: number; tick: () => void }> = [];
  now = (): number => this.t;
  every(ms: number, tick: () => void): () => void {
    const timer = { ms, next: this.t + ms, tick };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((x) => x !== timer);
    };
  }
  /** Move time forward, firing each timer as it falls due. */
  advance(ms: number): void {
    const end = this.t + ms;
    for (;;) {
      const due = this.timers.filter((x) => x.next <= end).sort((a, b) => a.next - b.next)[0];
      if (!due) break;
      this.t = due.next;
      due.next += due.ms;
      due.tick();
    }
    this.t = end;
  }
}

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  return { isTTY, chunks, write: (s: string) => (chunks.push(s), true), text: () => chunks.join('') } as unknown as NodeJS.WritableStream & {
    isTTY: boolean;
    chunks: string[];
    text(): string;
  };
}

/** A phase during which `perSecond` requests go out each second for `seconds`, some of them retries. */
async function run(progress: Progress, clock: TestClock, label: string, seconds: number, perSecond: number, options: { total?: number; retryEvery?: number; fail?: boolean } = {}) {
  let n = 0;
  return progress.during(
    label,
    async () => {
      for (let s = 0; s < seconds * 10; s++) {
        for (let i = 0; i < perSecond / 10; i++) {
          n++;
          progress.count({ method: 'GET', path: '/x', attempt: options.retryEvery && n % options.retryEvery === 0 ? 2 : 1 });
        }
        clock.advance(100);
      }
      if (options.fail) throw new Error('read failed');
      return n;
    },
    options.total,
  );
}

describe('progress in a log (not a terminal)', () => {
  it('prints nothing for a short run', async () => {
    const clock = new TestClock();
    const err = stream(false);
    const progress = new Progress(err, { clock });
    await run(progress, clock, 'reading', 4, 20);
    await run(progress, clock, 'applying', 5, 20, { total: 100 });
    expect(err.text()).toBe('');
  });

  it('prints a plain line every 10 s once the run has lasted 10 s, with the count and the rate', async () => {
    const clock = new TestClock();
    const err = stream(false);
    const progress = new Progress(err, { clock });
    await run(progress, clock, 'reading', 25, 20);
    expect(err.chunks).toEqual(['reading… 200 requests, 20.0/s\n', 'reading… 400 requests, 20.0/s\n']);
    expect(err.text()).not.toContain('\r');
    expect(err.text()).not.toContain('\u001b');
  });

  it('counts the run, not the phase: a run of two 8 s phases gets its line at 10 s, with done/total while applying', async () => {
    const clock = new TestClock();
    const err = stream(false);
    const progress = new Progress(err, { clock });
    await run(progress, clock, 'reading', 8, 10);
    await run(progress, clock, 'applying', 8, 30, { total: 1150 });
    expect(err.chunks).toEqual(['applying… 60/1,150 requests, 30.0/s\n']);
  });

  it('says how many sends were retries, and counts only first sends as done', async () => {
    const clock = new TestClock();
    const err = stream(false);
    const progress = new Progress(err, { clock });
    await run(progress, clock, 'applying', 10.5, 20, { total: 400, retryEvery: 10 });
    // 200 sends by 10 s, one in ten a retry: 180 done, 20 retried, all 200 in the rate.
    expect(err.chunks).toEqual(['applying… 180/400 requests, 20.0/s, 20 retried\n']);
  });
});

describe('progress on a terminal', () => {
  it('rewrites one line in place with done/total and the recent rate, and erases it when the phase ends', async () => {
    const clock = new TestClock();
    const err = stream(true);
    const progress = new Progress(err, { clock });
    const sent = await run(progress, clock, 'applying', 1, 40, { total: 1150 });
    expect(sent).toBe(40);
    const draws = err.chunks.slice(0, -1);
    expect(draws.length).toBe(4);
    for (const d of draws) expect(d).toMatch(/^\rapplying… \d+\/1,150 requests, \d+\.\d\/s\u001b\[K$/);
    expect(draws.at(-1)).toBe('\rapplying… 40/1,150 requests, 40.0/s\u001b[K');
    expect(err.chunks.at(-1)).toBe('\r\u001b[K');
    expect(err.text()).not.toContain('\n');
  });

  it('the rate follows the last few seconds, not the whole run', async () => {
    const clock = new TestClock();
    const err = stream(true);
    const progress = new Progress(err, { clock });
    await progress.during('reading', async () => {
      for (let i = 0; i < 100; i++) {
        progress.count({ method: 'GET', path: '/x', attempt: 1 });
        clock.advance(100); // 10/s for 10 s
      }
      for (let i = 0; i < 100; i++) {
        progress.count({ method: 'GET', path: '/x', attempt: 1 });
        progress.count({ method: 'GET', path: '/x', attempt: 1 });
        progress.count({ method: 'GET', path: '/x', attempt: 1 });
        clock.advance(100); // then 30/s for 10 s
      }
    });
    const last = err.chunks.at(-2);
    expect(last).toBe('\rreading… 400 requests, 30.0/s\u001b[K');
  });

  it('erases the line when the work fails, and passes the error on', async () => {
    const clock = new TestClock();
    const err = stream(true);
    const progress = new Progress(err, { clock });
    await expect(run(progress, clock, 'reading', 1, 10, { fail: true })).rejects.toThrow('read failed');
    expect(err.chunks.at(-1)).toBe('\r\u001b[K');
  });

  it('draws nothing for a phase shorter than one redraw, and then has nothing to erase', async () => {
    const clock = new TestClock();
    const err = stream(true);
    const progress = new Progress(err, { clock });
    await progress.during('reading', async () => {
      progress.count({ method: 'GET', path: '/x', attempt: 1 });
      clock.advance(100);
    });
    expect(err.chunks).toEqual([]);
  });

  it('says "1 request"', async () => {
    const clock = new TestClock();
    const err = stream(true);
    const progress = new Progress(err, { clock });
    await progress.during('reading', async () => {
      progress.count({ method: 'GET', path: '/x', attempt: 1 });
      clock.advance(500);
    });
    expect(err.chunks[0]).toBe('\rreading… 1 request, 4.0/s\u001b[K');
  });

  it('ignores sends outside a phase', async () => {
    const clock = new TestClock();
    const err = stream(true);
    const progress = new Progress(err, { clock });
    progress.count({ method: 'GET', path: '/x', attempt: 1 });
    await run(progress, clock, 'reading', 0.3, 10);
    // Three sends by the first redraw at 250 ms; the one before the phase is not among them.
    expect(err.chunks[0]).toBe('\rreading… 3 requests, 12.0/s\u001b[K');
  });
});
