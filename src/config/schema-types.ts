/* Generated from schemas/gatehouse.schema.json by `npm run gen:types`. Do not edit by hand. */

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
 * A name, or a gid (all digits).
 */
export type Ref = string;
/**
 * A slug as it appears in Dreadnode URLs: no slash or space, and not "." or "..".
 */
export type Slug = string;
export type Gid = string;

/**
 * Who belongs to which Asana workspaces, teams and projects, and who holds which permission on Dreadnode workspaces. One file, or a folder of files merged together.
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
  asana?: Asana;
  dreadnode?: Dreadnode;
  sandbox?: SandboxSection;
}
export interface Asana {
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
export interface Dreadnode {
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
 * Only for seeding `gatehouse sandbox`: facts a desired-state file never states. Plan and apply ignore it.
 */
export interface SandboxSection {
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
  /**
   * Dreadnode organisations and workspaces that exist live besides those the file's dreadnode section gives members.
   */
  dreadnode?: {
    /**
     * The bearer token the sandbox's Dreadnode API accepts (default: the same as sandbox.token). A different one shows that each provider sends its own token.
     */
    token?: string;
    organizations?: {
      org: Slug;
      workspaces?: {
        workspace: Slug;
        name?: string;
      }[];
    }[];
  };
}
