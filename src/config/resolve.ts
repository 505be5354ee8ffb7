/**
 * Expands member lists into users with reasons (and roles), checks that a
 * user holds one role per place, and adds implied membership (an Asana
 * team's users in its workspace). Provider-agnostic: it sees only PlaceDecls.
 */
import type { DesiredMember, DesiredPlaceState, Reason, SourceLocation } from '../model/index.js';
import { compareText } from '../util/compare.js';
import { earlierEnd, lastEnd } from '../util/calendar-day.js';
import { dropRepeats, entryLabel, type Entry } from './entries.js';
import type { GroupTable } from './groups.js';
import type { PlaceDecl } from './place-decl.js';
import { where, type Problems } from './problems.js';

/**
 * The users of one place and why. Listed reasons are all added before any
 * implied one, so each user's reasons come out listed first, and the first
 * is the entry that brought them in. Reason objects are shared between the
 * users one entry brings in (plain, read-only data). Each user is kept as the
 * DesiredMember the place ends with: a list may hold a million.
 */
class Members {
  private readonly users = new Map<string, DesiredMember>();
  /** Members first listed as the provider's own (a team), not people: they imply no membership elsewhere. */
  private readonly refs = new Set<string>();

  /** Adds a listed user; returns what they already hold when the entry gives them another role. */
  list(email: string, reason: Reason, entry: Entry): DesiredMember | undefined {
    const member = this.users.get(email);
    if (member === undefined) {
      this.users.set(email, entry.role === undefined ? { email, reasons: [reason] } : { email, role: entry.role, reasons: [reason] });
      if (entry.kind === 'ref') this.refs.add(email);
      return undefined;
    }
    if (member.role !== entry.role) return member;
    member.reasons.push(reason);
    return undefined;
  }

  /** Adds an implied reason, once per label; it ends when the implying grant does. */
  imply(email: string, by: string, until: string | undefined): void {
    const reason: Reason = until === undefined ? { kind: 'implied', by } : { kind: 'implied', by, until };
    const member = this.users.get(email);
    if (member === undefined) this.users.set(email, { email, reasons: [reason] });
    else if (!member.reasons.some((r) => r.kind === 'implied' && r.by === by)) member.reasons.push(reason);
  }

  /** The people listed (not the provider's own refs) and when their grants here end, for implied membership. */
  people(): Array<[email: string, until: string | undefined]> {
    return [...this.users.values()].filter((m) => !this.refs.has(m.email)).map((m) => [m.email, lastEnd(m.reasons.map((r) => r.until))]);
  }

  /** Sorted by email. */
  toList(): DesiredMember[] {
    return [...this.users.values()].sort((a, b) => compareText(a.email, b.email));
  }
}

/** `owner`, or `a member` for a list that grants no permission (an Asana project's `members:`). */
const roleWords = (role: string | undefined): string => role ?? 'a member';

/** What a user already holds, from the reason that listed them first (listed reasons come first): `owner (through group:leads at line 4)`. */
function describe(held: DesiredMember, at: SourceLocation): string {
  const first = held.reasons[0];
  if (first?.kind !== 'listed') throw new Error(`${held.email} is held here without being listed`);
  return `${roleWords(held.role)} (${first.via === undefined ? '' : `through ${first.via} `}at ${where(first, at)})`;
}

function listedReason(entry: Entry, until: string | undefined, chain: readonly string[]): Reason {
  const { file, line, col } = entry.at;
  const reason: Reason = { kind: 'listed', file, line, col };
  if (entry.kind === 'group') reason.via = entryLabel(entry);
  if (chain.length >= 2) reason.chain = [...chain];
  if (until !== undefined) reason.until = until;
  return reason;
}

/** The listed reasons of one group entry, one object per end date and group chain (most entries have one). */
function groupReasons(entry: Entry): (until: string | undefined, chain: readonly string[]) => Reason {
  const made = new Map<string, Reason>();
  return (until, chain) => {
    const key = `${until ?? ''}\u0000${chain.join('\u0000')}`;
    let reason = made.get(key);
    if (reason === undefined) {
      reason = listedReason(entry, until, chain);
      made.set(key, reason);
    }
    return reason;
  };
}

function listedMembers(decl: PlaceDecl, groups: GroupTable, problems: Problems): Members {
  const out = new Members();
  const add = (entry: Entry, email: string, reason: Reason): void => {
    const clash = out.list(email, reason, entry);
    if (clash === undefined) return;
    const via = entry.kind === 'group' ? ` (through ${entryLabel(entry)})` : '';
    const who = entry.kind === 'ref' ? 'a member' : 'a user';
    problems.add(
      entry.at,
      `${email}${via} would be ${roleWords(entry.role)} here but is already ${describe(clash, entry.at)}; ${who} holds one ${decl.roleNoun ?? 'permission'} per ${decl.place.kind}`,
    );
  };
  // dropRepeats leaves each literal entry once per list and a group expands to
  // a set, so no listed reason can repeat for a user.
  for (const entry of dropRepeats(decl.entries, problems)) {
    if (entry.kind === 'email' || entry.kind === 'ref') {
      // One grant, one reason: the common case, and the one a list of a million members is made of.
      add(entry, entry.kind === 'email' ? entry.email : entry.ref, listedReason(entry, entry.until, []));
    } else if (!groups.has(entry.group)) {
      groups.reportUndefined(entry, problems);
    } else {
      const reasonOf = groupReasons(entry);
      for (const [email, until] of groups.grants(entry.group)) {
        // Through nested groups, the reason records the chain of groups that reaches the user.
        add(entry, email, reasonOf(earlierEnd(entry.until, until), groups.chain(entry.group, email)));
      }
    }
  }
  return out;
}

/** Every declared place with its users, in declaration order (parents before children). */
export function resolveMembers(decls: readonly PlaceDecl[], groups: GroupTable, problems: Problems): DesiredPlaceState[] {
  const listed = decls.map((decl) => listedMembers(decl, groups, problems));
  const byKey = new Map(decls.map((decl, i) => [decl.place.key, listed[i]!]));
  decls.forEach((decl, i) => {
    if (decl.implies === undefined) return;
    const target = byKey.get(decl.implies.key);
    if (target === undefined) throw new Error(`${decl.place.key} implies membership of an undeclared place ${decl.implies.key}`);
    for (const [email, until] of listed[i]!.people()) target.imply(email, decl.implies.by, until);
  });
  return decls.map((decl, i) => ({ place: decl.place, members: listed[i]!.toList() }));
}
