/**
 * The plan → apply pipeline run from the library, with providers whose
 * retries a test chooses (few attempts, no real waiting), so that faults can
 * make changes fail after their retries without a test waiting for backoff.
 * Each `run` is like one CLI invocation: fresh providers, a fresh read.
 */
import { applyPlan, type ApplyReport } from '../../src/apply/index.js';
import { loadDesired } from '../../src/pipeline/index.js';
import type { DesiredPlace, DesiredState, LiveState, Plan, Provider } from '../../src/model/index.js';
import { plan } from '../../src/plan/index.js';
import { createAsanaProvider } from '../../src/providers/asana/index.js';
import { createDreadnodeProvider } from '../../src/providers/dreadnode/index.js';
import { prng } from '../../src/sandbox/faults.js';
import { groupBy } from '../../src/util/group-by.js';

export interface Endpoints {
  asanaBaseUrl: string;
  asanaToken: string;
  dreadnodeBaseUrl: string;
  dreadnodeToken: string;
}

export interface ClientChoices {
  /** Sends of one request, the first included. */
  maxAttempts: number;
  /** Seeds the backoff jitter. */
  seed: number;
}

/**
 * Both providers, with `maxAttempts`, backoff sleeps of at most 2 ms, no
 * request budget, and one request in flight at a time — so the order of
 * requests, and with it where seeded faults fall, repeats for a seed.
 */
export function testProviders(at: Endpoints, choices: ClientChoices): Map<string, Provider> {
  const common = {
    retry: { maxAttempts: choices.maxAttempts, baseDelayMs: 1, maxDelayMs: 2 },
    sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.min(ms, 2))),
    random: prng(choices.seed),
    maxRequestsPerMinute: 1_000_000,
    maxReadsInFlight: 1,
    maxWritesInFlight: 1,
  };
  return new Map<string, Provider>([
    ['asana', createAsanaProvider({ baseUrl: at.asanaBaseUrl, token: at.asanaToken, ...common })],
    ['dreadnode', createDreadnodeProvider({ baseUrl: at.dreadnodeBaseUrl, token: at.dreadnodeToken, ...common })],
  ]);
}

export interface PlannedRun {
  desired: DesiredState;
  live: LiveState;
  plan: Plan;
  providers: Map<string, Provider>;
  close(): Promise<void>;
}

/** load → resolve → read → plan with these providers (as src/pipeline does, keeping the token's own user). */
export async function planWith(desiredPath: string, providers: Map<string, Provider>): Promise<PlannedRun> {
  const close = async () => {
    await Promise.all([...providers.values()].map((p) => p.close()));
  };
  try {
    const { desired } = await loadDesired(desiredPath);
    const byProvider = [...groupBy<DesiredPlace, string>(desired.places.map((p) => p.place), (p) => p.provider)];
    const resolved = await Promise.all(byProvider.map(([name, places]) => providers.get(name)!.resolve(places)));
    const states = await Promise.all(byProvider.map(([name], i) => providers.get(name)!.read(resolved[i]!)));
    const live: LiveState = { places: states.flatMap((s) => s.places), self: states.flatMap((s) => s.self ?? []) };
    return { desired, live, plan: plan(desired, live), providers, close };
  } catch (error) {
    await close();
    throw error;
  }
}

export interface AppliedRun {
  desired: DesiredState;
  /** What the run read before applying. */
  live: LiveState;
  plan: Plan;
  report: ApplyReport;
}

/** Plan and apply in one go, like `gatehouse apply --yes`; `beforeApply` runs between the two. */
export async function planAndApply(desiredPath: string, providers: Map<string, Provider>, beforeApply?: () => void): Promise<AppliedRun> {
  const run = await planWith(desiredPath, providers);
  try {
    beforeApply?.();
    return { desired: run.desired, live: run.live, plan: run.plan, report: await applyPlan(run.plan, run.providers) };
  } finally {
    await run.close();
  }
}
