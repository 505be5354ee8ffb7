/**
 * Runs a plan through its providers: stage by stage (workspace, then team,
 * then project; removals afterwards in reverse), places within a stage concurrently, one provider call per
 * (place, action) so a provider may batch. A change whose prerequisite (the
 * same user at the place it requires) failed or was skipped is skipped, and so
 * is the removal of a holder of a role whose grant to someone else at that
 * place failed; every other change goes on.
 *
 * Interrupted (options.signal aborted): no batch is started after it, the
 * providers' clients refuse to send more (HttpClientOptions.interrupt), and
 * the batches in flight get at most `graceMs` to finish. What was never sent
 * is reported skipped as not attempted; a batch with no answer by then is
 * reported failed, since it may or may not have been applied.
 */
import { NOT_SENT } from '../http/index.js';
import { batchKey, type Change, type ChangeOutcome, type Plan, type Provider } from '../model/index.js';
import { groupBy } from '../util/group-by.js';
import { describeChange, NOT_ATTEMPTED, type ApplyReport } from './report.js';

export interface ApplyOptions {
  /** Aborted to stop: nothing new is started. */
  signal?: AbortSignal;
  /** How long batches in flight may take to finish after the signal. Default 10000 ms. */
  graceMs?: number;
}

/** Resolves `graceMs` after the signal aborts (never, if it does not); `cancel` clears the timer. */
function afterSignal(signal: AbortSignal | undefined, graceMs: number): { expired: Promise<void>; cancel: () => void } {
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const expired = new Promise<void>((resolve) => {
    if (signal === undefined) return;
    onAbort = () => {
      timer = setTimeout(resolve, graceMs);
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  return {
    expired,
    cancel: () => {
      clearTimeout(timer);
      if (onAbort !== undefined) signal?.removeEventListener('abort', onAbort);
    },
  };
}

const membership = (placeKey: string, user: string) => `${placeKey}\u0000${user}`;

/**
 * Adds and changes stage by stage (workspace, team, project), then removals
 * in reverse (project, team, workspace): a user is never taken out of a place
 * another change still needs them in, and nobody loses access before the
 * people who replace them have it.
 */
function phases(changes: readonly Change[]): Change[][] {
  const byStage = (list: readonly Change[]) => [...groupBy(list, (c) => c.place.stage).entries()].sort(([a], [b]) => a - b).map(([, group]) => group);
  return [...byStage(changes.filter((c) => c.action !== 'remove')), ...byStage(changes.filter((c) => c.action === 'remove')).reverse()];
}

export async function applyPlan(
  plan: Plan,
  providers: ReadonlyMap<string, Provider>,
  options: ApplyOptions = {},
): Promise<ApplyReport> {
  const { signal, graceMs = 10_000 } = options;
  const report: ApplyReport = { done: [], notes: [], failed: [], skipped: [] };
  const grace = afterSignal(signal, graceMs);
  try {
    await runPhases(plan, providers, report, signal, grace.expired);
  } finally {
    grace.cancel();
  }
  if (signal?.aborted) report.interrupted = true;
  return report;
}

async function runPhases(
  plan: Plan,
  providers: ReadonlyMap<string, Provider>,
  report: ApplyReport,
  signal: AbortSignal | undefined,
  expired: Promise<void>,
): Promise<void> {
  /** Memberships whose change failed or was skipped, keyed by place and user. */
  const broken = new Map<string, string>();
  /**
   * Roles a failed grant left without its new holder, by place: a removal of a
   * current holder of that role waits for the next run (so a Dreadnode
   * workspace whose new owner's grant failed keeps its old owner).
   */
  const ungranted = new Map<string, string>();
  const all = phases(plan.changes);
  for (const [index, stageChanges] of all.entries()) {
    if (signal?.aborted) {
      for (const change of all.slice(index).flat()) report.skipped.push({ change, because: NOT_ATTEMPTED });
      return;
    }
    const runnable: Change[] = [];
    for (const change of stageChanges) {
      const requires = change.action === 'remove' ? undefined : change.place.requiresKey;
      const cause =
        change.action === 'remove' && change.fromRole !== undefined
          ? ungranted.get(membership(change.place.key, change.fromRole))
          : requires
            ? broken.get(membership(requires, change.user))
            : undefined;
      if (cause) {
        report.skipped.push({ change, because: cause });
        broken.set(membership(change.place.key, change.user), cause);
      } else {
        runnable.push(change);
      }
    }

    const batches = [...groupBy(runnable, batchKey).values()];
    /** Batches not answered yet: reported as unknown if the grace after an interrupt runs out. */
    const unanswered = new Set(batches);
    let over = false;
    const run = Promise.all(
      batches.map(async (batch) => {
        const first = batch[0]!;
        const provider = providers.get(first.provider);
        const outcomes: ChangeOutcome[] = provider
          ? await provider.apply(batch).catch((error: unknown) =>
              batch.map((change) => ({ change, ok: false, error: error instanceof Error ? error.message : String(error) })),
            )
          : batch.map((change) => ({ change, ok: false, error: `no provider named ${first.provider}` }));
        // Reported already, as unanswered.
        if (over) return;
        unanswered.delete(batch);
        for (const outcome of outcomes) {
          if (!outcome.ok && signal?.aborted && outcome.error?.includes(NOT_SENT)) {
            report.skipped.push({ change: outcome.change, because: NOT_ATTEMPTED });
            broken.set(membership(outcome.change.place.key, outcome.change.user), NOT_ATTEMPTED);
          } else if (outcome.ok) {
            report.done.push(outcome.change);
            if (outcome.note !== undefined) report.notes.push({ change: outcome.change, note: outcome.note });
          } else {
            const error = outcome.error ?? 'failed';
            report.failed.push({ change: outcome.change, error });
            const because = `depends on ${describeChange(outcome.change)}, which failed`;
            broken.set(membership(outcome.change.place.key, outcome.change.user), because);
            if (outcome.change.action !== 'remove' && outcome.change.role !== undefined) {
              ungranted.set(membership(outcome.change.place.key, outcome.change.role), because);
            }
          }
        }
      }),
    );
    if ((await Promise.race([run.then(() => 'done' as const), expired.then(() => 'expired' as const)])) === 'expired') {
      over = true;
      const unknown = 'no answer in time after the interrupt: it may or may not have been applied';
      for (const batch of unanswered) for (const change of batch) report.failed.push({ change, error: unknown });
      for (const change of all.slice(index + 1).flat()) report.skipped.push({ change, because: NOT_ATTEMPTED });
      return;
    }
  }
}
