/** Dreadnode's API lives under /api/v1 at the root of the server (Gatehouse appends it to DREADNODE_BASE_URL). */
export const DREADNODE_PREFIX = '/api/v1';
