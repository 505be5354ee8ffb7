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
 * A list of users: email addresses (compared case-insensitively) or group:NAME.
 *
 * Items: An email, group:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.
 */
export type MemberList = (Member | Grant)[];
/**
 * A list of users: email addresses (compared case-insensitively) or group:NAME.
 *
 * Items: An email, group:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.
 */
export type MemberList1 = (Member | Grant)[];
/**
 * A list of users: email addresses (compared case-insensitively) or group:NAME.
 *
 * Items: An email, group:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.
 */
export type MemberList2 = (Member | Grant)[];

/**
 * The provider-neutral keys of a desired-state file; each provider section is typed in its own folder.
 */
export interface GatehouseFile {
  /**
   * The file format's version. Always 1; a file without it is an error. It changes nothing in the plan.
   */
  version: 1;
  /**
   * Reusable lists of users, referenced as group:NAME wherever a member may be written; a group may include other groups. Groups may be defined in any file of a folder. A group adds nothing by itself: each member it brings into a list is planned as if listed there, and the plan line says so with (group:NAME). An undefined group or a cycle is an error.
   */
  groups?: {
    [k: string]: MemberList;
  };
  protected?: MemberList1;
  revoked?: MemberList2;
  /**
   * Allow internationalised email addresses (letters of any script) in this file. Without it an email holds only ASCII letters, digits and . _ % + - ' before the @, and an ASCII domain. Even with it, an address that mixes scripts in its local part or domain, or that looks like another address (Unicode confusables), is an error. It changes no plan line, only what the file may hold.
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
    /**
     * The user's email.
     */
    email: string;
    /**
     * The user's display name (default: one made from the email).
     */
    name?: string;
  }[];
  [k: string]: unknown;
}
