/**
 * What applying a plan costs: per provider, the requests apply sends and the
 * time the provider's request budget alone imposes on them. Changes are
 * grouped the way the apply engine hands them to a provider (one call per
 * place and action, src/apply/apply.ts), and the provider says how many
 * requests such a batch takes (Asana: one per user for workspaces and teams,
 * one per project). Retries aside: they are not known in advance. Pure.
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
    for (const batch of groupBy(changes, batchKey).values()) requests += provider.requestsFor(batch);
    cost.push({ provider: name, requests, perMinute: provider.perMinute, seconds: (requests * 60) / provider.perMinute });
  }
  return cost.sort((a, b) => compareText(a.provider, b.provider));
}
