export { plan, PlanInputError } from './plan.js';
export { changeIdentity, fingerprint } from './fingerprint.js';
