/** A plan is plain, serialisable data: what apply will do and why. */
import type { PlaceRef } from './place.js';

export type Action = 'add' | 'change' | 'remove';

export interface Change {
  provider: string;
  action: Action;
  place: PlaceRef;
  /** Lower-case email. */
  user: string;
  /** Target role, for providers with roles. */
  role?: string;
  /** Current role, on `change`. */
  fromRole?: string;
  /** Human-readable reasons: `teams/platform.yaml:12` or `implied by team Platform`. */
  reasons: string[];
}

/** What the plan found at one place, changes aside. */
export interface PlacePlan {
  place: PlaceRef;
  /** Desired members already live with the desired role. */
  inSync: number;
  /** Live members the file does not mention (left alone), sorted. */
  unmanaged: string[];
}

export interface PlanSummary {
  add: number;
  change: number;
  remove: number;
  /** Live memberships the file does not mention, over all places. */
  unmanaged: number;
}

export interface Plan {
  version: 1;
  /** sha256 (hex) over the changes' identities: equal changes, equal fingerprints. */
  fingerprint: string;
  summary: PlanSummary;
  /** Ordered by provider, stage, place key, then user (apply runs stage by stage across providers). */
  changes: Change[];
  /** Every place the plan looked at, ordered like the changes. */
  places: PlacePlan[];
}
