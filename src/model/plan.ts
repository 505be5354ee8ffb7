/** A plan is plain, serialisable data: what apply will do and why. */
import type { PlaceRef } from './place.js';

export type Action = 'add' | 'change' | 'remove';

export interface Change {
  provider: string;
  action: Action;
  place: PlaceRef;
  /** Lower-case email. */
  user: string;
  /** The provider's user id when the live state knows it. */
  userId?: string;
  /** Target role, for providers with roles. */
  role?: string;
  /** Current role, on `change`. */
  fromRole?: string;
  /** Human-readable reasons: `team.yaml:12` or `implied by team Platform`. */
  reasons: string[];
}

export interface Unmanaged {
  place: PlaceRef;
  /** Live users not in the file, sorted. */
  users: string[];
}

export interface PlanSummary {
  add: number;
  change: number;
  remove: number;
}

export interface Plan {
  version: 1;
  /** sha256 over the changes' identities; equal plans have equal fingerprints. */
  fingerprint: string;
  summary: PlanSummary;
  /** Ordered by stage, then place key, then user. */
  changes: Change[];
  unmanaged: Unmanaged[];
  /** Every place the plan looked at, in stage order (for renderers: "no changes" lines). */
  places: PlaceRef[];
}
