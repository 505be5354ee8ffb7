/**
 * Which live members a pruned place loses, and which it keeps although the
 * file does not list them: users the file protects, the token's own user,
 * users the service shows without an email (no file could name them), and
 * the last holder of a role the place must keep (a Dreadnode workspace's owner).
 * Pure: the planner calls it once per pruned place.
 */
import type { DesiredPlaceState, LiveMember, ProtectedUser } from '../model/index.js';
import { compareText } from '../util/compare.js';

interface Keeper {
  user: string;
  why: string;
}

interface PruneVerdict {
  remove: LiveMember[];
  kept: Keeper[];
}

export interface Untouchable {
  /** From the file's `protected:` lists, by email. */
  protected: ReadonlyMap<string, ProtectedUser>;
  /** The tokens' own users, by provider. */
  self: ReadonlyMap<string, ReadonlySet<string>>;
}

/** `unlisted` are the live members the file does not name at this place, sorted by email. */
export function pruneVerdict(want: DesiredPlaceState, unlisted: readonly LiveMember[], untouchable: Untouchable): PruneVerdict {
  const remove: LiveMember[] = [];
  const kept: Keeper[] = [];
  const self = untouchable.self.get(want.place.provider);
  for (const member of unlisted) {
    const guarded = untouchable.protected.get(member.email);
    // `gid:…` / `id:…`: the service shows no email, so no file could list them or protect them.
    if (!member.email.includes('@')) kept.push({ user: member.email, why: 'no visible email, so the file cannot list them' });
    else if (guarded) kept.push({ user: member.email, why: `protected at ${guarded.source.file}:${guarded.source.line}` });
    else if (self?.has(member.email)) kept.push({ user: member.email, why: "the token's own user" });
    else remove.push(member);
  }
  const role = want.place.keepRole;
  if (role !== undefined && !want.members.some((m) => m.role === role)) {
    // Nobody the file lists will hold the role: keep one current holder (the
    // first by email), unless a kept user already holds it.
    const holdsKept = unlisted.some((m) => m.role === role && kept.some((k) => k.user === m.email));
    const last = remove.find((m) => m.role === role);
    if (!holdsKept && last) {
      remove.splice(remove.indexOf(last), 1);
      kept.push({ user: last.email, why: `last ${role}` });
    }
  }
  kept.sort((a, b) => compareText(a.user, b.user));
  return { remove, kept };
}
