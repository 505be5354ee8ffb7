/**
 * The `asana:` section of the file format: workspaces, their teams, projects, portfolios and goals.
 * Assembled with the other providers' into schemas/gatehouse.schema.json
 * (`npm run gen`); the section's types are generated from it into section-types.ts.
 */
import type { SchemaFragment } from '../../config/section-format.js';

/** Access levels a project's members can hold (oas:9513), in the order a plan states them. */
export const PROJECT_LEVELS = ['admin', 'editor', 'commenter'] as const;
/** A portfolio's (PortfolioMembershipCompact.access_level, oas:4790). */
export const PORTFOLIO_LEVELS = ['admin', 'editor', 'viewer'] as const;
/** A goal's (GoalMembershipBase.access_level, oas:9397). */
export const GOAL_LEVELS = ['admin', 'editor', 'commenter', 'viewer'] as const;
/** Every access level Asana names for any place (projects, portfolios, goals): a list of one on a place without it is refused with a reason. */
const ALL_LEVELS = ['admin', 'editor', 'commenter', 'viewer'] as const;

/** A refused key with the reason the error message gives (src/config/validate.ts reports `not` by its description). */
const refused = (description: string) => ({ not: {}, description });

/** The level lists of a place: its own levels as lists, every other level refused naming the ones it has. */
function levelLists(place: string, levels: readonly string[]): Record<string, unknown> {
  const own = levels.length === 0
    ? `A ${place} has no access levels: list its users under members.`
    : `A ${place}'s access levels are ${levels.join(', ')}.`;
  return Object.fromEntries(
    ALL_LEVELS.map((level) =>
      levels.includes(level)
        ? [level, {
            description: `Members who hold ${level} access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid). One missing live is a \`+ EMAIL ${level}\` line; one holding another level is a \`~ EMAIL OLD → ${level}\` change. A user or team in two of a place's level lists is an error.`,
            $ref: '#/definitions/asanaMemberList',
            examples: [['alice@acme.com', 'team:Design']],
          }]
        : [level, refused(own)],
    ),
  );
}

/** A portfolio or goal: like a project, with its kind's levels. */
function sharedPlace(kind: string, levels: readonly string[]): Record<string, unknown> {
  return {
    "type": "object",
    "additionalProperties": false,
    "required": [kind],
    "properties": {
      [kind]: {
        "description": `The ${kind}'s name as Asana shows it, or its gid. A name that matches nothing is an error with close matches; one that several ${kind}s share is an error listing their gids.`,
        "$ref": "#/definitions/ref",
        "examples": [kind === 'goal' ? 'Grow ARR' : 'Leadership Bets'],
      },
      "prune": {
        "description": `Remove live members of this ${kind} that its lists do not name. Default false: they are left alone and counted as unmanaged. When true, or with --prune unless this says false, each becomes a \`- EMAIL not in the file (prune)\` line, within the removal guard rails (--max-removals, --max-removal-share); protected users, the token's own user and users without an email are kept.`,
        "type": "boolean",
        "default": false,
        "examples": [true]
      },
      "members": {
        "description": `Members at any access level: emails, group:NAME, or team:NAME (a team of the same workspace). Each one missing live is a \`+ EMAIL\` line and joins at the ${kind}'s default access level; a level they already hold is left as it is.`,
        "$ref": "#/definitions/asanaMemberList",
        "examples": [["alice@acme.com", "group:platform"]]
      },
      ...levelLists(kind, levels),
    },
  };
}

export const section: SchemaFragment = {
  schema: {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "workspaces": {
        "description": "The Asana workspaces (or organisations) this file manages. A workspace may appear in several files; the plan reads only the workspaces, and the places in them, that the files name.",
        "type": "array",
        "items": {
          "$ref": "#/definitions/asanaWorkspace"
        }
      }
    },
    "examples": [{
      "workspaces": [{
        "workspace": "Acme Corp",
        "members": ["alice@acme.com"],
        "teams": [{
          "team": "Platform",
          "members": ["carol@acme.com"],
          "projects": [{ "project": "Roadmap 2027", "admin": ["alice@acme.com"], "editor": ["carol@acme.com", "team:Design"] }]
        }],
        "portfolios": [{ "portfolio": "Leadership Bets", "viewer": ["carol@acme.com"] }],
        "goals": [{ "goal": "Grow ARR", "editor": ["alice@acme.com"], "viewer": ["team:Design"] }]
      }]
    }]
  },
  definitions: {
    "ref": {
      "description": "A name, or a gid (all digits).",
      "type": "string",
      "minLength": 1,
      "maxLength": 1024
    },
    "asanaWorkspace": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "workspace"
      ],
      "properties": {
        "workspace": {
          "description": "The workspace's name as Asana shows it, or its gid. A name that matches nothing is an error with close matches; one that several workspaces share is an error listing their gids.",
          "$ref": "#/definitions/ref",
          "examples": ["Acme Corp", "1200000000000001"]
        },
        "prune": {
          "description": "Remove live members of this workspace that its members list does not name. Default false: they are left alone and counted as unmanaged. When true, or with --prune unless this says false (and only when members is written), each becomes a `- EMAIL not in the file (prune)` line, within the removal guard rails. Leaving a workspace takes a user out of all its teams and projects; in an organisation it deprovisions them (their work goes to the token's owner), which plan and apply refuse without --allow-deprovision.",
          "type": "boolean",
          "default": false,
          "examples": [true]
        },
        "allow_guests": {
          "description": "When false, adding a user whose email is outside the organisation's email domains (who would join as a guest) is an error at plan time, at the line that lists them. When true, such an add is planned with a (guest) mark.",
          "type": "boolean",
          "default": true,
          "examples": [false]
        },
        "members": {
          "description": "Users who belong to the workspace: emails or group:NAME (not team:NAME). Each one missing live is a `+ EMAIL` line. Users of its teams, projects, portfolios and goals need not be listed: the plan adds them to the workspace too (implied by team NAME). A workspace's members are written in one file only.",
          "$ref": "#/definitions/asanaMemberList",
          "examples": [["alice@acme.com", "group:platform"]]
        },
        ...levelLists('workspace', []),
        "teams": {
          "description": "Teams of the workspace, by name or gid, with their members and projects. Each team is declared once across all files.",
          "type": "array",
          "items": {
            "$ref": "#/definitions/asanaTeam"
          }
        },
        "projects": {
          "description": "Projects found by name or gid anywhere in the workspace. Each project is declared once across all files (not here and again under its team).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/asanaProject"
          }
        },
        "portfolios": {
          "description": "Portfolios of the workspace, by name or gid. With a personal access token Asana lists only the portfolios the token's user owns: name the others by gid, or use a service account token.",
          "type": "array",
          "items": {
            "$ref": "#/definitions/asanaPortfolio"
          }
        },
        "goals": {
          "description": "Goals of the workspace, by name or gid, with who holds which access level.",
          "type": "array",
          "items": {
            "$ref": "#/definitions/asanaGoal"
          }
        }
      },
      "description": "An Asana workspace or organisation. Users of its teams, projects, portfolios and goals are members of it implicitly."
    },
    "asanaTeam": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "team"
      ],
      "properties": {
        "team": {
          "description": "The team's name as Asana shows it, or its gid, within this workspace. A name that matches nothing is an error with close matches; one that several teams share is an error listing their gids.",
          "$ref": "#/definitions/ref",
          "examples": ["Platform"]
        },
        "prune": {
          "description": "Remove live members of this team that its members list does not name. Default false: they are left alone and counted as unmanaged. When true, or with --prune unless this says false, each becomes a `- EMAIL not in the file (prune)` line, within the removal guard rails; they stay in the workspace.",
          "type": "boolean",
          "default": false,
          "examples": [true]
        },
        "members": {
          "description": "Users who belong to the team: emails or group:NAME (not team:NAME). Each one missing live is a `+ EMAIL` line under the team; a user not yet in the workspace is added to it first.",
          "$ref": "#/definitions/asanaMemberList",
          "examples": [["alice@acme.com", "group:platform"]]
        },
        ...levelLists('team', []),
        "projects": {
          "description": "Projects of this team, found by name or gid among the team's projects. Each project is declared once across all files.",
          "type": "array",
          "items": {
            "$ref": "#/definitions/asanaProject"
          }
        }
      }
    },
    "asanaProject": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "project"
      ],
      "properties": {
        "project": {
          "description": "The project's name as Asana shows it, or its gid: among the team's projects when under a team, anywhere in the workspace when under the workspace. A name that matches nothing is an error with close matches; one that several projects share is an error listing their gids.",
          "$ref": "#/definitions/ref",
          "examples": ["Roadmap 2027", "1209876543210"]
        },
        "prune": {
          "description": "Remove live members (users and teams) of this project that its lists do not name. Default false: they are left alone and counted as unmanaged. When true, or with --prune unless this says false, each becomes a `- EMAIL not in the file (prune)` line, within the removal guard rails; protected users, the token's own user and users without an email are kept.",
          "type": "boolean",
          "default": false,
          "examples": [true]
        },
        "members": {
          "description": "Members at any access level: emails, group:NAME, or team:NAME (a team of the same workspace). Each one missing live is a `+ EMAIL` line and joins at the project's default access level; a level they already hold is left as it is.",
          "$ref": "#/definitions/asanaMemberList",
          "examples": [["bob@acme.com"]]
        },
        ...levelLists('project', PROJECT_LEVELS),
      }
    },
    "asanaPortfolio": sharedPlace('portfolio', PORTFOLIO_LEVELS),
    "asanaGoal": sharedPlace('goal', GOAL_LEVELS),
    "asanaMember": {
      "description": "An email address, group:NAME, or team:NAME.",
      "type": "string",
      "pattern": "^(group:[A-Za-z0-9][A-Za-z0-9_.-]*|team:\\S.{0,1023}|[^@\\s:]+@[^@\\s]+\\.[^@\\s]+)$",
      "maxLength": 1029
    },
    "asanaGrant": {
      "description": "A member with an end date: { user: EMAIL, group:NAME or team:NAME, until: YYYY-MM-DD }.",
      "type": "object",
      "additionalProperties": false,
      "required": ["user", "until"],
      "properties": {
        "user": { "$ref": "#/definitions/asanaMember" },
        "until": { "$ref": "#/definitions/until" }
      }
    },
    "asanaMemberList": {
      "type": "array",
      "items": {
        "description": "An email, group:NAME, team:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.",
        "anyOf": [{ "$ref": "#/definitions/asanaMember" }, { "$ref": "#/definitions/asanaGrant" }]
      }
    },
    "gid": {
      "type": "string",
      "pattern": "^[0-9]{1,19}$"
    }
  },
};

/** An extra portfolio or goal of a seed's workspace. */
function extraShared(levels: readonly string[], fallback: string, more: Record<string, unknown>): Record<string, unknown> {
  return {
    "type": "object",
    "additionalProperties": false,
    "required": ["name"],
    "properties": {
      "name": { "description": "Its name.", "type": "string", "minLength": 1 },
      "gid": { "description": "A fixed gid (default: one made from the name).", "$ref": "#/definitions/gid" },
      ...more,
      "default_access_level": {
        "description": `The level a member added without one gets (${fallback} when not given).`,
        "enum": [...levels]
      }
    }
  };
}

/** Its keys of a sandbox seed's `sandbox:` section. */
export const seed: Record<string, SchemaFragment> = {
  service_account_token: {
    schema: {
      "description": "A second token the sandbox's Asana API accepts, a service account's: it lists every portfolio of a workspace, where the seed's own token lists only those its user owns.",
      "type": "string",
      "minLength": 1
    },
  },
  workspaces: {
    schema: {
      "description": "Facts about workspaces named in the file, matched by name, and extra teams and projects.",
      "type": "array",
      "items": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "workspace"
        ],
        "properties": {
          "workspace": {
            "description": "The name of a workspace the seed's asana section declares (or a new one).",
            "type": "string",
            "minLength": 1
          },
          "gid": {
            "description": "A fixed gid for the workspace (default: one made from its name).",
            "$ref": "#/definitions/gid"
          },
          "is_organization": {
            "description": "Whether the workspace is an organisation: then removing a member deprovisions them, and users outside email_domains join as guests.",
            "type": "boolean",
            "default": false
          },
          "email_domains": {
            "description": "The organisation's email domains; a user of another domain is a guest.",
            "examples": [["acme.com"]],
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "inactive": {
            "description": "Emails of members whose workspace membership is not active (is_active: false).",
            "type": "array",
            "items": {
              "type": "string",
              "pattern": "^[^@\\s:]+@[^@\\s]+\\.[^@\\s]+$"
            }
          },
          "teams": {
            "description": "Extra teams that exist live (names may repeat, to make ambiguous names).",
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "name"
              ],
              "properties": {
                "name": {
                  "description": "The team's name.",
                  "type": "string",
                  "minLength": 1
                },
                "gid": {
                  "description": "A fixed gid (default: one made from the name).",
                  "$ref": "#/definitions/gid"
                }
              }
            }
          },
          "projects": {
            "description": "Extra projects that exist live, optionally in a team of this workspace (by team name).",
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "name"
              ],
              "properties": {
                "name": {
                  "description": "The project's name.",
                  "type": "string",
                  "minLength": 1
                },
                "gid": {
                  "description": "A fixed gid (default: one made from the name).",
                  "$ref": "#/definitions/gid"
                },
                "team": {
                  "description": "The name of the team the project belongs to (none when not given).",
                  "type": "string",
                  "minLength": 1
                },
                "default_access_level": {
                  "description": "The level a member added without one gets (editor when not given).",
                  "enum": ["admin", "editor", "commenter"]
                }
              }
            }
          },
          "portfolios": {
            "description": "Portfolios that exist live: a portfolio of the file with the same name or gid is this one, any other is extra. A personal access token lists only the portfolios its own user owns.",
            "type": "array",
            "items": extraShared(PORTFOLIO_LEVELS, 'viewer', {
              "owner": {
                "description": "The email of the portfolio's owner (the token's own user when not given).",
                "type": "string",
                "pattern": "^[^@\\s:]+@[^@\\s]+\\.[^@\\s]+$"
              }
            })
          },
          "goals": {
            "description": "Goals that exist live: a goal of the file with the same name or gid is this one, any other is extra.",
            "type": "array",
            "items": extraShared(GOAL_LEVELS, 'commenter', {})
          }
        }
      }
    },
  },
};

/** What error messages call the values of Asana's section and seed keys (src/config/section-format.ts). */
export const nouns: Record<string, string> = {
  'asana/workspaces/#': 'workspace',
  'asana/workspaces/#/teams/#': 'team',
  'asana/workspaces/#/teams/#/projects/#': 'project',
  'asana/workspaces/#/projects/#': 'project',
  'asana/workspaces/#/portfolios/#': 'portfolio',
  'asana/workspaces/#/goals/#': 'goal',
  'sandbox/workspaces/#': 'sandbox workspace',
  'sandbox/workspaces/#/teams/#': 'sandbox team',
  'sandbox/workspaces/#/projects/#': 'sandbox project',
  'sandbox/workspaces/#/portfolios/#': 'sandbox portfolio',
  'sandbox/workspaces/#/goals/#': 'sandbox goal',
};
