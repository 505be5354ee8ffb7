export { applyPlan } from './apply.js';
export { reportLine, reportDetails, type ApplyReport, type FailedChange, type SkippedChange } from './report.js';
