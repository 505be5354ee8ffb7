/**
 * Asana's error envelope (`{"errors":[{"message","help","phrase"}]}`) as one
 * line for HttpError. `help` is a generic pointer to the docs and is left out;
 * `phrase` (500 only) identifies the failure to Asana support and is kept.
 */
import { oneLine } from '../../http/index.js';

interface AsanaErrorItem {
  message?: unknown;
  phrase?: unknown;
}

export function describeAsanaError(_status: number, body: unknown): string {
  if (body !== null && typeof body === 'object' && Array.isArray((body as { errors?: unknown }).errors)) {
    const parts = ((body as { errors: unknown[] }).errors as AsanaErrorItem[])
      .map((e) => {
        if (e === null || typeof e !== 'object') return '';
        const message = typeof e.message === 'string' ? e.message.trim() : '';
        const phrase = typeof e.phrase === 'string' && e.phrase.trim() !== '' ? ` (error phrase: ${e.phrase.trim()})` : '';
        return message + phrase;
      })
      .filter((s) => s !== '');
    if (parts.length > 0) return oneLine(parts.join('; '));
  }
  if (typeof body === 'string') return oneLine(body).slice(0, 200);
  return '';
}
