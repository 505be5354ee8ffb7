import type { Plan } from '../model/index.js';

/** The plan as data (schemas/plan.schema.json). */
export function renderJson(plan: Plan): string {
  return JSON.stringify(plan, null, 2) + '\n';
}
