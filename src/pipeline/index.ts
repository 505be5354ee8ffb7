/**
 * load → validate → resolve → read → plan, in one direction. The only
 * network work happens after the files are known to be good.
 */
import { loadConfig } from '../config/index.js';
import {
  ResolveError,
  type DesiredPlace,
  type DesiredState,
  type LiveState,
  type Plan,
  type Provider,
  type ResolvedPlace,
} from '../model/index.js';
import { plan } from '../plan/index.js';
import { createProviders, type ConnectionSettings } from '../providers/registry.js';

export interface PreparedPlan {
  desired: DesiredState;
  plan: Plan;
  /** The providers that read the live state, ready to apply the plan. */
  providers: ReadonlyMap<string, Provider>;
  close(): Promise<void>;
}

function byProvider<T extends DesiredPlace>(places: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const p of places) groups.set(p.provider, [...(groups.get(p.provider) ?? []), p]);
  return groups;
}

async function resolveAll(places: readonly DesiredPlace[], providers: ReadonlyMap<string, Provider>): Promise<ResolvedPlace[]> {
  const results = await Promise.allSettled(
    [...byProvider(places)].map(([name, list]) => providers.get(name)!.resolve(list)),
  );
  const problems = results.flatMap((r) => (r.status === 'rejected' && r.reason instanceof ResolveError ? r.reason.problems : []));
  const other = results.find((r): r is PromiseRejectedResult => r.status === 'rejected' && !(r.reason instanceof ResolveError));
  if (other) throw other.reason;
  if (problems.length > 0) throw new ResolveError(problems);
  return results.flatMap((r) => (r.status === 'fulfilled' ? r.value : []));
}

async function readAll(places: readonly ResolvedPlace[], providers: ReadonlyMap<string, Provider>): Promise<LiveState> {
  const states = await Promise.all([...byProvider(places)].map(([name, list]) => providers.get(name)!.read(list)));
  return { places: states.flatMap((s) => s.places) };
}

export async function preparePlan(path: string, settings: () => Promise<ConnectionSettings>): Promise<PreparedPlan> {
  const { desired } = await loadConfig(path);
  const providers = createProviders(
    new Set(desired.places.map((p) => p.place.provider)),
    await settings(),
  );
  const close = async () => {
    await Promise.all([...providers.values()].map((p) => p.close()));
  };
  try {
    const resolved = await resolveAll(
      desired.places.map((p) => p.place),
      providers,
    );
    const live = await readAll(resolved, providers);
    return { desired, plan: plan(desired, live), providers, close };
  } catch (error) {
    await close();
    throw error;
  }
}
