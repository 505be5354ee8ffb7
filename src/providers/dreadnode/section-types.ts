/* Generated from src/providers/dreadnode/schema.ts by `npm run gen`. Do not edit by hand. */

/**
 * An email address, or group:NAME.
 */
export type Member = string;
/**
 * The last day (YYYY-MM-DD, inclusive) of the grant. After it the user is planned for removal from this place, without --prune.
 */
export type Until = string;
/**
 * Users who hold the owner permission. One without access is a `+ EMAIL owner` line; one holding another permission is a `~ EMAIL OLD → owner` change. A user may be in one of owner, contributor and reader only.
 *
 * Items: An email, group:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.
 */
export type MemberList = (Member | Grant)[];
/**
 * Users who hold the contributor permission. One without access is a `+ EMAIL contributor` line; one holding another permission is a `~ EMAIL OLD → contributor` change. Giving the last owner another permission without naming a new owner is an error.
 *
 * Items: An email, group:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.
 */
export type MemberList1 = (Member | Grant)[];
/**
 * Users who hold the reader permission. One without access is a `+ EMAIL reader` line; one holding another permission is a `~ EMAIL OLD → reader` change.
 *
 * Items: An email, group:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.
 */
export type MemberList2 = (Member | Grant)[];

export interface DreadnodeSection {
  /**
   * The Dreadnode organisations this file manages, by slug. Only the workspaces the files name are read.
   */
  organizations?: DreadnodeOrganization[];
}
/**
 * A Dreadnode organisation, by slug. It may appear in several files; each of its workspaces is declared once.
 */
export interface DreadnodeOrganization {
  /**
   * The organisation's slug, as in the platform's URLs (/org/SLUG/...). An organisation that does not exist fails the plan with a 404 from the platform.
   */
  org: string;
  /**
   * Workspaces of the organisation, by slug, each declared once across all files.
   */
  workspaces?: DreadnodeWorkspace[];
}
/**
 * A Dreadnode workspace, by slug, and who holds each permission on it. A user holds one permission per workspace.
 */
export interface DreadnodeWorkspace {
  /**
   * The workspace's slug (its key), as in the platform's URLs (/org/ORG/ws/SLUG/...).
   */
  workspace: string;
  /**
   * Remove the permission of live users this workspace's lists do not name. Default false: they are left alone and counted as unmanaged. When true, or with --prune unless this says false, each becomes a `- EMAIL PERMISSION not in the file (prune)` line, within the removal guard rails; protected users and the last owner (when the file names no owner) are kept.
   */
  prune?: boolean;
  owner?: MemberList;
  contributor?: MemberList1;
  reader?: MemberList2;
}
/**
 * A member with an end date: { user: EMAIL or group:NAME, until: YYYY-MM-DD }.
 */
export interface Grant {
  user: Member;
  until: Until;
}
/**
 * Dreadnode's keys of a sandbox seed's sandbox: section.
 */
export interface DreadnodeSeed {
  /**
   * Dreadnode organisations and workspaces that exist live besides those the file's dreadnode section gives members.
   */
  dreadnode?: {
    /**
     * The bearer token the sandbox's Dreadnode API accepts (default: the same as sandbox.token). A different one shows that each provider sends its own token.
     */
    token?: string;
    /**
     * How the sandbox's Dreadnode API takes the token: "bearer" (Authorization: Bearer, the default, as Dreadnode's API reference shows) or "x-api-key" (X-API-Key, as Dreadnode's SDK sends it). The other is answered 401, like a deployment that accepts only one.
     */
    auth?: 'bearer' | 'x-api-key';
    organizations?: {
      /**
       * The organisation's slug.
       */
      org: string;
      /**
       * Workspaces that exist in it, with nobody in them unless the file's dreadnode section gives members.
       */
      workspaces?: {
        /**
         * The workspace's slug.
         */
        workspace: string;
        /**
         * Its display name (default: one made from the slug).
         */
        name?: string;
      }[];
    }[];
  };
}
