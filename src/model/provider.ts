/**
 * A provider is the only code that speaks to a service. It resolves the places
 * a file names, reads their live membership, and performs changes.
 */
import type { DesiredPlace, ResolvedPlace, SourceLocation } from './place.js';
import type { LiveState } from './state.js';
import type { Change } from './plan.js';

/** A problem with the file found against live state (unknown or ambiguous name). */
export interface ResolveProblem {
  place: DesiredPlace;
  message: string;
  /** Where in the file the problem is, when not at the place itself (a member the provider resolves). */
  at?: SourceLocation;
}

export class ResolveError extends Error {
  constructor(readonly problems: ResolveProblem[]) {
    super(problems.map((p) => p.message).join('\n'));
    this.name = 'ResolveError';
  }
}

/** Requests: a count, or counts by route. */
export type RequestCount = number | Readonly<Record<string, number>>;

export interface ChangeOutcome {
  change: Change;
  ok: boolean;
  /** One line a person can read, without secrets. */
  error?: string;
  /**
   * On success, something the person should still hear: the change met a
   * state the plan did not show (a permission granted by someone else meanwhile).
   */
  note?: string;
}

export interface Provider {
  readonly name: string;
  /** Find every place live, or throw ResolveError listing every problem at once. */
  resolve(places: DesiredPlace[]): Promise<ResolvedPlace[]>;
  /**
   * The places inside the containers the file names that it does not name
   * itself (a Dreadnode organisation's other workspaces), each marked
   * `outside`, for `revoked:` and `who --live`. A provider whose named places
   * already hold everything inside them (an Asana workspace) has none.
   */
  outsidePlaces?(named: ResolvedPlace[]): Promise<ResolvedPlace[]>;
  /** Read the complete live membership of the given places; throws if a read fails. */
  read(places: ResolvedPlace[]): Promise<LiveState>;
  /**
   * Perform changes that share one place and one action (a provider may send
   * them as one request). Returns one outcome per change, never throws for an
   * API refusal.
   */
  apply(changes: Change[]): Promise<ChangeOutcome[]>;
  /**
   * How many requests `apply` would send for these changes (one place, one
   * action, as the apply engine groups them), retries aside: a count, or
   * counts by route (`addMembers`, `POST /memberships`) when the provider
   * chooses among routes and the plan's cost line should say which.
   */
  requestsFor(changes: Change[]): RequestCount;
  /** The request budget the provider's client keeps, in requests per minute. */
  readonly perMinute: number;
  /** Release connections. */
  close(): Promise<void>;
}
