/**
 * The provider-neutral part of the file format: the version, groups and
 * protected users, and the member definitions every section uses. Each
 * provider adds its section (src/config/assemble-schema.ts).
 */
import type { JsonSchema } from './section-format.js';

export const coreProperties: Record<string, JsonSchema> = {
  "version": {
    "description": "Format version. Always 1.",
    "const": 1
  },
  "groups": {
    "description": "Reusable lists of users, referenced as group:NAME. A group may include other groups.",
    "type": "object",
    "propertyNames": {
      "$ref": "#/definitions/groupName"
    },
    "additionalProperties": {
      "$ref": "#/definitions/memberList"
    }
  },
  "protected": {
    "description": "Users never removed, whatever the places say (emails or group:NAME).",
    "$ref": "#/definitions/memberList"
  },
  "revoked": {
    "description": "Users taken out of every place the file names (emails or group:NAME), without --prune: offboarding in one line. On a service where leaving a container takes a user out of everything in it (an Asana workspace), that is the one removal planned. A revoked user may not also be listed anywhere, nor be protected.",
    "$ref": "#/definitions/memberList"
  },
  "allow_unicode_emails": {
    "description": "Allow internationalised email addresses (letters of any script) in this file. Without it an email holds only ASCII letters, digits and . _ % + - ' before the @, and an ASCII domain. Even with it, an address that mixes scripts in its local part or domain, or that looks like another address (Unicode confusables), is an error.",
    "type": "boolean"
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
          "type": "string",
          "pattern": "^[^@\\s:]+@[^@\\s]+\\.[^@\\s]+$"
        },
        "name": {
          "type": "string"
        }
      }
    }
  }
};
