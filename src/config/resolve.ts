/**
 * Step 4b and 6: expand member lists into users with reasons, add implied
 * workspace membership, and lay the places out parents-first.
 */
import type { DesiredMember, DesiredPlaceState, Reason } from '../model/index.js';
import { dropRepeats, entryLabel } from './entries.js';
import type { GroupTable } from './groups.js';
import type { PlaceDecl, WorkspaceDecl } from './merge.js';
import type { Problems } from './problems.js';

class Members {
  private readonly byEmail = new Map<string, { listed: Reason[]; implied: Reason[]; seen: Set<string> }>();

  private slot(email: string) {
    let s = this.byEmail.get(email);
    if (s === undefined) {
      s = { listed: [], implied: [], seen: new Set() };
      this.byEmail.set(email, s);
    }
    return s;
  }

  add(email: string, reason: Reason): void {
    const s = this.slot(email);
    const id =
      reason.kind === 'listed'
        ? `l ${reason.file}:${reason.line}:${reason.col} ${reason.via ?? ''}`
        : `i ${reason.by}`;
    if (s.seen.has(id)) return;
    s.seen.add(id);
    (reason.kind === 'listed' ? s.listed : s.implied).push(reason);
  }

  emails(): IterableIterator<string> {
    return this.byEmail.keys();
  }

  /** Sorted by email; listed reasons first (in list order), then implied (in declaration order). */
  toList(): DesiredMember[] {
    return [...this.byEmail.keys()]
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((email) => {
        const s = this.byEmail.get(email)!;
        return { email, reasons: [...s.listed, ...s.implied] };
      });
  }
}

function listedMembers(decl: PlaceDecl, groups: GroupTable, problems: Problems): Members {
  const out = new Members();
  for (const entry of dropRepeats(decl.entries, problems)) {
    const { file, line, col } = entry.at;
    if (entry.kind === 'email') {
      out.add(entry.email, { kind: 'listed', file, line, col });
    } else if (!groups.has(entry.group)) {
      groups.reportUndefined(entry, problems);
    } else {
      const via = entryLabel(entry);
      for (const email of groups.emails(entry.group)) out.add(email, { kind: 'listed', file, line, col, via });
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
    const child = (decl: PlaceDecl): void => {
      const m = listedMembers(decl, groups, problems);
      places.push({ place: decl.place, members: m.toList() });
      const by = decl.impliedBy!;
      for (const email of m.emails()) wsMembers.add(email, { kind: 'implied', by });
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
