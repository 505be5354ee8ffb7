/* Generated from src/config/core-schema.ts by `npm run gen`. Do not edit by hand. */

/**
 * An email address, or group:NAME.
 */
export type Member = string;
/**
 * The last day (YYYY-MM-DD, inclusive) of the grant. After it the user is planned for removal from this place, without --prune.
 */
export type Until = string;
/**
 * Items: An email, group:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.
 */
export type MemberList = (Member | Grant)[];
/**
 * Users never removed, whatever the places say (emails or group:NAME).
 *
 * Items: An email, group:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.
 */
export type MemberList1 = (Member | Grant)[];
/**
 * Users taken out of every place the file names (emails or group:NAME), without --prune: offboarding in one line. On a service where leaving a container takes a user out of everything in it (an Asana workspace), that is the one removal planned. A revoked user may not also be listed anywhere, nor be protected.
 *
 * Items: An email, group:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.
 */
export type MemberList2 = (Member | Grant)[];

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
  revoked?: MemberList2;
  /**
   * Allow internationalised email addresses (letters of any script) in this file. Without it an email holds only ASCII letters, digits and . _ % + - ' before the @, and an ASCII domain. Even with it, an address that mixes scripts in its local part or domain, or that looks like another address (Unicode confusables), is an error.
   */
  allow_unicode_emails?: boolean;
  sandbox?: SandboxCore;
  [k: string]: unknown;
}
/**
 * A member with an end date: { user: EMAIL or group:NAME, until: YYYY-MM-DD }.
 */
export interface Grant {
  user: Member;
  until: Until;
}
export interface SandboxCore {
  /**
   * The bearer token the sandbox accepts (default sandbox-token).
   */
  token?: string;
  /**
   * Email of the token's own user (who the API says the token belongs to). Each provider's sandbox makes it a member of the places it seeds, as that provider does.
   */
  me?: string;
  /**
   * Users that have an account on every service the sandbox serves but belong nowhere yet.
   */
  users?: {
    email: string;
    name?: string;
  }[];
  [k: string]: unknown;
}
