/* Generated from src/providers/asana/schema.ts by `npm run gen`. Do not edit by hand. */

/**
 * A name, or a gid (all digits).
 */
export type Ref = string;
/**
 * An email address, group:NAME, or team:NAME.
 */
export type AsanaMember = string;
/**
 * The last day (YYYY-MM-DD, inclusive) of the grant. After it the user is planned for removal from this place, without --prune.
 */
export type Until = string;
/**
 * Items: An email, group:NAME, team:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.
 */
export type AsanaMemberList = (AsanaMember | AsanaGrant)[];
/**
 * Members at any access level; a new one gets the project's default access level.
 *
 * Items: An email, group:NAME, team:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.
 */
export type AsanaMemberList1 = (AsanaMember | AsanaGrant)[];
/**
 * Members who hold admin access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid).
 *
 * Items: An email, group:NAME, team:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.
 */
export type AsanaMemberList2 = (AsanaMember | AsanaGrant)[];
/**
 * Members who hold editor access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid).
 *
 * Items: An email, group:NAME, team:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.
 */
export type AsanaMemberList3 = (AsanaMember | AsanaGrant)[];
/**
 * Members who hold commenter access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid).
 *
 * Items: An email, group:NAME, team:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.
 */
export type AsanaMemberList4 = (AsanaMember | AsanaGrant)[];
/**
 * Members at any access level; a new one gets the portfolio's default access level.
 *
 * Items: An email, group:NAME, team:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.
 */
export type AsanaMemberList5 = (AsanaMember | AsanaGrant)[];
/**
 * Members who hold admin access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid).
 *
 * Items: An email, group:NAME, team:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.
 */
export type AsanaMemberList6 = (AsanaMember | AsanaGrant)[];
/**
 * Members who hold editor access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid).
 *
 * Items: An email, group:NAME, team:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.
 */
export type AsanaMemberList7 = (AsanaMember | AsanaGrant)[];
/**
 * Members who hold viewer access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid).
 *
 * Items: An email, group:NAME, team:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.
 */
export type AsanaMemberList8 = (AsanaMember | AsanaGrant)[];
/**
 * Members at any access level; a new one gets the goal's default access level.
 *
 * Items: An email, group:NAME, team:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.
 */
export type AsanaMemberList9 = (AsanaMember | AsanaGrant)[];
/**
 * Members who hold admin access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid).
 *
 * Items: An email, group:NAME, team:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.
 */
export type AsanaMemberList10 = (AsanaMember | AsanaGrant)[];
/**
 * Members who hold editor access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid).
 *
 * Items: An email, group:NAME, team:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.
 */
export type AsanaMemberList11 = (AsanaMember | AsanaGrant)[];
/**
 * Members who hold commenter access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid).
 *
 * Items: An email, group:NAME, team:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.
 */
export type AsanaMemberList12 = (AsanaMember | AsanaGrant)[];
/**
 * Members who hold viewer access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid).
 *
 * Items: An email, group:NAME, team:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.
 */
export type AsanaMemberList13 = (AsanaMember | AsanaGrant)[];
export type Gid = string;

export interface AsanaSection {
  workspaces?: AsanaWorkspace[];
}
/**
 * An Asana workspace or organisation. Users of its teams, projects, portfolios and goals are members of it implicitly.
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
  members?: AsanaMemberList;
  /**
   * A workspace has no access levels: list its users under members.
   */
  admin?: {
    [k: string]: unknown;
  };
  /**
   * A workspace has no access levels: list its users under members.
   */
  editor?: {
    [k: string]: unknown;
  };
  /**
   * A workspace has no access levels: list its users under members.
   */
  commenter?: {
    [k: string]: unknown;
  };
  /**
   * A workspace has no access levels: list its users under members.
   */
  viewer?: {
    [k: string]: unknown;
  };
  teams?: AsanaTeam[];
  /**
   * Projects found by name or gid anywhere in the workspace.
   */
  projects?: AsanaProject[];
  /**
   * Portfolios of the workspace, by name or gid. With a personal access token Asana lists only the portfolios the token's user owns: name the others by gid, or use a service account token.
   */
  portfolios?: AsanaPortfolio[];
  /**
   * Goals of the workspace, by name or gid.
   */
  goals?: AsanaGoal[];
}
/**
 * A member with an end date: { user: EMAIL, group:NAME or team:NAME, until: YYYY-MM-DD }.
 */
export interface AsanaGrant {
  user: AsanaMember;
  until: Until;
}
export interface AsanaTeam {
  team: Ref;
  /**
   * Remove live members this place's lists do not name (default false: they are left alone and reported as unmanaged). Guard rails apply; see the README.
   */
  prune?: boolean;
  members?: AsanaMemberList;
  /**
   * A team has no access levels: list its users under members.
   */
  admin?: {
    [k: string]: unknown;
  };
  /**
   * A team has no access levels: list its users under members.
   */
  editor?: {
    [k: string]: unknown;
  };
  /**
   * A team has no access levels: list its users under members.
   */
  commenter?: {
    [k: string]: unknown;
  };
  /**
   * A team has no access levels: list its users under members.
   */
  viewer?: {
    [k: string]: unknown;
  };
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
  members?: AsanaMemberList1;
  admin?: AsanaMemberList2;
  editor?: AsanaMemberList3;
  commenter?: AsanaMemberList4;
  /**
   * A project's access levels are admin, editor, commenter.
   */
  viewer?: {
    [k: string]: unknown;
  };
}
export interface AsanaPortfolio {
  portfolio: Ref;
  /**
   * Remove live members this place's lists do not name (default false: they are left alone and reported as unmanaged). Guard rails apply; see the README.
   */
  prune?: boolean;
  members?: AsanaMemberList5;
  admin?: AsanaMemberList6;
  editor?: AsanaMemberList7;
  /**
   * A portfolio's access levels are admin, editor, viewer.
   */
  commenter?: {
    [k: string]: unknown;
  };
  viewer?: AsanaMemberList8;
}
export interface AsanaGoal {
  goal: Ref;
  /**
   * Remove live members this place's lists do not name (default false: they are left alone and reported as unmanaged). Guard rails apply; see the README.
   */
  prune?: boolean;
  members?: AsanaMemberList9;
  admin?: AsanaMemberList10;
  editor?: AsanaMemberList11;
  commenter?: AsanaMemberList12;
  viewer?: AsanaMemberList13;
}
/**
 * Asana's keys of a sandbox seed's sandbox: section.
 */
export interface AsanaSeed {
  /**
   * A second token the sandbox's Asana API accepts, a service account's: it lists every portfolio of a workspace, where the seed's own token lists only those its user owns.
   */
  service_account_token?: string;
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
      /**
       * The level a member added without one gets (editor when not given).
       */
      default_access_level?: 'admin' | 'editor' | 'commenter';
    }[];
    /**
     * Portfolios that exist live: a portfolio of the file with the same name or gid is this one, any other is extra. A personal access token lists only the portfolios its own user owns.
     */
    portfolios?: {
      name: string;
      gid?: Gid;
      /**
       * The email of the portfolio's owner (the token's own user when not given).
       */
      owner?: string;
      /**
       * The level a member added without one gets (viewer when not given).
       */
      default_access_level?: 'admin' | 'editor' | 'viewer';
    }[];
    /**
     * Goals that exist live: a goal of the file with the same name or gid is this one, any other is extra.
     */
    goals?: {
      name: string;
      gid?: Gid;
      /**
       * The level a member added without one gets (commenter when not given).
       */
      default_access_level?: 'admin' | 'editor' | 'commenter' | 'viewer';
    }[];
  }[];
}
