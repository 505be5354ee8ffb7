/**
 * The sandbox's whole state, as the server holds it: the seed's own token and
 * each provider's world, by provider name. The core reads no further into a
 * provider's world than the tokens its API accepts; the rest belongs to that
 * provider's sandbox part.
 */

/** What every provider's world has. */
export interface ProviderWorld {
  /** The bearer token this provider's API accepts (the one its clients are given). */
  token: string;
  /**
   * Further bearer tokens the API accepts besides `token`, each its own
   * caller (a route tells them apart by RouteContext.token).
   */
  moreTokens?: readonly string[];
  /** Which header carries the token (default `bearer`: `Authorization: Bearer`); the other is answered 401. */
  auth?: TokenHeader;
}

/** How a token is sent: `Authorization: Bearer <token>`, or `X-API-Key: <token>`. */
export type TokenHeader = 'bearer' | 'x-api-key';

export interface World {
  /** The seed's `token` (each API's unless its part says otherwise); it also keys pagination signatures. */
  token: string;
  /** Each provider's world, by provider name. */
  providers: Record<string, ProviderWorld>;
}

/** Copy that the running server can change without touching the caller's seed. */
export function cloneWorld(world: World): World {
  return structuredClone(world);
}

/** One provider's world; throws when the seed made none for it. */
export function providerWorld(world: World, name: string): ProviderWorld {
  const found = world.providers[name];
  if (found === undefined) throw new Error(`sandbox: the world has no ${name} part`);
  return found;
}
