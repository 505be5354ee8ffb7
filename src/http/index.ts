export { HttpClient, NOT_SENT, type ErrorContext, type HttpClientOptions, type HttpStats, type Method, type RequestOptions, type RetryInfo, type SendInfo } from './client.js';
export { HttpError, oneLine, hasStatus, isRefusal } from './errors.js';
export { checkBaseUrl } from './base-url.js';
export { redact, REDACTED } from './redact.js';
export { tokenProblem } from './token.js';
export { paginate, collect, type PageRequest, type PaginateSpec, type Query } from './paginate.js';
export { DEFAULT_RETRY, backoffDelay, parseRetryAfter, type RetryOptions } from './retry.js';
