/** A plan is plain, serialisable data: what apply will do and why. */
import type { PlaceRef } from './place.js';

export type Action = 'add' | 'change' | 'remove';

/** Why a removal is planned without --prune (`--only` takes these). */
export const CAUSES = ['expired', 'revoked'] as const;
export type Cause = (typeof CAUSES)[number];

export interface Change {
  provider: string;
  action: Action;
  place: PlaceRef;
  /** Lower-case email. */
  user: string;
  /** Target role, for providers with roles. */
  role?: string;
  /** Current role, on `change` (and on `remove` for providers with roles). */
  fromRole?: string;
  /** The provider's user id, on `remove` (some services remove by user id). */
  userId?: string;
  /** What the provider says of it, shown after the user: on `add`, `guest` or `reactivate`; on `remove`, `deprovision`. */
  marks?: string[];
  /** Why a removal is planned without --prune: the grant's `until` has passed, or the user is on `revoked:`. */
  cause?: Cause;
  /** On a removal that takes the user out of more than this place (an Asana workspace): the places it also leaves, as `team "Platform"`. */
  implies?: string[];
  /** Human-readable reasons: `teams/platform.yaml:12` or `implied by team Platform`. */
  reasons: string[];
}

/**
 * The mark of a removal that takes the user out of the whole organisation (an
 * Asana organisation deprovisions them and hands their work to the token's
 * owner), not only out of one place: apply refuses it without --allow-deprovision.
 */
export const DEPROVISION = 'deprovision';

/**
 * The changes apply hands a provider in one call (one place, one action), so a
 * provider may batch them; the plan's cost counts requests per such batch.
 */
export const batchKey = (c: Change): string => `${c.place.key}\u0000${c.action}`;

/** What the plan found at one place, changes aside. */
export interface PlacePlan {
  place: PlaceRef;
  /** Desired members already live with the desired role. */
  inSync: number;
  /** Live members the file does not mention (left alone), sorted. */
  unmanaged: string[];
  /** Whether live members the file does not list are removed here. */
  prune?: boolean;
  /** Members kept although prune would remove them, and why (`protected at people.yaml:3`, `token's own user`, `last owner`); sorted by email. */
  kept?: Array<{ user: string; why: string }>;
  /** Members the service keeps as not active and the file does not list, sorted. */
  inactive?: string[];
  /** Desired members whose every grant here ends within the warning period (`--warn-expiry`), sorted by email. */
  expiring?: Array<{ user: string; until: string; days: number }>;
}

export interface PlanSummary {
  add: number;
  change: number;
  remove: number;
  /** Live memberships the file does not mention, over all places. */
  unmanaged: number;
}

/** What apply will cost, per provider: requests and the time the rate limit imposes on them. */
export interface PlanCost {
  provider: string;
  requests: number;
  /** The request budget in requests per minute. */
  perMinute: number;
  /** requests / perMinute, in seconds. */
  seconds: number;
  /** The requests by route, when the provider says (sorted by route). */
  routes?: Record<string, number>;
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
  /** Added after planning by the pipeline (not part of the fingerprint). */
  cost?: PlanCost[];
}
