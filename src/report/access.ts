/**
 * Who has access to what, and why: each (user, place) pair the files grant or
 * the live state holds, with what the files say (level, FILE:LINE, the group
 * chain, the end date) and what the service says (level, guest, inactive),
 * and the marks a reviewer reads off them. Pure: "today" is an input, and the
 * live state is whatever the caller read (none for a files-only answer).
 */
import type { DesiredState, LiveMember, LivePlaceState, Reason, SourceLocation } from '../model/index.js';
import { compareText } from '../util/compare.js';
import { daysBetween } from '../util/calendar-day.js';
import { memberEnd } from '../plan/index.js';

/**
 * What a reviewer reads off one membership. The core's own: `managed` (in the
 * file and live), `pending` (in the file, not live yet: apply adds it),
 * `unmanaged` (live, nobody declared it), `inactive` (the service keeps the
 * record but it is not active), `expiring` (its grant ends within the warning
 * period), `expired` (its grant has ended: plan removes it), `revoked` (the
 * user is on `revoked:`), `level differs` (live at another level or permission
 * than the file gives: plan changes it). A provider's live marks (`guest`) are passed on as they are.
 */
export type Mark = 'managed' | 'pending' | 'level differs' | 'unmanaged' | 'inactive' | 'expiring' | 'expired' | 'revoked' | (string & {});

/** The marks in the order they are shown, the core's first. */
export const MARK_ORDER: readonly string[] = ['managed', 'pending', 'level differs', 'unmanaged', 'guest', 'inactive', 'expiring', 'expired', 'revoked'];

/** The period within which an ending grant is flagged, in days (`--warn-expiry`). */
export const DEFAULT_WARN_DAYS = 14;

export interface PlaceView {
  key: string;
  provider: string;
  kind: string;
  /** The live name when read, else the reference as written. */
  name: string;
  /** The live id, when read. */
  id?: string;
  /** Declared in the files; false for a place read only because it lies under one they name. */
  declared: boolean;
  /** Where the files declare it. */
  source?: SourceLocation;
}

/** One reason the files give for a membership. */
export interface Grant {
  /** `FILE:LINE` of the entry, for a listed reason. */
  at?: string;
  /** The group the entry names, outermost first: `['group:leads', 'group:platform']`. */
  chain?: string[];
  /** `team Platform`: the membership follows from another place's. */
  impliedBy?: string;
  until?: string;
}

export interface Access {
  /** Lower-case email (or the provider's own member name, `team:Design`). */
  user: string;
  place: PlaceView;
  /** What the files say; absent when they do not grant it. */
  desired?: {
    role?: string;
    grants: Grant[];
    /** The last day of the grant, when every reason for it ends. */
    until?: string;
    /** Days from today to `until` (negative: passed). */
    days?: number;
  };
  /** What the service holds; absent when not a member, or when nothing was read. */
  live?: { role?: string; name?: string; marks?: string[]; inactive?: boolean };
  marks: Mark[];
}

export interface AccessOptions {
  /** YYYY-MM-DD. */
  today: string;
  /** Default 14. */
  warnDays?: number;
  /**
   * Places read live that the files do not declare (a Dreadnode organisation's
   * other workspaces): every membership there is unmanaged. Fed by the caller.
   */
  extra?: readonly LivePlaceState[];
}

function grantOf(reason: Reason): Grant {
  if (reason.kind === 'implied') return { impliedBy: reason.by, ...(reason.until === undefined ? {} : { until: reason.until }) };
  const chain = reason.chain ?? (reason.via === undefined ? undefined : [reason.via]);
  return { at: `${reason.file}:${reason.line}`, ...(chain === undefined ? {} : { chain }), ...(reason.until === undefined ? {} : { until: reason.until }) };
}

function marksOf(a: Omit<Access, 'marks'>, read: boolean, revoked: boolean, warnDays: number): Mark[] {
  const marks: Mark[] = [];
  if (a.desired !== undefined) {
    if (read) marks.push(a.live === undefined ? 'pending' : a.live.inactive ? 'inactive' : 'managed');
    // A list that gives no level (an Asana workspace's members) is in sync at any live level.
    if (read && a.live !== undefined && !a.live.inactive && a.desired.role !== undefined && a.live.role !== a.desired.role) marks.push('level differs');
    const days = a.desired.days;
    if (days !== undefined && days < 0) marks.push('expired');
    else if (days !== undefined && days <= warnDays) marks.push('expiring');
  } else if (a.live !== undefined) {
    marks.push(a.live.inactive ? 'inactive' : 'unmanaged');
  }
  for (const m of a.live?.marks ?? []) if (!marks.includes(m)) marks.push(m);
  if (revoked) marks.push('revoked');
  return marks;
}

function liveOf(m: LiveMember): NonNullable<Access['live']> {
  return {
    ...(m.role === undefined ? {} : { role: m.role }),
    ...(m.name === undefined ? {} : { name: m.name }),
    ...(m.marks === undefined || m.marks.length === 0 ? {} : { marks: [...m.marks] }),
    ...(m.inactive ? { inactive: true } : {}),
  };
}

/**
 * Every membership the files grant or `live` holds, place by place in
 * declaration order (then the extra places), users sorted within each. With
 * `live` undefined, only what the files grant, with no live marks.
 */
export function accessOf(desired: DesiredState, live: LivePlaceState[] | undefined, options: AccessOptions): Access[] {
  const warnDays = options.warnDays ?? DEFAULT_WARN_DAYS;
  const revoked = new Set((desired.revoked ?? []).map((r) => r.email));
  const liveByKey = new Map((live ?? []).map((p) => [p.place.key, p]));
  const out: Access[] = [];
  const push = (place: PlaceView, users: Map<string, Omit<Access, 'marks' | 'place'>>) => {
    for (const [user, a] of [...users].sort(([x], [y]) => compareText(x, y))) {
      const access = { ...a, user, place };
      out.push({ ...access, marks: marksOf(access, live !== undefined, revoked.has(user), warnDays) });
    }
  };
  for (const { place, members } of desired.places) {
    const read = liveByKey.get(place.key);
    const view: PlaceView = {
      key: place.key,
      provider: place.provider,
      kind: place.kind,
      name: read?.place.name ?? place.ref,
      ...(read === undefined ? {} : { id: read.place.id }),
      declared: true,
      source: place.source,
    };
    const users = new Map<string, Omit<Access, 'marks' | 'place'>>();
    for (const m of members) {
      const until = memberEnd(m);
      users.set(m.email, {
        user: m.email,
        desired: {
          ...(m.role === undefined ? {} : { role: m.role }),
          grants: m.reasons.map(grantOf),
          ...(until === undefined ? {} : { until, days: daysBetween(options.today, until) }),
        },
      });
    }
    for (const m of read?.members ?? []) {
      const known = users.get(m.email);
      if (known) known.live = liveOf(m);
      else users.set(m.email, { user: m.email, live: liveOf(m) });
    }
    push(view, users);
  }
  for (const { place, members } of options.extra ?? []) {
    const view: PlaceView = { key: place.key, provider: place.provider, kind: place.kind, name: place.name, id: place.id, declared: false };
    push(view, new Map(members.map((m) => [m.email, { user: m.email, live: liveOf(m) }])));
  }
  return out;
}

/** A level that runs the place (its owners or admins), whatever the service calls it. */
export const isOwnerRole = (role: string | undefined): boolean => role !== undefined && /^(owner|admin)$/i.test(role);

/** The level shown for a membership: live when read and held, else the file's; empty for a plain member. */
export function levelOf(a: Access): string {
  return a.live?.role ?? a.desired?.role ?? '';
}
