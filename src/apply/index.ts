export { applyPlan, type ApplyOptions } from './apply.js';
export { interruptedLine, NOT_ATTEMPTED, reportLine, reportDetails, type ApplyReport, type FailedChange, type SkippedChange } from './report.js';
