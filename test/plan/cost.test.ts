import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/apply/index.js';
import type { Change, ChangeOutcome, Provider } from '../../src/model/index.js';
import { planCost, type CostModel } from '../../src/plan/cost.js';
import { plan } from '../../src/plan/index.js';
import { createAsanaProvider } from '../../src/providers/asana/index.js';
import { createDreadnodeProvider } from '../../src/providers/dreadnode/index.js';
import { arbitraryStates, desiredMember, desiredOf, liveMember, liveOf, place } from '../support/states.js';

// The real providers' request counts and budgets (nothing is sent: no read, no apply).
const asana = createAsanaProvider({ baseUrl: 'http://127.0.0.1:9/api/1.0', token: 't' });
const dreadnode = createDreadnodeProvider({ baseUrl: 'http://127.0.0.1:9', token: 't' });
const real = new Map<string, CostModel>([
  ['asana', asana],
  ['dreadnode', dreadnode],
]);
afterAll(async () => {
  await Promise.all([asana.close(), dreadnode.close()]);
});

const emails = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}@acme.com`);

const ws = place('asana/workspace:Acme', 'workspace', 0);
const team = place('asana/workspace:Acme/team:Platform', 'team', 1, ws.key);
const p1 = place('asana/workspace:Acme/project:Roadmap', 'project', 2, ws.key);
const p2 = place('asana/workspace:Acme/project:Launch', 'project', 2, ws.key);
const dn = place('dreadnode/org:acme/workspace:red-team', 'workspace', 0);

describe('planCost', () => {
  it('counts what apply sends: one per user for workspaces and teams, one per project, one per Dreadnode change', () => {
    const planned = plan(
      desiredOf([
        [ws, emails(3, 'w').map((e) => desiredMember(e))],
        [team, emails(2, 't').map((e) => desiredMember(e))],
        [p1, emails(4, 'p').map((e) => desiredMember(e))],
        [p2, emails(1, 'q').map((e) => desiredMember(e))],
        [dn, [desiredMember('carol@acme.com', 'contributor'), desiredMember('erin@acme.com', 'reader')]],
      ]),
      liveOf([
        [ws, []],
        [team, []],
        [p1, []],
        [p2, []],
        [dn, [liveMember('carol@acme.com', 'reader')]],
      ]),
    );
    expect(planCost(planned, real)).toEqual([
      // 3 workspace adds + 2 team adds (addUser takes one user) + 2 projects (addMembers takes the whole batch)
      {
        provider: 'asana',
        requests: 3 + 2 + 2,
        routes: { 'workspace addUser': 3, 'team addUser': 2, addMembers: 2 },
        perMinute: 1500,
        seconds: 0.28,
      },
      // an add and a permission change: one request each
      { provider: 'dreadnode', requests: 2, perMinute: 600, seconds: 0.2 },
    ]);
  });

  it('is empty when nothing changes', () => {
    const same = plan(desiredOf([[ws, [desiredMember('a@acme.com')]]]), liveOf([[ws, [liveMember('a@acme.com')]]]));
    expect(planCost(same, real)).toEqual([]);
  });

  it('turns requests into time at the provider budget', () => {
    const changes = emails(312, 'u').map((user): Change => ({ provider: 'asana', action: 'add', place: { ...ws }, user, reasons: [] }));
    expect(planCost({ changes }, real)).toEqual([{ provider: 'asana', requests: 312, routes: { 'workspace addUser': 312 }, perMinute: 1500, seconds: 12.48 }]);
    const slow = new Map<string, CostModel>([['asana', { requestsFor: asana.requestsFor, perMinute: 150 }]]);
    expect(planCost({ changes }, slow)[0]!.seconds).toBeCloseTo(124.8, 10);
  });

  it('refuses a plan with changes for a provider it was not given', () => {
    const changes: Change[] = [{ provider: 'nowhere', action: 'add', place: { ...ws, provider: 'nowhere' }, user: 'a@acme.com', reasons: [] }];
    expect(() => planCost({ changes }, real)).toThrow(/nowhere/);
  });

  it('counts the same batches the apply engine hands the providers, on any plan', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryStates, async ({ desired, live }) => {
        const planned = plan(desired, live);
        const sent = new Map<string, number>();
        // Providers that say each batch takes a number of requests that depends
        // on its place and action and size, and "send" that many when applied.
        const count = (batch: Change[]): number => (batch[0]!.place.kind.length % 3) + batch.length * (batch[0]!.action === 'add' ? 1 : 2);
        const model = (name: string): Provider => ({
          name,
          resolve: async () => [],
          read: async () => ({ places: [] }),
          requestsFor: count,
          perMinute: name === 'asana' ? 1500 : 600,
          async apply(batch): Promise<ChangeOutcome[]> {
            sent.set(name, (sent.get(name) ?? 0) + count(batch));
            return batch.map((change) => ({ change, ok: true }));
          },
          close: async () => undefined,
        });
        const providers = new Map([
          ['asana', model('asana')],
          ['dreadnode', model('dreadnode')],
        ]);
        await applyPlan(planned, providers);
        const cost = planCost(planned, providers);
        expect(Object.fromEntries(cost.map((c) => [c.provider, c.requests]))).toEqual(Object.fromEntries(sent));
      }),
      { numRuns: 200 },
    );
  });
});
