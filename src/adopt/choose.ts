/**
 * What adopt writes into the files, decided from desired and live state: a
 * pure function, like plan(). Each adoption says which place, which user,
 * which level and (to move or take out an entry) where that entry is written;
 * each refusal says why a drifted member stays drift.
 */
import type { DesiredMember, DesiredPlace, DesiredState, LiveMember, LiveState, Reason, SourceLocation } from '../model/index.js';
import { hasEnded, memberEnd } from '../plan/index.js';
import type { AdoptPart } from './part.js';

/** `unmanaged`: live, in no file. `levels`: listed at another level than live. `missing`: listed, not live. */
export type AdoptKind = 'unmanaged' | 'levels' | 'missing';
export const ADOPT_KINDS: readonly AdoptKind[] = ['unmanaged', 'levels', 'missing'];

export interface AdoptOptions {
  /** The kinds to adopt (all by default; `missing` also needs `includeMissing`). */
  only?: readonly AdoptKind[];
  /** Place keys to adopt at (all by default). */
  places?: readonly string[];
  /** Take listed members who are not live out of the file. */
  includeMissing?: boolean;
  /** YYYY-MM-DD: a grant whose `until` is before it has expired. */
  today: string;
}

export interface Adoption {
  kind: AdoptKind;
  place: DesiredPlace;
  /** The entry as the file writes it: a lower-case email, or a member the provider names itself (`team:Design`). */
  user: string;
  /** The live level, for `unmanaged` and `levels`. */
  role?: string;
  /** The level the file gave, for `levels`. */
  fromRole?: string;
  /** The entry to take out, for `levels` (moved) and `missing`. */
  entry?: SourceLocation;
  /** The note written after a new entry (`guest`). */
  note?: string;
  /** A moved entry's end day: it moves with it, so the grant still ends. */
  until?: string;
}

export interface NotAdopted {
  placeKey: string;
  user: string;
  why: string;
}

export interface AdoptChoice {
  adopt: Adoption[];
  notAdopted: NotAdopted[];
}

export type AdoptParts = ReadonlyMap<string, AdoptPart>;

const at = (s: { file: string; line: number }): string => `${s.file}:${s.line}`;
const listedDirect = (r: Reason): r is Extract<Reason, { kind: 'listed' }> => r.kind === 'listed' && r.via === undefined;
const throughGroup = (r: Reason): r is Extract<Reason, { kind: 'listed' }> => r.kind === 'listed' && r.via !== undefined;

/** Every grant of the member has ended (as the planner judges it): the last one to end. */
export function expired(member: DesiredMember, today: string): { until: string; reason: Reason } | undefined {
  const end = memberEnd(member);
  if (member.reasons.length === 0 || end === undefined || !hasEnded(end, today)) return undefined;
  return { until: end, reason: member.reasons.find((r) => r.until === end)! };
}

const reasonAt = (r: Reason): string => (r.kind === 'listed' ? at(r) : `implied by ${r.by}`);

export function chooseAdoptions(desired: DesiredState, live: LiveState, parts: AdoptParts, options: AdoptOptions): AdoptChoice {
  const kinds = new Set(options.only ?? ADOPT_KINDS);
  if (!options.includeMissing) kinds.delete('missing');
  const only = options.places === undefined ? undefined : new Set(options.places);
  const liveByKey = new Map(live.places.map((p) => [p.place.key, p]));
  const revoked = new Map((desired.revoked ?? []).map((u) => [u.email, u]));
  const guarded = new Map((desired.protected ?? []).map((u) => [u.email, u]));
  const self = new Set((live.self ?? []).map((s) => `${s.provider}\u0000${s.email}`));
  const adopt: Adoption[] = [];
  const notAdopted: NotAdopted[] = [];
  const skip = (place: DesiredPlace, user: string, why: string) => notAdopted.push({ placeKey: place.key, user, why });
  /** Missing members wanted here only because another place implies them: that place's entry is the one to take out. */
  const impliedOnly: Array<{ place: DesiredPlace; member: DesiredMember }> = [];

  /** A user the files take away or keep out: never written in. */
  const barred = (user: string, member: DesiredMember | undefined): string | undefined => {
    const r = revoked.get(user);
    if (r !== undefined) return `live but revoked at ${at(r.source)}: not adopted`;
    const gone = member === undefined ? undefined : expired(member, options.today);
    if (gone !== undefined) return `live but expired at ${reasonAt(gone.reason)} (until ${gone.until}): not adopted`;
    const p = guarded.get(user);
    if (p !== undefined && member === undefined) return `live but protected at ${at(p.source)}: not adopted`;
    return undefined;
  };

  for (const want of desired.places) {
    const place = want.place;
    if (only !== undefined && !only.has(place.key)) continue;
    const have = liveByKey.get(place.key);
    const part = parts.get(place.provider);
    if (have === undefined || part === undefined) continue;
    const wanted = new Map(want.members.map((m) => [m.email, m]));
    const liveBy = new Map(have.members.map((m) => [m.email, m]));

    if (kinds.has('unmanaged')) {
      for (const m of have.members) {
        if (wanted.has(m.email) || m.inactive || self.has(`${place.provider}\u0000${m.email}`)) continue;
        if (m.unnamed) {
          skip(place, m.email, 'live, but the file cannot name them (no visible email): not adopted');
          continue;
        }
        const why = barred(m.email, undefined);
        if (why !== undefined) {
          skip(place, m.email, why);
          continue;
        }
        adopt.push(addition(place, m, part, 'unmanaged'));
      }
    }

    for (const member of want.members) {
      const current = liveBy.get(member.email);
      const present = current !== undefined && !current.inactive;
      if (kinds.has('levels') && present && member.role !== undefined && current.role !== undefined && current.role !== member.role) {
        const why = barred(member.email, member);
        const groups = member.reasons.filter(throughGroup);
        const direct = member.reasons.find(listedDirect);
        if (why !== undefined) skip(place, member.email, why);
        else if (groups.length > 0) skip(place, member.email, `live at ${current.role}, listed at ${member.role} through ${groups.map((g) => `${g.via} at ${at(g)}`).join(', ')}: edit the group by hand`);
        else if (direct !== undefined) {
          const moved: Adoption = { kind: 'levels', place, user: member.email, role: current.role, fromRole: member.role, entry: direct };
          if (direct.until !== undefined) moved.until = direct.until;
          adopt.push(moved);
        }
      }
      if (kinds.has('missing') && !present) {
        if (revoked.has(member.email) || expired(member, options.today) !== undefined) continue;
        const groups = member.reasons.filter(throughGroup);
        const direct = member.reasons.filter(listedDirect);
        if (groups.length > 0) skip(place, member.email, `not live, listed through ${groups.map((g) => `${g.via} at ${at(g)}`).join(', ')}: edit the group by hand`);
        else if (direct.length === 0) impliedOnly.push({ place, member });
        else for (const entry of direct) adopt.push({ kind: 'missing', place, user: member.email, entry });
      }
    }
  }
  const removed = new Set(adopt.filter((a) => a.kind === 'missing').map((a) => a.user));
  for (const { place, member } of impliedOnly) {
    if (!removed.has(member.email)) skip(place, member.email, `not live, ${member.reasons.map(reasonAt).join(', ')}: not adopted`);
  }
  return { adopt: implied(adopt, desired, live, parts, kinds), notAdopted };
}

function addition(place: DesiredPlace, m: LiveMember, part: AdoptPart, kind: AdoptKind): Adoption {
  const a: Adoption = { kind, place, user: m.email };
  if (m.role !== undefined) a.role = m.role;
  const note = part.note?.(m);
  if (note !== undefined) a.note = note;
  return a;
}

/**
 * Implied memberships count both ways. Someone adopted into a team is not
 * also added to its workspace. Someone taken out of every place that implied
 * their workspace membership, and still live there, is added to the workspace.
 */
function implied(adopt: Adoption[], desired: DesiredState, live: LiveState, parts: AdoptParts, kinds: ReadonlySet<AdoptKind>): Adoption[] {
  const impliesOf = (p: DesiredPlace): string | undefined => parts.get(p.provider)?.implies?.(p);
  const person = (user: string) => user.includes('@');
  const addedAt = new Set(adopt.filter((a) => a.kind === 'unmanaged' && person(a.user)).flatMap((a) => {
    const target = impliesOf(a.place);
    return target === undefined ? [] : [`${target}\u0000${a.user}`];
  }));
  const kept = adopt.filter((a) => !(a.kind === 'unmanaged' && addedAt.has(`${a.place.key}\u0000${a.user}`)));

  const removed = new Set(adopt.filter((a) => a.kind === 'missing').map((a) => `${a.place.key}\u0000${a.user}`));
  const removedUsers = new Set(adopt.filter((a) => a.kind === 'missing').map((a) => a.user));
  if (removed.size === 0 || !kinds.has('unmanaged')) return kept;
  const liveByKey = new Map(live.places.map((p) => [p.place.key, p]));
  const implying = new Map<string, Array<{ key: string; emails: Set<string> }>>();
  for (const p of desired.places) {
    const target = impliesOf(p.place);
    if (target !== undefined) implying.set(target, [...(implying.get(target) ?? []), { key: p.place.key, emails: new Set(p.members.map((m) => m.email)) }]);
  }
  for (const want of desired.places) {
    const from = implying.get(want.place.key);
    const have = liveByKey.get(want.place.key);
    const part = parts.get(want.place.provider);
    if (from === undefined || have === undefined || part === undefined) continue;
    const liveBy = new Map(have.members.filter((m) => !m.inactive).map((m) => [m.email, m]));
    for (const member of want.members) {
      if (!removedUsers.has(member.email) || member.reasons.some((r) => r.kind === 'listed')) continue;
      const current = liveBy.get(member.email);
      if (current === undefined) continue;
      const still = from.some((p) => p.emails.has(member.email) && !removed.has(`${p.key}\u0000${member.email}`));
      if (!still) kept.push(addition(want.place, current, part, 'unmanaged'));
    }
  }
  return kept;
}
