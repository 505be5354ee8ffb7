// When the sandbox saw each route's requests during one CLI run: sampled from
// its statistics every few milliseconds, so the report can say where the time
// went (start-up before the first request, idle stretches, the tail after the
// last one) without the sandbox keeping timestamps itself.

const TICK_MS = 20;

/**
 * Start sampling `stats()` now; `stop()` returns first/last sighting per route
 * (ms since start) and the longest stretch without a new request.
 * @param {() => { total: number, byRoute: Record<string, number> }} stats
 */
export function sampleRoutes(stats) {
  const started = performance.now();
  let previous = stats();
  /** @type {Map<string, { first: number, last: number }>} */
  const seen = new Map();
  let firstAny;
  let lastAny;
  let longestGap = 0;
  const tick = () => {
    const now = performance.now() - started;
    const current = stats();
    if (current.total !== previous.total) {
      if (lastAny !== undefined) longestGap = Math.max(longestGap, now - lastAny);
      firstAny ??= now;
      lastAny = now;
    }
    for (const [route, n] of Object.entries(current.byRoute)) {
      if (n === (previous.byRoute[route] ?? 0)) continue;
      const s = seen.get(route);
      if (s) s.last = now;
      else seen.set(route, { first: now, last: now });
    }
    previous = current;
  };
  const timer = setInterval(tick, TICK_MS);
  return {
    stop() {
      clearInterval(timer);
      tick();
      return { routes: seen, firstRequestMs: firstAny, lastRequestMs: lastAny, longestGapMs: longestGap };
    },
  };
}
