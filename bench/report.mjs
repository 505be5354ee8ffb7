// The API part's figures as markdown: one row per CLI run, then requests by
// purpose against the lower bound, then where the time went.
import { count, markdownTable, mib, ratio, seconds } from './table.mjs';
import { total } from './lower-bound.mjs';

/** Milliseconds the budget alone takes for `requests` at `perMinute`. */
export const rateLimitMs = (requests, perMinute) => (requests / perMinute) * 60_000;

/** The goal of the issue: requests within 10% of the bound, wall time within 20% of the rate-limit time. */
export function verdict(phase, perMinute) {
  const bound = total(phase.terms);
  const requestsOk = phase.requests <= bound * 1.1;
  const timeOk = phase.ms <= rateLimitMs(phase.requests, perMinute) * 1.2;
  return { bound, requestsOk, timeOk };
}

export function summaryTable(phases, perMinute) {
  return markdownTable(
    ['run', 'requests:', 'lower bound:', 'ratio:', 'wall time:', `rate-limit time (${count(perMinute)}/min):`, 'ratio:', 'peak RSS (CLI):'],
    phases.map((p) => {
      const { bound, requestsOk, timeOk } = verdict(p, perMinute);
      const limit = rateLimitMs(p.requests, perMinute);
      return [
        `\`${p.name}\``,
        count(p.requests),
        count(bound),
        `${ratio(p.requests, bound)}${requestsOk ? '' : ' ✗'}`,
        seconds(p.ms),
        seconds(limit),
        `${ratio(p.ms, limit)}${timeOk ? '' : ' ✗'}`,
        mib(p.maxRssKiB),
      ];
    }),
  );
}

/** Requests by purpose: each lower-bound term against the routes that serve it; routes no term names show with bound 0. */
export function routeTable(phases) {
  const names = [...new Set(phases.flatMap((p) => p.terms.map((t) => t.what)))];
  const claimed = new Set(phases.flatMap((p) => p.terms.flatMap((t) => t.routes)));
  const others = [...new Set(phases.flatMap((p) => Object.keys(p.byRoute)))].filter((r) => !claimed.has(r)).sort();
  const rows = [];
  for (const what of names) {
    const routes = phases.flatMap((p) => p.terms.filter((t) => t.what === what).flatMap((t) => t.routes));
    const used = [...new Set(routes)].filter((r) => phases.some((p) => p.byRoute[r]));
    const cells = phases.map((p) => {
      const term = p.terms.find((t) => t.what === what);
      const sent = (term?.routes ?? []).reduce((n, r) => n + (p.byRoute[r] ?? 0), 0);
      return term ? `${count(sent)} / ${count(term.bound)}` : sent ? `${count(sent)} / 0` : '';
    });
    rows.push([what, used.map((r) => `\`${r}\``).join(', ') || '–', ...cells]);
  }
  for (const route of others) rows.push(['(no term)', `\`${route}\``, ...phases.map((p) => (p.byRoute[route] ? `${count(p.byRoute[route])} / 0` : ''))]);
  return markdownTable(['purpose', 'routes used', ...phases.map((p) => `\`${p.name}\` sent / bound:`)], rows);
}

/** Where each run's wall time went, from the sandbox's request timeline. */
export function timeLines(phases, perMinute) {
  return phases.map((p) => {
    const t = p.timeline;
    const first = t.firstRequestMs ?? 0;
    const last = t.lastRequestMs ?? 0;
    const span = last - first;
    const slowest = [...t.routes]
      .map(([route, s]) => `${route} ${seconds(s.first)}–${seconds(s.last)}`)
      .join('; ');
    return (
      `- \`${p.name}\`: start-up to first request ${seconds(first)}; requests ${seconds(first)}–${seconds(last)} ` +
      `(${seconds(span)} for ${count(p.requests)} requests, ${ratio(span, rateLimitMs(p.requests, perMinute))}× the budget's time); ` +
      `last request to exit ${seconds(p.ms - last)}; longest pause between requests ${seconds(t.longestGapMs)}` +
      `; 429s: ${count(p.rateLimited)} over the budget, ${count(p.throttled)} over the in-flight caps.\n  Routes seen: ${slowest}.`
    );
  });
}

/** Each term's reasoning once, with the figures of the first run that has it. */
export function boundReasons(phases) {
  const seen = new Set();
  const lines = [];
  for (const p of phases) {
    for (const t of p.terms) {
      if (seen.has(t.what)) continue;
      seen.add(t.what);
      lines.push(`- ${t.what} ≥ ${count(t.bound)} (\`${p.name}\`): ${t.why}.`);
    }
  }
  return lines;
}
