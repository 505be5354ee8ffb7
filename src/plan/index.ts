export { plan, PlanInputError } from './plan.js';
export { changeIdentity, fingerprint } from './fingerprint.js';
export { DEFAULT_REMOVAL_LIMITS, removalBreaches, type RemovalLimits } from './guard-rails.js';
