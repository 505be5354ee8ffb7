/* Generated from src/providers/asana/schema.ts by `npm run gen`. Do not edit by hand. */

/**
 * A name, or a gid (all digits).
 */
export type Ref = string;
/**
 * An email address, or group:NAME.
 */
export type Member = string;
export type MemberList = Member[];
export type Gid = string;

export interface AsanaSection {
  workspaces?: AsanaWorkspace[];
}
/**
 * An Asana workspace or organisation. Users of its teams and projects are members of it implicitly.
 */
export interface AsanaWorkspace {
  workspace: Ref;
  /**
   * Remove live members this place's lists do not name (default false: they are left alone and reported as unmanaged). Guard rails apply; see the README.
   */
  prune?: boolean;
  /**
   * When false, adding a user whose email is outside the organisation's email domains (who would join as a guest) is an error at plan time. Default true.
   */
  allow_guests?: boolean;
  members?: MemberList;
  teams?: AsanaTeam[];
  /**
   * Projects found by name or gid anywhere in the workspace.
   */
  projects?: AsanaProject[];
}
export interface AsanaTeam {
  team: Ref;
  /**
   * Remove live members this place's lists do not name (default false: they are left alone and reported as unmanaged). Guard rails apply; see the README.
   */
  prune?: boolean;
  members?: MemberList;
  /**
   * Projects of this team, found by name or gid among the team's projects.
   */
  projects?: AsanaProject[];
}
export interface AsanaProject {
  project: Ref;
  /**
   * Remove live members this place's lists do not name (default false: they are left alone and reported as unmanaged). Guard rails apply; see the README.
   */
  prune?: boolean;
  members?: MemberList;
}
/**
 * Asana's keys of a sandbox seed's sandbox: section.
 */
export interface AsanaSeed {
  /**
   * Facts about workspaces named in the file, matched by name, and extra teams and projects.
   */
  workspaces?: {
    workspace: string;
    gid?: Gid;
    is_organization?: boolean;
    email_domains?: string[];
    /**
     * Emails of members whose workspace membership is not active (is_active: false).
     */
    inactive?: string[];
    /**
     * Extra teams that exist live (names may repeat, to make ambiguous names).
     */
    teams?: {
      name: string;
      gid?: Gid;
    }[];
    /**
     * Extra projects that exist live, optionally in a team of this workspace (by team name).
     */
    projects?: {
      name: string;
      gid?: Gid;
      team?: string;
    }[];
  }[];
}
