/**
 * A Dreadnode workspace is never left without an owner. Through the
 * planner's hooks: prune keeps the last owner when the file names none, and
 * a file that gives the last owners another permission without naming an
 * owner is an error at the workspace.
 */
import type { DesiredPlaceState, FileProblem, Keeper, LiveMember, LivePlaceState, PlaceJudgement, PlanHooks } from '../../model/index.js';

const ROLE = 'owner';

function judgePlace(want: DesiredPlaceState, live: LivePlaceState, removals: readonly LiveMember[], kept: readonly Keeper[]): PlaceJudgement {
  if (want.members.some((m) => m.role === ROLE)) return {};
  const problem = demotesLastOwner(want, live.members);
  // Nobody the file lists will hold the role: keep one current holder (the
  // first by email), unless a kept user already holds it.
  const roleOf = new Map(live.members.map((m) => [m.email, m.role]));
  const holdsKept = kept.some((k) => roleOf.get(k.user) === ROLE);
  const last = removals.find((m) => m.role === ROLE);
  const judgement: PlaceJudgement = {};
  if (!holdsKept && last) judgement.keep = [{ user: last.email, why: `last ${ROLE}` }];
  if (problem) judgement.problems = [problem];
  return judgement;
}

/** The live owners are all listed with another permission: the plan would demote the last of them. */
function demotesLastOwner(want: DesiredPlaceState, live: readonly LiveMember[]): FileProblem | undefined {
  const holders = live.filter((m) => m.role === ROLE);
  const listedAs = new Map(want.members.map((m) => [m.email, m.role]));
  if (holders.length === 0 || !holders.every((m) => listedAs.has(m.email))) return undefined;
  const demoted = holders.map((m) => `${m.email} ${listedAs.get(m.email) ?? ''}`.trim()).join(', ');
  return {
    ...want.place.source,
    message: `${want.place.kind} "${want.place.ref}" would be left without an ${ROLE}: the file gives its last ${ROLE}${holders.length > 1 ? 's' : ''} another permission (${demoted}); name an ${ROLE}`,
  };
}

export const dreadnodePlanHooks: PlanHooks = { judgePlace };
