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
  "memberList": {
    "type": "array",
    "items": {
      "$ref": "#/definitions/member"
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
