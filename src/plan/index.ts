export { plan, PlanInputError } from './plan.js';
export { changeIdentity, fingerprint } from './fingerprint.js';
export { DEFAULT_REMOVAL_LIMITS, removalBreaches, type RemovalLimits } from './guard-rails.js';
export { restrictPlan } from './restrict.js';
export { DEFAULT_WARN_DAYS, hasEnded, memberEnd, type PlanDay } from './expiry.js';
export type { PlanContext } from './plan.js';
