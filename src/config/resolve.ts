/**
 * Step 4b and 6: expand member lists into users with reasons, add implied
 * workspace membership, and lay the places out parents-first.
 */
import type { DesiredMember, DesiredPlaceState, Reason } from '../model/index.js';
import { dropRepeats, entryLabel } from './entries.js';
import type { GroupTable } from './groups.js';
import type { PlaceDecl, WorkspaceDecl } from './merge.js';
import type { Problems } from './problems.js';

/**
 * The users of one place and why. Listed reasons are all added before any
 * implied one, so each user's reasons come out listed first. Reason objects
 * are shared between the users one entry brings in (they are plain, read-only data).
 */
class Members {
  private readonly reasons = new Map<string, Reason[]>();

  add(email: string, reason: Reason): void {
    const list = this.reasons.get(email);
    if (list === undefined) this.reasons.set(email, [reason]);
    else list.push(reason);
  }

  has(email: string): boolean {
    return this.reasons.has(email);
  }

  emails(): IterableIterator<string> {
    return this.reasons.keys();
  }

  /** Sorted by email. */
  toList(): DesiredMember[] {
    return [...this.reasons.keys()]
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((email) => ({ email, reasons: this.reasons.get(email)! }));
  }
}

function listedMembers(decl: PlaceDecl, groups: GroupTable, problems: Problems): Members {
  const out = new Members();
  // dropRepeats leaves each literal entry once and a group expands to a set,
  // so no listed reason can repeat for a user.
  for (const entry of dropRepeats(decl.entries, problems)) {
    const { file, line, col } = entry.at;
    if (entry.kind === 'email') {
      out.add(entry.email, { kind: 'listed', file, line, col });
    } else if (!groups.has(entry.group)) {
      groups.reportUndefined(entry, problems);
    } else {
      const reason: Reason = { kind: 'listed', file, line, col, via: entryLabel(entry) };
      for (const email of groups.emails(entry.group)) out.add(email, reason);
    }
  }
  return out;
}

export function resolveMembers(
  workspaces: readonly WorkspaceDecl[],
  groups: GroupTable,
  problems: Problems,
): DesiredPlaceState[] {
  const places: DesiredPlaceState[] = [];
  for (const ws of workspaces) {
    const wsMembers = listedMembers(ws, groups, problems);
    const wsState: DesiredPlaceState = { place: ws.place, members: [] };
    places.push(wsState);
    // Children with the same name (project P of two teams) imply the same
    // reason; give it to each user once.
    const byName = new Map<string, Members[]>();
    const child = (decl: PlaceDecl): void => {
      const m = listedMembers(decl, groups, problems);
      places.push({ place: decl.place, members: m.toList() });
      const reason = { kind: 'implied', by: decl.impliedBy! } as const;
      const earlier = byName.get(reason.by);
      if (earlier === undefined) byName.set(reason.by, [m]);
      else earlier.push(m);
      for (const email of m.emails()) {
        if (earlier !== undefined && earlier.some((e) => e !== m && e.has(email))) continue;
        wsMembers.add(email, reason);
      }
    };
    for (const team of ws.teams) {
      child(team);
      team.projects.forEach(child);
    }
    ws.projects.forEach(child);
    wsState.members = wsMembers.toList();
  }
  return places;
}
