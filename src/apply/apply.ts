/**
 * Runs a plan through its providers: stage by stage (workspace, then team,
 * then project; removals afterwards in reverse), places within a stage concurrently, one provider call per
 * (place, action) so a provider may batch. A change whose prerequisite (the
 * same user at the place it requires) failed or was skipped is skipped, and so
 * is the removal of a holder of a role whose grant to someone else at that
 * place failed; every other change goes on.
 */
import { batchKey, type Change, type ChangeOutcome, type Plan, type Provider } from '../model/index.js';
import { groupBy } from '../util/group-by.js';
import { describeChange, type ApplyReport } from './report.js';

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
): Promise<ApplyReport> {
  const report: ApplyReport = { done: [], notes: [], failed: [], skipped: [] };
  /** Memberships whose change failed or was skipped, keyed by place and user. */
  const broken = new Map<string, string>();
  /**
   * Roles a failed grant left without its new holder, by place: a removal of a
   * current holder of that role waits for the next run (so a Dreadnode
   * workspace whose new owner's grant failed keeps its old owner).
   */
  const ungranted = new Map<string, string>();
  for (const stageChanges of phases(plan.changes)) {
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
    await Promise.all(
      batches.map(async (batch) => {
        const first = batch[0]!;
        const provider = providers.get(first.provider);
        const outcomes: ChangeOutcome[] = provider
          ? await provider.apply(batch).catch((error: unknown) =>
              batch.map((change) => ({ change, ok: false, error: error instanceof Error ? error.message : String(error) })),
            )
          : batch.map((change) => ({ change, ok: false, error: `no provider named ${first.provider}` }));
        for (const outcome of outcomes) {
          if (outcome.ok) {
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
  }
  return report;
}
