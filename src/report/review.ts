/**
 * The access review: the live state of the places the files name as a user ×
 * place matrix, with each place's owners or admins and totals. Pure: when it
 * was generated and from which commit are inputs.
 */
import { compareText } from '../util/compare.js';
import { isOwnerRole, MARK_ORDER, type Access, type PlaceView } from './access.js';

export interface ReviewInputs {
  /** ISO time the review was made (the CLI passes the clock). */
  generatedAt: string;
  /** The git commit of the files, when they are in git. */
  commit?: string;
  /** The files read. */
  files: readonly string[];
  /** YYYY-MM-DD, what expiry is reckoned against. */
  today: string;
}

export interface ReviewRow {
  user: string;
  /** The live display name, when a service gave one. */
  name?: string;
  /** One per place of `places`, in the same order; undefined where the user has no access. */
  cells: (Access | undefined)[];
}

export interface Review extends ReviewInputs {
  places: Array<PlaceView & { owners: string[] }>;
  rows: ReviewRow[];
  totals: { users: number; places: number; memberships: number; marks: Record<string, number> };
}

export function accessReview(access: readonly Access[], inputs: ReviewInputs): Review {
  const places: Review['places'] = [];
  const column = new Map<string, number>();
  for (const a of access) {
    if (!column.has(a.place.key)) {
      column.set(a.place.key, places.length);
      places.push({ ...a.place, owners: [] });
    }
    if (a.live && !a.live.inactive && isOwnerRole(a.live.role)) places[column.get(a.place.key)!]!.owners.push(a.user);
  }
  const rows = new Map<string, ReviewRow>();
  const marks: Record<string, number> = {};
  for (const a of access) {
    let row = rows.get(a.user);
    if (!row) rows.set(a.user, (row = { user: a.user, cells: places.map(() => undefined) }));
    if (row.name === undefined && a.live?.name !== undefined) row.name = a.live.name;
    row.cells[column.get(a.place.key)!] = a;
    for (const m of a.marks) marks[m] = (marks[m] ?? 0) + 1;
  }
  const ordered = Object.fromEntries(Object.entries(marks).sort(([x], [y]) => rank(x) - rank(y) || compareText(x, y)));
  return {
    ...inputs,
    places,
    rows: [...rows.values()].sort((x, y) => compareText(x.user, y.user)),
    totals: { users: rows.size, places: places.length, memberships: access.length, marks: ordered },
  };
}

const rank = (mark: string): number => {
  const i = MARK_ORDER.indexOf(mark);
  return i < 0 ? MARK_ORDER.length : i;
};

/** A cell's marks, the core's first. */
export const sortedMarks = (a: Access): string[] => [...a.marks].sort((x, y) => rank(x) - rank(y) || compareText(x, y));
