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

interface Wanted {
  reasons: Reason[];
  role?: string;
  /** The entry that first listed the user (with their role, or none). */
  from?: Entry;
}

/** A member the provider names itself (a team) is not a person: it implies no membership elsewhere. */
const isPerson = (w: Wanted): boolean => w.from?.kind !== 'ref';

/**
 * The users of one place and why. Listed reasons are all added before any
 * implied one, so each user's reasons come out listed first. Reason objects
 * are shared between the users one entry brings in (plain, read-only data).
 */
class Members {
  private readonly users = new Map<string, Wanted>();

  /** Adds a listed user; returns what they already hold when the entry gives them another role. */
  list(email: string, reason: Reason, entry: Entry): Wanted | undefined {
    const wanted = this.users.get(email);
    if (wanted === undefined) {
      const fresh: Wanted = { reasons: [reason], from: entry };
      if (entry.role !== undefined) fresh.role = entry.role;
      this.users.set(email, fresh);
      return undefined;
    }
    if (wanted.role !== entry.role) return wanted;
    wanted.reasons.push(reason);
    return undefined;
  }

  /** Adds an implied reason, once per label; it ends when the implying grant does. */
  imply(email: string, by: string, until: string | undefined): void {
    const reason: Reason = until === undefined ? { kind: 'implied', by } : { kind: 'implied', by, until };
    const wanted = this.users.get(email);
    if (wanted === undefined) this.users.set(email, { reasons: [reason] });
    else if (!wanted.reasons.some((r) => r.kind === 'implied' && r.by === by)) wanted.reasons.push(reason);
  }

  /** The people listed (not the provider's own refs) and when their grants here end, for implied membership. */
  people(): Array<[email: string, until: string | undefined]> {
    return [...this.users].filter(([, w]) => isPerson(w)).map(([email, w]) => [email, lastEnd(w.reasons.map((r) => r.until))]);
  }

  /** Sorted by email. */
  toList(): DesiredMember[] {
    return [...this.users.keys()].sort(compareText).map((email) => {
      const { reasons, role } = this.users.get(email)!;
      return role === undefined ? { email, reasons } : { email, role, reasons };
    });
  }
}

/** `owner`, or `a member` for a list that grants no permission (an Asana project's `members:`). */
const roleWords = (entry: Entry): string => entry.role ?? 'a member';

function describe(entry: Entry, at: SourceLocation): string {
  return `${roleWords(entry)} (${entry.kind === 'group' ? `through ${entryLabel(entry)} ` : ''}at ${where(entry.at, at)})`;
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
    if (clash?.from === undefined) return;
    const via = entry.kind === 'group' ? ` (through ${entryLabel(entry)})` : '';
    const who = entry.kind === 'ref' ? 'a member' : 'a user';
    problems.add(
      entry.at,
      `${email}${via} would be ${roleWords(entry)} here but is already ${describe(clash.from, entry.at)}; ${who} holds one ${decl.roleNoun ?? 'permission'} per ${decl.place.kind}`,
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
