/**
 * The sandbox keeps no clock: every object was created (and last modified) at
 * this instant, so answers stay deterministic. Asana's records carry it as is;
 * Dreadnode's logical clock counts seconds from it.
 */
export const SANDBOX_EPOCH = '2024-01-01T00:00:00.000Z';
