/**
 * Desired and live state share one shape: for each place, the users that
 * belong there (lower-case emails), each with an optional role.
 */
import type { DesiredPlace, ResolvedPlace } from './place.js';

/** Why a user is wanted in a place, shown next to the change in a plan. */
export type Reason =
  | { kind: 'listed'; file: string; line: number; col: number; via?: string }
  | { kind: 'implied'; by: string };

export interface DesiredMember {
  /** Lower-case email. */
  email: string;
  /** Permission for providers that have one (Dreadnode); absent for Asana. */
  role?: string;
  /** At least one reason; listed reasons come first. */
  reasons: Reason[];
}

export interface DesiredPlaceState {
  place: DesiredPlace;
  /** Sorted by email, no duplicates. */
  members: DesiredMember[];
}

/** The whole file (or folder) after load, validate and resolve. */
export interface DesiredState {
  /** Files read, in the order they were read. */
  files: string[];
  /** Places in declaration order, parents before children. */
  places: DesiredPlaceState[];
}

export interface LiveMember {
  /** Lower-case email, or `gid:<id>` when the live user has no visible email. */
  email: string;
  /** The provider's user id (Asana user gid). */
  userId: string;
  role?: string;
  /** Display name when the API gave one. */
  name?: string;
}

export interface LivePlaceState {
  place: ResolvedPlace;
  /** Sorted by email. */
  members: LiveMember[];
}

export interface LiveState {
  places: LivePlaceState[];
}
