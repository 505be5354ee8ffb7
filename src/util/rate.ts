/**
 * A request rate as the CLI's budgets (--rate-limit, ASANA_RATE_LIMIT, …) and
 * the sandbox's --rate-limit are written: `N/min` or `N/s`, where N is a
 * decimal number above 0 (digits with an optional fraction: no sign, no
 * exponent). Spaces may stand around the parts; the unit may also be written
 * `m` or `minute`, `sec` or `second`, in any case.
 */
export type RequestRate = { ok: true; count: number; per: 'minute' | 'second' };

/** Why a text is not a rate, in the order it is checked: its form, then the unit, then the number. */
export type RateProblem = { ok: false; problem: 'form' } | { ok: false; problem: 'unit'; unit: string } | { ok: false; problem: 'count'; count: string };

const UNITS: Record<string, 'minute' | 'second'> = { min: 'minute', m: 'minute', minute: 'minute', s: 'second', sec: 'second', second: 'second' };
const DECIMAL = /^\d+(?:\.\d+)?$/;

export function parseRequestRate(text: string): RequestRate | RateProblem {
  const match = /^\s*([^/\s]+)\s*\/\s*([a-z]+)\s*$/i.exec(text);
  if (!match) return { ok: false, problem: 'form' };
  const [, count = '', unit = ''] = match;
  const per = UNITS[unit.toLowerCase()];
  if (per === undefined) return { ok: false, problem: 'unit', unit };
  const n = Number(count);
  if (!DECIMAL.test(count) || !(Number.isFinite(n) && n > 0)) return { ok: false, problem: 'count', count };
  return { ok: true, count: n, per };
}
