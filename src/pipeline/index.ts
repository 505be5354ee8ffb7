/**
 * load → validate → resolve → read → plan, in one direction. The only
 * network work happens after the files are known to be good.
 */
import { loadConfig, type LoadedConfig } from '../config/index.js';
import { lookAlikes } from '../config/emails.js';
import { showEmail } from '../text/email-chars.js';
import {
  ResolveError,
  type DesiredPlace,
  type Cause,
  type DesiredState,
  type LiveState,
  type Plan,
  type Provider,
  type ResolvedPlace,
  type SourceLocation,
} from '../model/index.js';
import { plan, restrictPlan, type PlanDay } from '../plan/index.js';
import { planCost } from '../plan/cost.js';
import { createProviders, planHooksOf, providerModules, type ConnectionSettings, type ProviderModule } from '../providers/registry.js';
import { groupBy } from '../util/group-by.js';

export interface PreparedPlan {
  desired: DesiredState;
  /** The live state the plan was made from. */
  live: LiveState;
  /** Each file's text as it was read (by its name in `desired.files`). */
  texts: ReadonlyMap<string, string>;
  plan: Plan;
  /** The providers that read the live state, ready to apply the plan. */
  providers: ReadonlyMap<string, Provider>;
  close(): Promise<void>;
}

function byProvider<T extends DesiredPlace>(places: readonly T[]): Map<string, T[]> {
  return groupBy(places, (p) => p.provider);
}

async function resolveAll(places: readonly DesiredPlace[], providers: ReadonlyMap<string, Provider>): Promise<ResolvedPlace[]> {
  const results = await Promise.allSettled(
    [...byProvider(places)].map(([name, list]) => providers.get(name)!.resolve(list)),
  );
  const problems = results.flatMap((r) => (r.status === 'rejected' && r.reason instanceof ResolveError ? r.reason.problems : []));
  const other = results.find((r): r is PromiseRejectedResult => r.status === 'rejected' && !(r.reason instanceof ResolveError));
  if (other) throw other.reason;
  if (problems.length > 0) throw new ResolveError(problems);
  const resolved = results.flatMap((r) => (r.status === 'fulfilled' ? r.value : []));
  rejectAliases(resolved);
  return resolved;
}

/**
 * Two entries of the file that name the same live place (a name in one file,
 * its gid in another; a project under its team and again in its workspace)
 * would be planned twice and would slip past "declared once": an error at each.
 */
function rejectAliases(places: readonly ResolvedPlace[]): void {
  const byLive = groupBy(places, (p) => `${p.provider}\u0000${p.kind}\u0000${p.id}`);
  const problems = [...byLive.values()]
    .filter((same) => same.length > 1)
    .flatMap((same) =>
      same.map((place) => {
        const others = same.filter((o) => o !== place).map((o) => `${o.source.file}:${o.source.line}:${o.source.col}`);
        return { place, message: `${place.kind} "${place.ref}" is the same live ${place.kind} (${place.id}, "${place.name}") as the one declared at ${others.join(', ')}; declare each place once` };
      }),
    );
  if (problems.length > 0) throw new ResolveError(problems);
}

/**
 * The places inside the containers the file names that it does not name (a
 * Dreadnode organisation's other workspaces), from the providers that have them.
 */
export async function outsidePlaces(named: readonly ResolvedPlace[], providers: ReadonlyMap<string, Provider>): Promise<ResolvedPlace[]> {
  const found = await Promise.all([...byProvider(named)].map(([name, list]) => providers.get(name)!.outsidePlaces?.(list) ?? []));
  return found.flat();
}

async function readAll(places: readonly ResolvedPlace[], providers: ReadonlyMap<string, Provider>): Promise<LiveState> {
  const states = await Promise.all([...byProvider(places)].map(([name, list]) => providers.get(name)!.read(list)));
  const self = states.flatMap((s) => s.self ?? []);
  return self.length > 0 ? { places: states.flatMap((s) => s.places), self } : { places: states.flatMap((s) => s.places) };
}

/**
 * An email of the files that looks like a different live member's (UTS #39
 * skeletons; one of the two not ASCII): `alice@acme.com` listed while
 * `\u{430}lice@acme.com` is a member, or the other way round. Either is
 * someone posing as someone else, or a typo no reviewer can see: an error at
 * the file's entry, naming the live member and where it is, before any write.
 */
async function rejectLookAlikes(desired: DesiredState, live: LiveState): Promise<void> {
  const listed = new Map<string, SourceLocation>();
  for (const { members } of desired.places) {
    for (const { email, reasons } of members) {
      const reason = reasons.find((r) => r.kind === 'listed');
      if (reason?.kind === 'listed' && !listed.has(email)) listed.set(email, { file: reason.file, line: reason.line, col: reason.col });
    }
  }
  for (const { email, source } of [...(desired.protected ?? []), ...(desired.revoked ?? [])]) if (!listed.has(email)) listed.set(email, source);
  const members = new Map<string, ResolvedPlace>();
  for (const { place, members: present } of live.places) {
    for (const m of present) if (m.unnamed !== true && m.email.includes('@') && !members.has(m.email)) members.set(m.email, place);
  }
  const pairs = await lookAlikes(
    [...listed].map(([email, at]) => ({ email, item: at })),
    [...members].map(([email, place]) => ({ email, item: place })),
  );
  if (pairs.length === 0) return;
  throw new ResolveError(
    pairs.map(({ one, other }) => ({
      place: other.item,
      at: one.item,
      message: `${showEmail(one.email)} looks like ${showEmail(other.email)}, a live member of ${other.item.provider} ${other.item.kind} "${other.item.name}" (${other.item.id}); two addresses that look alike are refused: check who ${showEmail(other.email)} is, and write the address you mean`,
    })),
  );
}

/** Loads desired-state files with the sections of these providers (the registry's by default). */
/** `options.maxFileSize`: the most one file may hold, in bytes (`--max-file-size`; default 8 MiB). */
export function loadDesired(path: string, modules: readonly ProviderModule[] = providerModules, options: { maxFileSize?: number } = {}): Promise<LoadedConfig> {
  return loadConfig(path, { sections: modules, ...(options.maxFileSize === undefined ? {} : { maxFileSize: options.maxFileSize }) });
}

/** Loads a sandbox seed: desired-state files that may also have a `sandbox:` section. */
export function loadSeed(path: string, modules: readonly ProviderModule[] = providerModules): Promise<LoadedConfig> {
  return loadConfig(path, { sections: modules, seed: true });
}

export interface PlanOptions {
  /**
   * `--prune`: every place whose members the file lists (unless it says
   * `prune: false`) removes the live members it does not list. A place written
   * only to hold others (a workspace with teams and no `members:`) is not pruned.
   */
  prune?: boolean;
  /** The providers to plan with (the registry's by default; tests register their own). */
  modules?: readonly ProviderModule[];
  /** `--max-file-size`: the most one file may hold, in bytes (default 8 MiB). */
  maxFileSize?: number | undefined;
  /** Today and the expiry warning period (`--today`, `--warn-expiry`): which grants have ended. */
  day?: PlanDay;
  /** `--only expired`: plan only the removals of these causes. */
  only?: readonly Cause[];
}

export async function preparePlan(path: string, settings: () => Promise<ConnectionSettings>, options: PlanOptions = {}): Promise<PreparedPlan> {
  const modules = options.modules ?? providerModules;
  const read = await prepareRead(path, settings, { ...options, outside: 'if-revoked' });
  const { desired, live, outside, providers, close } = read;
  try {
    await rejectLookAlikes(desired, live);
    const planning: DesiredState = outside.length === 0 ? desired : { ...desired, places: [...desired.places, ...outside.map((place) => ({ place, members: [] }))] };
    const full = plan(planning, live, planHooksOf(modules), options.day === undefined ? {} : { day: options.day });
    const planned = options.only === undefined ? full : restrictPlan(full, options.only);
    // What apply will send, at each provider's budget; not part of the fingerprint.
    planned.cost = planCost(planned, providers);
    return { desired, live, texts: read.texts, plan: planned, providers, close };
  } catch (error) {
    await close();
    throw error;
  }
}

export interface PreparedRead {
  desired: DesiredState;
  /** The text of each file as read, by display name. */
  texts: LoadedConfig['texts'];
  /** Every place read: the declared ones, then `outside`. */
  live: LiveState;
  /** The places read that the files do not declare, inside containers they name (src/model/provider.ts). */
  outside: ResolvedPlace[];
  providers: ReadonlyMap<string, Provider>;
  close(): Promise<void>;
}

export interface ReadOptions extends PlanOptions {
  /** Also read the places inside the files' containers that they do not name: always, or only when someone is revoked. */
  outside?: 'always' | 'if-revoked';
}

/**
 * load → validate → resolve → read: what plan plans from, and what `who
 * --live` and `report` show. Only reads are sent.
 */
export async function prepareRead(path: string, settings: () => Promise<ConnectionSettings>, options: ReadOptions = {}): Promise<PreparedRead> {
  const modules = options.modules ?? providerModules;
  const { desired, texts } = await loadDesired(path, modules, { maxFileSize: options.maxFileSize });
  // A place that says `prune: false` keeps its unlisted members even then.
  if (options.prune) for (const { place } of desired.places) if (place.listsMembers) place.prune ??= true;
  const providers = createProviders(new Set(desired.places.map((p) => p.place.provider)), await settings(), modules);
  const close = async () => {
    await Promise.all([...providers.values()].map((p) => p.close()));
  };
  try {
    const resolved = await resolveAll(
      desired.places.map((p) => p.place),
      providers,
    );
    // A revoked user leaves the files' containers wholly: their other places are read too.
    const wantOutside = options.outside === 'always' || (options.outside === 'if-revoked' && desired.revoked !== undefined);
    const outside = wantOutside ? await outsidePlaces(resolved, providers) : [];
    const live = await readAll([...resolved, ...outside], providers);
    return { desired, texts, live, outside, providers, close };
  } catch (error) {
    await close();
    throw error;
  }
}
