/**
 * The `dreadnode:` section of the file format: organisations and their workspaces, one list per permission.
 * Assembled with the other providers' into schemas/gatehouse.schema.json
 * (`npm run gen`); the section's types are generated from it into section-types.ts.
 */
import type { SchemaFragment } from '../../config/section-format.js';

export const section: SchemaFragment = {
  schema: {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "organizations": {
        "description": "The Dreadnode organisations this file manages, by slug. Only the workspaces the files name are read.",
        "type": "array",
        "items": {
          "$ref": "#/definitions/dreadnodeOrganization"
        }
      }
    },
    "examples": [{
      "organizations": [{
        "org": "acme",
        "workspaces": [{ "workspace": "red-team", "owner": ["alice@acme.com"], "contributor": ["carol@acme.com"], "reader": ["erin@acme.com"] }]
      }]
    }]
  },
  definitions: {
    "slug": {
      "description": "A slug as it appears in Dreadnode URLs: no slash or space, and not \".\" or \"..\".",
      "type": "string",
      "pattern": "^(?!\\.\\.?$)[^/\\s]+$",
      "maxLength": 200
    },
    "dreadnodeOrganization": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "org"
      ],
      "description": "A Dreadnode organisation, by slug. It may appear in several files; each of its workspaces is declared once.",
      "properties": {
        "org": {
          "description": "The organisation's slug, as in the platform's URLs (/org/SLUG/...). An organisation that does not exist fails the plan with a 404 from the platform.",
          "$ref": "#/definitions/slug",
          "examples": ["acme"]
        },
        "workspaces": {
          "description": "Workspaces of the organisation, by slug, each declared once across all files.",
          "type": "array",
          "items": {
            "$ref": "#/definitions/dreadnodeWorkspace"
          }
        }
      }
    },
    "dreadnodeWorkspace": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "workspace"
      ],
      "description": "A Dreadnode workspace, by slug, and who holds each permission on it. A user holds one permission per workspace.",
      "properties": {
        "workspace": {
          "description": "The workspace's slug (its key), as in the platform's URLs (/org/ORG/ws/SLUG/...).",
          "$ref": "#/definitions/slug",
          "examples": ["red-team"]
        },
        "prune": {
          "description": "Remove the permission of live users this workspace's lists do not name. Default false: they are left alone and counted as unmanaged. When true, or with --prune unless this says false, each becomes a `- EMAIL PERMISSION not in the file (prune)` line, within the removal guard rails; protected users and the last owner (when the file names no owner) are kept.",
          "type": "boolean",
          "default": false,
          "examples": [true]
        },
        "owner": {
          "description": "Users who hold the owner permission. One without access is a `+ EMAIL owner` line; one holding another permission is a `~ EMAIL OLD → owner` change. A user may be in one of owner, contributor and reader only.",
          "$ref": "#/definitions/memberList",
          "examples": [["alice@acme.com"]]
        },
        "contributor": {
          "description": "Users who hold the contributor permission. One without access is a `+ EMAIL contributor` line; one holding another permission is a `~ EMAIL OLD → contributor` change. Giving the last owner another permission without naming a new owner is an error.",
          "$ref": "#/definitions/memberList",
          "examples": [["group:platform"]]
        },
        "reader": {
          "description": "Users who hold the reader permission. One without access is a `+ EMAIL reader` line; one holding another permission is a `~ EMAIL OLD → reader` change.",
          "$ref": "#/definitions/memberList",
          "examples": [["erin@acme.com"]]
        }
      }
    }
  },
};

/** Its keys of a sandbox seed's `sandbox:` section. */
export const seed: Record<string, SchemaFragment> = {
  dreadnode: {
    schema: {
      "description": "Dreadnode organisations and workspaces that exist live besides those the file's dreadnode section gives members.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "token": {
          "description": "The bearer token the sandbox's Dreadnode API accepts (default: the same as sandbox.token). A different one shows that each provider sends its own token.",
          "type": "string",
          "minLength": 1
        },
        "auth": {
          "description": "How the sandbox's Dreadnode API takes the token: \"bearer\" (Authorization: Bearer, the default, as Dreadnode's API reference shows) or \"x-api-key\" (X-API-Key, as Dreadnode's SDK sends it). The other is answered 401, like a deployment that accepts only one.",
          "enum": ["bearer", "x-api-key"],
          "default": "bearer"
        },
        "organizations": {
          "type": "array",
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "org"
            ],
            "properties": {
              "org": {
                "description": "The organisation's slug.",
                "$ref": "#/definitions/slug"
              },
              "workspaces": {
                "description": "Workspaces that exist in it, with nobody in them unless the file's dreadnode section gives members.",
                "type": "array",
                "items": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "workspace"
                  ],
                  "properties": {
                    "workspace": {
                      "description": "The workspace's slug.",
                      "$ref": "#/definitions/slug"
                    },
                    "name": {
                      "description": "Its display name (default: one made from the slug).",
                      "type": "string",
                      "minLength": 1
                    }
                  }
                }
              }
            }
          }
        }
      }
    },
  },
};

/** What error messages call the values of Dreadnode's section and seed keys (src/config/section-format.ts). */
export const nouns: Record<string, string> = {
  'dreadnode/organizations/#': 'dreadnode organization',
  'dreadnode/organizations/#/workspaces/#': 'dreadnode workspace',
  'sandbox/dreadnode/organizations/#': 'sandbox dreadnode organization',
  'sandbox/dreadnode/organizations/#/workspaces/#': 'sandbox dreadnode workspace',
};
