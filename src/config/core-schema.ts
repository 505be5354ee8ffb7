/**
 * The provider-neutral part of the file format: the version, groups and
 * protected users, and the member definitions every section uses. Each
 * provider adds its section (src/config/assemble-schema.ts).
 */
import type { JsonSchema } from './section-format.js';

export const coreProperties: Record<string, JsonSchema> = {
  "version": {
    "description": "The file format's version. Always 1; a file without it is an error. It changes nothing in the plan.",
    "const": 1,
    "examples": [1]
  },
  "groups": {
    "description": "Reusable lists of users, referenced as group:NAME wherever a member may be written; a group may include other groups. Groups may be defined in any file of a folder. A group adds nothing by itself: each member it brings into a list is planned as if listed there, and the plan line says so with (group:NAME). An undefined group or a cycle is an error.",
    "type": "object",
    "examples": [{ "platform": ["carol@acme.com", "dan@acme.com"], "leads": ["alice@acme.com", "group:platform"] }],
    "propertyNames": {
      "$ref": "#/definitions/groupName"
    },
    "additionalProperties": {
      "$ref": "#/definitions/memberList"
    }
  },
  "protected": {
    "description": "Users never removed, whatever the places say (emails or group:NAME), from any file of a folder. Where prune would remove one, the plan lists them under the place as kept: (protected) instead of a removal. It adds no one.",
    "$ref": "#/definitions/memberList",
    "examples": [["root@acme.com", "group:admins"]]
  },
  "revoked": {
    "description": "Users taken out of every place the file names (emails or group:NAME), without --prune: offboarding in one line. Where leaving a place takes a user out of everything inside it (a workspace, with some services), that is the one removal planned. A revoked user may not also be listed anywhere, nor be protected.",
    "examples": [["dana@acme.com", "group:leavers"]],
    "$ref": "#/definitions/memberList"
  },
  "allow_unicode_emails": {
    "description": "Allow internationalised email addresses (letters of any script) in this file. Without it an email holds only ASCII letters, digits and . _ % + - ' before the @, and an ASCII domain. Even with it, an address that mixes scripts in its local part or domain, or that looks like another address (Unicode confusables), is an error. It changes no plan line, only what the file may hold.",
    "type": "boolean",
    "default": false,
    "examples": [true]
  }
};

export const coreDefinitions: Record<string, JsonSchema> = {
  "groupName": {
    "type": "string",
    "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
    "maxLength": 100
  },
  "member": {
    "description": "An email address, or group:NAME.",
    "type": "string",
    "pattern": "^(group:[A-Za-z0-9][A-Za-z0-9_.-]*|[^@\\s:]+@[^@\\s]+\\.[^@\\s]+)$",
    "maxLength": 320
  },
  "until": {
    "description": "The last day (YYYY-MM-DD, inclusive) of the grant. After it the user is planned for removal from this place, without --prune.",
    "examples": ["2027-03-31"],
    "type": "string",
    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
  },
  "grant": {
    "description": "A member with an end date: { user: EMAIL or group:NAME, until: YYYY-MM-DD }.",
    "type": "object",
    "additionalProperties": false,
    "required": ["user", "until"],
    "properties": {
      "user": { "$ref": "#/definitions/member" },
      "until": { "$ref": "#/definitions/until" }
    }
  },
  "memberList": {
    "description": "A list of users: email addresses (compared case-insensitively) or group:NAME.",
    "type": "array",
    "items": {
      "description": "An email, group:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.",
      "anyOf": [{ "$ref": "#/definitions/member" }, { "$ref": "#/definitions/grant" }]
    }
  }
};

/** The keys of a sandbox seed's `sandbox:` section that no provider owns. */
export const seedCoreProperties: Record<string, JsonSchema> = {
  "token": {
    "description": "The bearer token the sandbox accepts (default sandbox-token).",
    "type": "string",
    "default": "sandbox-token",
    "minLength": 1
  },
  "me": {
    "description": "Email of the token's own user (who the API says the token belongs to). Each provider's sandbox makes it a member of the places it seeds, as that provider does.",
    "type": "string",
    "pattern": "^[^@\\s:]+@[^@\\s]+\\.[^@\\s]+$"
  },
  "users": {
    "description": "Users that have an account on every service the sandbox serves but belong nowhere yet.",
    "type": "array",
    "items": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "email"
      ],
      "properties": {
        "email": {
          "description": "The user's email.",
          "type": "string",
          "pattern": "^[^@\\s:]+@[^@\\s]+\\.[^@\\s]+$"
        },
        "name": {
          "description": "The user's display name (default: one made from the email).",
          "type": "string"
        }
      }
    }
  }
};
