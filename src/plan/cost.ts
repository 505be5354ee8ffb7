/**
 * What applying a plan costs: per provider, the requests apply sends and the
 * time the provider's request budget alone imposes on them. Changes are
 * grouped the way the apply engine hands them to a provider (one call per
 * place and action, src/apply/apply.ts), and the provider says how many
 * requests such a batch takes, and by which route when it chooses (Asana:
 * one per user for workspaces and teams; a project's batch by the routes
 * that need fewest). Retries aside: they are not known in advance. Pure.
 */
import { batchKey, type Change, type PlanCost, type Provider } from '../model/index.js';
import { groupBy } from '../util/group-by.js';
import { compareText } from '../util/compare.js';

/** The part of a provider the cost needs. */
export type CostModel = Pick<Provider, 'requestsFor' | 'perMinute'>;

/** One entry per provider that has changes, by provider name; empty when nothing changes. */
export function planCost(plan: { changes: readonly Change[] }, providers: ReadonlyMap<string, CostModel>): PlanCost[] {
  const cost: PlanCost[] = [];
  for (const [name, changes] of groupBy(plan.changes, (c) => c.provider)) {
    const provider = providers.get(name);
    if (!provider) throw new Error(`internal error: the plan has changes for ${name}, and no provider of that name is set up`);
    let requests = 0;
    const routes = new Map<string, number>();
    for (const batch of groupBy(changes, batchKey).values()) {
      const sent = provider.requestsFor(batch);
      if (typeof sent === 'number') {
        requests += sent;
        continue;
      }
      for (const [route, n] of Object.entries(sent)) {
        requests += n;
        routes.set(route, (routes.get(route) ?? 0) + n);
      }
    }
    const entry: PlanCost = { provider: name, requests, perMinute: provider.perMinute, seconds: (requests * 60) / provider.perMinute };
    if (routes.size > 0) entry.routes = Object.fromEntries([...routes].filter(([, n]) => n > 0).sort(([a], [b]) => compareText(a, b)));
    cost.push(entry);
  }
  return cost.sort((a, b) => compareText(a.provider, b.provider));
}
