/** Asana's address, budget and HTTP client (its error envelope, its limits), shared by the provider and export. */
import { HttpClient, type HttpClientOptions } from '../../http/index.js';
import { describeAsanaError } from './errors.js';
import { ASANA_DEFAULT_PER_MINUTE } from './settings.js';

export { ASANA_DEFAULT_BASE_URL, ASANA_DEFAULT_PER_MINUTE } from './settings.js';

/** An HTTP client set up for Asana: its error envelope, its in-flight limits. */
export function createAsanaHttpClient(options: { baseUrl: string; token: string } & Partial<HttpClientOptions>): HttpClient {
  return new HttpClient({
    describeError: describeAsanaError,
    userAgent: 'gatehouse (asana provider)',
    maxRequestsPerMinute: ASANA_DEFAULT_PER_MINUTE,
    ...options,
  });
}
