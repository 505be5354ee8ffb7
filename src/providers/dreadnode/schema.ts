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
        "type": "array",
        "items": {
          "$ref": "#/definitions/dreadnodeOrganization"
        }
      }
    }
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
          "$ref": "#/definitions/slug"
        },
        "workspaces": {
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
          "$ref": "#/definitions/slug"
        },
        "prune": {
          "description": "Remove live members this place's lists do not name (default false: they are left alone and reported as unmanaged). Guard rails apply; see the README.",
          "type": "boolean"
        },
        "owner": {
          "$ref": "#/definitions/memberList"
        },
        "contributor": {
          "$ref": "#/definitions/memberList"
        },
        "reader": {
          "$ref": "#/definitions/memberList"
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
          "enum": ["bearer", "x-api-key"]
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
                "$ref": "#/definitions/slug"
              },
              "workspaces": {
                "type": "array",
                "items": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "workspace"
                  ],
                  "properties": {
                    "workspace": {
                      "$ref": "#/definitions/slug"
                    },
                    "name": {
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
