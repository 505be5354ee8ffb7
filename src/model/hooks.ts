/**
 * The planner's questions to a provider: rules of a service that the core
 * does not know, in the spirit of octoDNS's `_include_change`. Each hook is
 * pure; the planner calls it with plain data and acts on what it returns.
 */
import type { FileProblem } from './errors.js';
import type { DesiredMember, DesiredPlaceState, LiveMember, LivePlaceState } from './state.js';

/** A member prune would remove but that stays, and why (shown as `kept: why`). */
export interface Keeper {
  user: string;
  why: string;
}

/** What a provider says of one planned add. */
export interface AddJudgement {
  /** Words shown after the add (`(guest)`), and carried in the plan's JSON. */
  marks?: string[];
  /** File errors the add makes (the plan is refused). */
  problems?: FileProblem[];
}

/** What a provider says of one planned removal. */
export interface RemoveJudgement {
  /**
   * Words shown after the removal and carried in the plan's JSON. The mark
   * `deprovision` (src/model/plan.ts) says the service does more than end a
   * membership, and apply needs --allow-deprovision for it.
   */
  marks?: string[];
}

/** What a provider says of one place once its adds and removals are known. */
export interface PlaceJudgement {
  /** Members to keep although prune would remove them (each one of `removals`). */
  keep?: Keeper[];
  /** File errors at this place (the plan is refused). */
  problems?: FileProblem[];
}

export interface PlanHooks {
  /** Called for each member the plan adds. */
  judgeAdd?(want: DesiredPlaceState, live: LivePlaceState, member: DesiredMember): AddJudgement;
  /** Called for each member the plan removes. */
  judgeRemove?(want: DesiredPlaceState, live: LivePlaceState, member: LiveMember): RemoveJudgement;
  /**
   * Called for each place; `removals` are the unlisted members prune would
   * remove (empty without prune), `kept` those the core already keeps.
   */
  judgePlace?(want: DesiredPlaceState, live: LivePlaceState, removals: readonly LiveMember[], kept: readonly Keeper[]): PlaceJudgement;
}

/** Hooks by provider name; a provider without hooks has no rules beyond the core's. */
export type HooksByProvider = ReadonlyMap<string, PlanHooks>;
