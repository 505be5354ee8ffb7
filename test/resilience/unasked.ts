/**
 * What changed between two reads of the same places that the file did not ask
 * for: someone added who is not wanted there, a permission the file does not
 * set changed, or a live member taken out of a place that does not prune.
 * (That everything the file asks for is there is the next plan's business.)
 */
import type { DesiredState, LiveState } from '../../src/model/index.js';

/** Active members only: an inactive record (a removed member, as Asana keeps them) is not a member. */
const membersByPlace = (state: LiveState) =>
  new Map(state.places.map((p) => [p.place.key, new Map(p.members.filter((m) => !m.inactive).map((m) => [m.email, m.role]))]));

export function unaskedChanges(desired: DesiredState, before: LiveState, after: LiveState): string[] {
  const was = membersByPlace(before);
  const now = membersByPlace(after);
  const places = new Map(desired.places.map((p) => [p.place.key, p]));
  const problems: string[] = [];
  for (const { place, members } of desired.places) {
    const wanted = new Set(members.map((m) => m.email));
    const before = was.get(place.key) ?? new Map<string, string | undefined>();
    const after = now.get(place.key) ?? new Map<string, string | undefined>();
    for (const [user, role] of after) {
      if (wanted.has(user)) continue;
      if (!before.has(user)) problems.push(`${place.key}: ${user} was added, and the file does not list them`);
      else if (before.get(user) !== role) problems.push(`${place.key}: ${user} went from ${before.get(user)} to ${role}, and the file does not list them`);
    }
    if (place.prune === true) continue;
    for (const user of before.keys()) {
      if (after.has(user) || wanted.has(user)) continue;
      // Asana takes someone who leaves a workspace out of its teams and projects.
      const workspace = place.requiresKey === undefined ? undefined : places.get(place.requiresKey);
      const leftWorkspace = workspace?.place.prune === true && !(now.get(workspace.place.key)?.has(user) ?? false);
      if (!leftWorkspace) problems.push(`${place.key}: ${user} was taken out, and the place does not prune`);
    }
  }
  return problems;
}
