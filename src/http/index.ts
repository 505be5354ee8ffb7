export { HttpClient, type HttpClientOptions, type HttpStats, type Method, type RequestOptions, type RetryInfo } from './client.js';
export { HttpError, statusLine, oneLine, hasStatus, isRefusal, type HttpErrorKind } from './errors.js';
export { checkBaseUrl, isLoopbackHost } from './base-url.js';
export { redact, REDACTED } from './redact.js';
export { paginate, collect, type PageRequest, type PaginateSpec, type Query } from './paginate.js';
export { DEFAULT_RETRY, backoffDelay, parseRetryAfter, isRetryableStatus, type RetryOptions } from './retry.js';
export { Semaphore, PauseGate, RateSpacer } from './limiter.js';
