export { plan, PlanInputError } from './plan.js';
export { fingerprint } from './fingerprint.js';
export { formatReason } from './reasons.js';
