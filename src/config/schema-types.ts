/* Generated from src/config/core-schema.ts by `npm run gen`. Do not edit by hand. */

/**
 * An email address, or group:NAME.
 */
export type Member = string;
export type MemberList = Member[];
/**
 * Users never removed, whatever the places say (emails or group:NAME).
 */
export type MemberList1 = Member[];

/**
 * The provider-neutral keys of a desired-state file; each provider section is typed in its own folder.
 */
export interface GatehouseFile {
  /**
   * Format version. Always 1.
   */
  version: 1;
  /**
   * Reusable lists of users, referenced as group:NAME. A group may include other groups.
   */
  groups?: {
    [k: string]: MemberList;
  };
  protected?: MemberList1;
  sandbox?: SandboxCore;
  [k: string]: unknown;
}
export interface SandboxCore {
  /**
   * The bearer token the sandbox accepts (default sandbox-token).
   */
  token?: string;
  /**
   * Email of the token's own user (GET /users/me). It is made a member of every Asana workspace and team.
   */
  me?: string;
  /**
   * Users that have accounts (Asana and Dreadnode) but belong nowhere yet.
   */
  users?: {
    email: string;
    name?: string;
  }[];
  [k: string]: unknown;
}
