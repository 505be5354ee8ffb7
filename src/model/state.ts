/**
 * Desired and live state share one shape: for each place, the users that
 * belong there (lower-case emails), each with an optional role.
 */
import type { DesiredPlace, ResolvedPlace, SourceLocation } from './place.js';

/** Why a user is wanted in a place, shown next to the change in a plan. */
export type Reason =
  | { kind: 'listed'; file: string; line: number; col: number; via?: string; /** With a nested group: the groups from the listed one (`via`) to the one that lists the user, as `['group:leads', 'group:platform']`; absent when `via` itself lists them. */ chain?: string[]; /** Last day (YYYY-MM-DD, inclusive) of an expiring grant (`until:`). */ until?: string }
  | { kind: 'implied'; by: string; /** The implying grant's `until`: an implied membership ends with it. */ until?: string };

export interface DesiredMember {
  /** Lower-case email. */
  email: string;
  /** Permission, for providers that have them; absent where a place has plain members. */
  role?: string;
  /** At least one reason; listed reasons come first. */
  reasons: Reason[];
}

export interface DesiredPlaceState {
  place: DesiredPlace;
  /** Sorted by email, no duplicates. */
  members: DesiredMember[];
}

/** A user the file says must never be removed (top-level `protected:`). */
export interface ProtectedUser {
  /** Lower-case email. */
  email: string;
  source: SourceLocation;
}

/** A user the file takes out of every place it names (top-level `revoked:`). */
export interface RevokedUser {
  /** Lower-case email. */
  email: string;
  source: SourceLocation;
  /** The group they were revoked through (`group:leavers`), when not listed by email. */
  via?: string;
}

/** The whole file (or folder) after load, validate and resolve. */
export interface DesiredState {
  /** Files read, in the order they were read. */
  files: string[];
  /** Places in declaration order, parents before children. */
  places: DesiredPlaceState[];
  /** Users never removed, whatever the places say; sorted by email. */
  protected?: ProtectedUser[];
  /** Users removed from every place the file names, and from what those places imply; sorted by email. */
  revoked?: RevokedUser[];
}

export interface LiveMember {
  /**
   * Lower-case email, `gid:<id>` when the live user has no visible email, or
   * a member the provider names itself (`team:Design`).
   */
  email: string;
  /** The provider's user id. */
  userId: string;
  /** No file could name this member (the service shows no email): kept under prune. */
  unnamed?: true;
  role?: string;
  /** Display name when the API gave one. */
  name?: string;
  /** What the service says of the member (`guest`), for the provider's own use. */
  marks?: string[];
  /**
   * The service keeps the membership record but says it is not active (a
   * removed member, as Asana keeps them). Listed in the file: planned as an
   * add that reactivates them. Not listed: never removed, and not unmanaged.
   */
  inactive?: boolean;
}

export interface LivePlaceState {
  place: ResolvedPlace;
  /** Sorted by email. */
  members: LiveMember[];
  /**
   * What the provider read of the place beyond its members, for its own plan
   * hooks (src/model/hooks.ts); the core never reads it.
   */
  facts?: Record<string, unknown>;
}

/** The user a provider's token acts as: never removed. */
export interface TokenUser {
  provider: string;
  /** Lower-case email. */
  email: string;
}

export interface LiveState {
  places: LivePlaceState[];
  /** The token's own user, per provider that can tell. */
  self?: TokenUser[];
}
