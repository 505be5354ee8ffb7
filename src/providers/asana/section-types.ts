/* Generated from src/providers/asana/schema.ts by `npm run gen`. Do not edit by hand. */

/**
 * An email address, group:NAME, or team:NAME.
 */
export type AsanaMember = string;
/**
 * The last day (YYYY-MM-DD, inclusive) of the grant. After it the user is planned for removal from this place, without --prune.
 */
export type Until = string;
/**
 * Users who belong to the workspace: emails or group:NAME (not team:NAME). Each one missing live is a `+ EMAIL` line. Users of its teams, projects, portfolios and goals need not be listed: the plan adds them to the workspace too (implied by team NAME). A workspace's members are written in one file only.
 *
 * Items: An email, group:NAME, team:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.
 */
export type AsanaMemberList = (AsanaMember | AsanaGrant)[];
/**
 * Users who belong to the team: emails or group:NAME (not team:NAME). Each one missing live is a `+ EMAIL` line under the team; a user not yet in the workspace is added to it first.
 *
 * Items: An email, group:NAME, team:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.
 */
export type AsanaMemberList1 = (AsanaMember | AsanaGrant)[];
/**
 * Members at any access level: emails, group:NAME, or team:NAME (a team of the same workspace). Each one missing live is a `+ EMAIL` line and joins at the project's default access level; a level they already hold is left as it is.
 *
 * Items: An email, group:NAME, team:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.
 */
export type AsanaMemberList2 = (AsanaMember | AsanaGrant)[];
/**
 * Members who hold admin access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid). One missing live is a `+ EMAIL admin` line; one holding another level is a `~ EMAIL OLD → admin` change. A user or team in two of a place's level lists is an error.
 *
 * Items: An email, group:NAME, team:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.
 */
export type AsanaMemberList3 = (AsanaMember | AsanaGrant)[];
/**
 * Members who hold editor access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid). One missing live is a `+ EMAIL editor` line; one holding another level is a `~ EMAIL OLD → editor` change. A user or team in two of a place's level lists is an error.
 *
 * Items: An email, group:NAME, team:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.
 */
export type AsanaMemberList4 = (AsanaMember | AsanaGrant)[];
/**
 * Members who hold commenter access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid). One missing live is a `+ EMAIL commenter` line; one holding another level is a `~ EMAIL OLD → commenter` change. A user or team in two of a place's level lists is an error.
 *
 * Items: An email, group:NAME, team:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.
 */
export type AsanaMemberList5 = (AsanaMember | AsanaGrant)[];
/**
 * Members at any access level: emails, group:NAME, or team:NAME (a team of the same workspace). Each one missing live is a `+ EMAIL` line and joins at the portfolio's default access level; a level they already hold is left as it is.
 *
 * Items: An email, group:NAME, team:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.
 */
export type AsanaMemberList6 = (AsanaMember | AsanaGrant)[];
/**
 * Members who hold admin access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid). One missing live is a `+ EMAIL admin` line; one holding another level is a `~ EMAIL OLD → admin` change. A user or team in two of a place's level lists is an error.
 *
 * Items: An email, group:NAME, team:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.
 */
export type AsanaMemberList7 = (AsanaMember | AsanaGrant)[];
/**
 * Members who hold editor access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid). One missing live is a `+ EMAIL editor` line; one holding another level is a `~ EMAIL OLD → editor` change. A user or team in two of a place's level lists is an error.
 *
 * Items: An email, group:NAME, team:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.
 */
export type AsanaMemberList8 = (AsanaMember | AsanaGrant)[];
/**
 * Members who hold viewer access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid). One missing live is a `+ EMAIL viewer` line; one holding another level is a `~ EMAIL OLD → viewer` change. A user or team in two of a place's level lists is an error.
 *
 * Items: An email, group:NAME, team:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.
 */
export type AsanaMemberList9 = (AsanaMember | AsanaGrant)[];
/**
 * Members at any access level: emails, group:NAME, or team:NAME (a team of the same workspace). Each one missing live is a `+ EMAIL` line and joins at the goal's default access level; a level they already hold is left as it is.
 *
 * Items: An email, group:NAME, team:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.
 */
export type AsanaMemberList10 = (AsanaMember | AsanaGrant)[];
/**
 * Members who hold admin access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid). One missing live is a `+ EMAIL admin` line; one holding another level is a `~ EMAIL OLD → admin` change. A user or team in two of a place's level lists is an error.
 *
 * Items: An email, group:NAME, team:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.
 */
export type AsanaMemberList11 = (AsanaMember | AsanaGrant)[];
/**
 * Members who hold editor access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid). One missing live is a `+ EMAIL editor` line; one holding another level is a `~ EMAIL OLD → editor` change. A user or team in two of a place's level lists is an error.
 *
 * Items: An email, group:NAME, team:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.
 */
export type AsanaMemberList12 = (AsanaMember | AsanaGrant)[];
/**
 * Members who hold commenter access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid). One missing live is a `+ EMAIL commenter` line; one holding another level is a `~ EMAIL OLD → commenter` change. A user or team in two of a place's level lists is an error.
 *
 * Items: An email, group:NAME, team:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.
 */
export type AsanaMemberList13 = (AsanaMember | AsanaGrant)[];
/**
 * Members who hold viewer access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid). One missing live is a `+ EMAIL viewer` line; one holding another level is a `~ EMAIL OLD → viewer` change. A user or team in two of a place's level lists is an error.
 *
 * Items: An email, group:NAME, team:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.
 */
export type AsanaMemberList14 = (AsanaMember | AsanaGrant)[];

export interface AsanaSection {
  /**
   * The Asana workspaces (or organisations) this file manages. A workspace may appear in several files; the plan reads only the workspaces, and the places in them, that the files name.
   */
  workspaces?: AsanaWorkspace[];
}
/**
 * An Asana workspace or organisation. Users of its teams, projects, portfolios and goals are members of it implicitly.
 */
export interface AsanaWorkspace {
  /**
   * The workspace's name as Asana shows it, or its gid. A name that matches nothing is an error with close matches; one that several workspaces share is an error listing their gids.
   */
  workspace: string;
  /**
   * Remove live members of this workspace that its members list does not name. Default false: they are left alone and counted as unmanaged. When true, or with --prune unless this says false (and only when members is written), each becomes a `- EMAIL not in the file (prune)` line, within the removal guard rails. Leaving a workspace takes a user out of all its teams and projects; in an organisation it deprovisions them (their work goes to the token's owner), which plan and apply refuse without --allow-deprovision.
   */
  prune?: boolean;
  /**
   * When false, adding a user whose email is outside the organisation's email domains (who would join as a guest) is an error at plan time, at the line that lists them. When true, such an add is planned with a (guest) mark.
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
  /**
   * Teams of the workspace, by name or gid, with their members and projects. Each team is declared once across all files.
   */
  teams?: AsanaTeam[];
  /**
   * Projects found by name or gid anywhere in the workspace. Each project is declared once across all files (not here and again under its team).
   */
  projects?: AsanaProject[];
  /**
   * Portfolios of the workspace, by name or gid. With a personal access token Asana lists only the portfolios the token's user owns: name the others by gid, or use a service account token.
   */
  portfolios?: AsanaPortfolio[];
  /**
   * Goals of the workspace, by name or gid, with who holds which access level.
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
  /**
   * The team's name as Asana shows it, or its gid, within this workspace. A name that matches nothing is an error with close matches; one that several teams share is an error listing their gids.
   */
  team: string;
  /**
   * Remove live members of this team that its members list does not name. Default false: they are left alone and counted as unmanaged. When true, or with --prune unless this says false, each becomes a `- EMAIL not in the file (prune)` line, within the removal guard rails; they stay in the workspace.
   */
  prune?: boolean;
  members?: AsanaMemberList1;
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
   * Projects of this team, found by name or gid among the team's projects. Each project is declared once across all files.
   */
  projects?: AsanaProject[];
}
export interface AsanaProject {
  /**
   * The project's name as Asana shows it, or its gid: among the team's projects when under a team, anywhere in the workspace when under the workspace. A name that matches nothing is an error with close matches; one that several projects share is an error listing their gids.
   */
  project: string;
  /**
   * Remove live members (users and teams) of this project that its lists do not name. Default false: they are left alone and counted as unmanaged. When true, or with --prune unless this says false, each becomes a `- EMAIL not in the file (prune)` line, within the removal guard rails; protected users, the token's own user and users without an email are kept.
   */
  prune?: boolean;
  members?: AsanaMemberList2;
  admin?: AsanaMemberList3;
  editor?: AsanaMemberList4;
  commenter?: AsanaMemberList5;
  /**
   * A project's access levels are admin, editor, commenter.
   */
  viewer?: {
    [k: string]: unknown;
  };
}
export interface AsanaPortfolio {
  /**
   * The portfolio's name as Asana shows it, or its gid. A name that matches nothing is an error with close matches; one that several portfolios share is an error listing their gids.
   */
  portfolio: string;
  /**
   * Remove live members of this portfolio that its lists do not name. Default false: they are left alone and counted as unmanaged. When true, or with --prune unless this says false, each becomes a `- EMAIL not in the file (prune)` line, within the removal guard rails (--max-removals, --max-removal-share); protected users, the token's own user and users without an email are kept.
   */
  prune?: boolean;
  members?: AsanaMemberList6;
  admin?: AsanaMemberList7;
  editor?: AsanaMemberList8;
  /**
   * A portfolio's access levels are admin, editor, viewer.
   */
  commenter?: {
    [k: string]: unknown;
  };
  viewer?: AsanaMemberList9;
}
export interface AsanaGoal {
  /**
   * The goal's name as Asana shows it, or its gid. A name that matches nothing is an error with close matches; one that several goals share is an error listing their gids.
   */
  goal: string;
  /**
   * Remove live members of this goal that its lists do not name. Default false: they are left alone and counted as unmanaged. When true, or with --prune unless this says false, each becomes a `- EMAIL not in the file (prune)` line, within the removal guard rails (--max-removals, --max-removal-share); protected users, the token's own user and users without an email are kept.
   */
  prune?: boolean;
  members?: AsanaMemberList10;
  admin?: AsanaMemberList11;
  editor?: AsanaMemberList12;
  commenter?: AsanaMemberList13;
  viewer?: AsanaMemberList14;
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
    /**
     * The name of a workspace the seed's asana section declares (or a new one).
     */
    workspace: string;
    /**
     * A fixed gid for the workspace (default: one made from its name).
     */
    gid?: string;
    /**
     * Whether the workspace is an organisation: then removing a member deprovisions them, and users outside email_domains join as guests.
     */
    is_organization?: boolean;
    /**
     * The organisation's email domains; a user of another domain is a guest.
     */
    email_domains?: string[];
    /**
     * Emails of members whose workspace membership is not active (is_active: false).
     */
    inactive?: string[];
    /**
     * Extra teams that exist live (names may repeat, to make ambiguous names).
     */
    teams?: {
      /**
       * The team's name.
       */
      name: string;
      /**
       * A fixed gid (default: one made from the name).
       */
      gid?: string;
    }[];
    /**
     * Extra projects that exist live, optionally in a team of this workspace (by team name).
     */
    projects?: {
      /**
       * The project's name.
       */
      name: string;
      /**
       * A fixed gid (default: one made from the name).
       */
      gid?: string;
      /**
       * The name of the team the project belongs to (none when not given).
       */
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
      /**
       * Its name.
       */
      name: string;
      /**
       * A fixed gid (default: one made from the name).
       */
      gid?: string;
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
      /**
       * Its name.
       */
      name: string;
      /**
       * A fixed gid (default: one made from the name).
       */
      gid?: string;
      /**
       * The level a member added without one gets (commenter when not given).
       */
      default_access_level?: 'admin' | 'editor' | 'commenter' | 'viewer';
    }[];
  }[];
}
