/** The plan's cost as one line: what apply will send and the least time its request budget allows. */
import type { Plan, PlanCost } from '../model/index.js';

const count = (n: number, one: string): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : `${one}s`}`;

/** Seconds, rounded up (the budget's time is a floor): `under 1 s`, `about 13 s`, `about 21 min`, `about 2 h 5 min`. */
export function aboutDuration(seconds: number): string {
  if (seconds < 1) return 'under 1 s';
  const s = Math.ceil(seconds);
  if (s < 100) return `about ${s} s`;
  const min = Math.ceil(seconds / 60);
  if (min < 100) return `about ${min} min`;
  const h = Math.floor(min / 60);
  return min % 60 === 0 ? `about ${h} h` : `about ${h} h ${min % 60} min`;
}

function part(c: PlanCost): string {
  // The rate as given on the command line (1500/min), not rounded.
  const routes = Object.entries(c.routes ?? {});
  const via = routes.length === 0 ? '' : ` (${routes.map(([route, n]) => `${n.toLocaleString('en-US')} ${route}`).join(', ')})`;
  return `${count(c.requests, 'request')}${via}, ${aboutDuration(c.seconds)} at ${c.perMinute}/min`;
}

/**
 * `Apply: 312 requests, about 13 s at 1500/min`; with several providers,
 * `Apply: asana 300 requests, …; dreadnode 12 requests, …` (their budgets run
 * side by side). Undefined when apply sends nothing, or the plan has no cost.
 */
export function costLine(plan: Pick<Plan, 'cost'>): string | undefined {
  const cost = (plan.cost ?? []).filter((c) => c.requests > 0);
  if (cost.length === 0) return undefined;
  if (cost.length === 1) return `Apply: ${part(cost[0]!)}`;
  return `Apply: ${cost.map((c) => `${c.provider} ${part(c)}`).join('; ')}`;
}
