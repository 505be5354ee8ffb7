/**
 * Which live members a pruned place loses, and which it keeps although the
 * file does not list them: users the file protects, the token's own user,
 * and members no file could name (the service shows them without an email).
 * A provider's hooks may keep more (src/model/hooks.ts). Pure: the planner
 * calls it once per pruned place.
 */
import type { DesiredPlaceState, Keeper, LiveMember, ProtectedUser } from '../model/index.js';

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
    // The service shows no email (`gid:…`), so no file could list them or protect them.
    if (member.unnamed) kept.push({ user: member.email, why: 'no visible email, so the file cannot list them' });
    else if (guarded) kept.push({ user: member.email, why: `protected at ${guarded.source.file}:${guarded.source.line}` });
    else if (self?.has(member.email)) kept.push({ user: member.email, why: "the token's own user" });
    else remove.push(member);
  }
  return { remove, kept };
}
