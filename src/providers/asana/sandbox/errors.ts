/**
 * Asana's error envelope: `{"errors": [{"message", "help", "phrase"?}]}`
 * (oas ErrorResponse / Error, lines 3584-3633). `phrase` is on 500s only.
 */
export const ERROR_HELP =
  'For more information on API status codes and how to handle them, read the docs on errors: https://developers.asana.com/docs/errors';

export interface ErrorEnvelope {
  errors: { message: string; help: string; phrase?: string }[];
}

/** An answer other than 200, thrown by a route and rendered by the server. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly phrase?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function errorEnvelope(message: string, phrase?: string): ErrorEnvelope {
  const error: ErrorEnvelope['errors'][number] = { message, help: ERROR_HELP };
  if (phrase !== undefined) error.phrase = phrase;
  return { errors: [error] };
}

export const badRequest = (message: string): ApiError => new ApiError(400, message);
export const forbidden = (message: string): ApiError => new ApiError(403, message);
export const notFound = (message: string): ApiError => new ApiError(404, message);

const ADJECTIVES = ['sad', 'quiet', 'brave', 'sleepy', 'tiny', 'green', 'lucky', 'odd'];
const NOUNS = ['squid', 'otter', 'lamp', 'kettle', 'falcon', 'pebble', 'walrus', 'cactus'];
const VERBS = ['hums', 'wobbles', 'naps', 'juggles', 'drifts', 'sings', 'blinks', 'waits'];
const ADVERBS = ['softly', 'boldly', 'calmly', 'oddly', 'slowly', 'gently', 'loudly', 'rarely'];

/** A support phrase like the ones Asana puts on 500s ("4 tiny otters nap calmly"). */
export function errorPhrase(random: () => number): string {
  const pick = (list: string[]): string => list[Math.floor(random() * list.length)] ?? list[0] ?? '';
  const count = 2 + Math.floor(random() * 8);
  return `${count} ${pick(ADJECTIVES)} ${pick(NOUNS)} ${pick(VERBS)} ${pick(ADVERBS)}`;
}
