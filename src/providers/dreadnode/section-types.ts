/* Generated from src/providers/dreadnode/schema.ts by `npm run gen`. Do not edit by hand. */

/**
 * A slug as it appears in Dreadnode URLs: no slash or space, and not "." or "..".
 */
export type Slug = string;
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

export interface DreadnodeSection {
  organizations?: DreadnodeOrganization[];
}
/**
 * A Dreadnode organisation, by slug. It may appear in several files; each of its workspaces is declared once.
 */
export interface DreadnodeOrganization {
  org: Slug;
  workspaces?: DreadnodeWorkspace[];
}
/**
 * A Dreadnode workspace, by slug, and who holds each permission on it. A user holds one permission per workspace.
 */
export interface DreadnodeWorkspace {
  workspace: Slug;
  /**
   * Remove live members this place's lists do not name (default false: they are left alone and reported as unmanaged). Guard rails apply; see the README.
   */
  prune?: boolean;
  owner?: MemberList;
  contributor?: MemberList;
  reader?: MemberList;
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
      org: Slug;
      workspaces?: {
        workspace: Slug;
        name?: string;
      }[];
    }[];
  };
}
