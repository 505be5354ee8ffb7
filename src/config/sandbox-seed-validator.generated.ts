// @ts-nocheck -- ajv standalone code: plain JavaScript, generated, and compared with a fresh generation by a test
/* Generated from the schema src/config/assemble-schema.ts assembles from the provider modules (schemas/sandbox-seed.schema.json) by `npm run build` (scripts/precompile-validators.mjs). Do not edit by hand. */
// ajv/dist/runtime/ucs2length.js
const runtime_ucs2length = function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
};
export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gatehouse.invalid/schemas/sandbox-seed.schema.json","title":"SandboxSeed","description":"A seed for `gatehouse sandbox --seed`: a desired-state file (whose places and members the sandbox starts with) plus a sandbox section of facts a desired-state file never states.","type":"object","additionalProperties":false,"required":["version"],"properties":{"version":{"description":"The file format's version. Always 1; a file without it is an error. It changes nothing in the plan.","const":1,"examples":[1]},"groups":{"description":"Reusable lists of users, referenced as group:NAME wherever a member may be written; a group may include other groups. Groups may be defined in any file of a folder. A group adds nothing by itself: each member it brings into a list is planned as if listed there, and the plan line says so with (group:NAME). An undefined group or a cycle is an error.","type":"object","examples":[{"platform":["carol@acme.com","dan@acme.com"],"leads":["alice@acme.com","group:platform"]}],"propertyNames":{"$ref":"#/definitions/groupName"},"additionalProperties":{"$ref":"#/definitions/memberList"}},"protected":{"description":"Users never removed, whatever the places say (emails or group:NAME), from any file of a folder. Where prune would remove one, the plan lists them under the place as kept: (protected) instead of a removal. It adds no one.","$ref":"#/definitions/memberList","examples":[["root@acme.com","group:admins"]]},"revoked":{"description":"Users taken out of every place the file names (emails or group:NAME), without --prune: offboarding in one line. Where leaving a place takes a user out of everything inside it (a workspace, with some services), that is the one removal planned. A revoked user may not also be listed anywhere, nor be protected.","examples":[["dana@acme.com","group:leavers"]],"$ref":"#/definitions/memberList"},"allow_unicode_emails":{"description":"Allow internationalised email addresses (letters of any script) in this file. Without it an email holds only ASCII letters, digits and . _ % + - ' before the @, and an ASCII domain. Even with it, an address that mixes scripts in its local part or domain, or that looks like another address (Unicode confusables), is an error. It changes no plan line, only what the file may hold.","type":"boolean","default":false,"examples":[true]},"asana":{"$ref":"#/definitions/asana"},"dreadnode":{"$ref":"#/definitions/dreadnode"},"sandbox":{"$ref":"#/definitions/sandbox"}},"definitions":{"groupName":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$","maxLength":100},"member":{"description":"An email address, or group:NAME.","type":"string","pattern":"^(group:[A-Za-z0-9][A-Za-z0-9_.-]*|[^@\\s:]+@[^@\\s]+\\.[^@\\s]+)$","maxLength":320},"until":{"description":"The last day (YYYY-MM-DD, inclusive) of the grant. After it the user is planned for removal from this place, without --prune.","examples":["2027-03-31"],"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},"grant":{"description":"A member with an end date: { user: EMAIL or group:NAME, until: YYYY-MM-DD }.","type":"object","additionalProperties":false,"required":["user","until"],"properties":{"user":{"$ref":"#/definitions/member"},"until":{"$ref":"#/definitions/until"}}},"memberList":{"description":"A list of users: email addresses (compared case-insensitively) or group:NAME.","type":"array","items":{"description":"An email, group:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.","anyOf":[{"$ref":"#/definitions/member"},{"$ref":"#/definitions/grant"}]}},"asana":{"type":"object","additionalProperties":false,"properties":{"workspaces":{"description":"The Asana workspaces (or organisations) this file manages. A workspace may appear in several files; the plan reads only the workspaces, and the places in them, that the files name.","type":"array","items":{"$ref":"#/definitions/asanaWorkspace"}}},"examples":[{"workspaces":[{"workspace":"Acme Corp","members":["alice@acme.com"],"teams":[{"team":"Platform","members":["carol@acme.com"],"projects":[{"project":"Roadmap 2027","admin":["alice@acme.com"],"editor":["carol@acme.com","team:Design"]}]}],"portfolios":[{"portfolio":"Leadership Bets","viewer":["carol@acme.com"]}],"goals":[{"goal":"Grow ARR","editor":["alice@acme.com"],"viewer":["team:Design"]}]}]}]},"ref":{"description":"A name, or a gid (all digits).","type":"string","minLength":1,"maxLength":1024},"asanaWorkspace":{"type":"object","additionalProperties":false,"required":["workspace"],"properties":{"workspace":{"description":"The workspace's name as Asana shows it, or its gid. A name that matches nothing is an error with close matches; one that several workspaces share is an error listing their gids.","$ref":"#/definitions/ref","examples":["Acme Corp","1200000000000001"]},"prune":{"description":"Remove live members of this workspace that its members list does not name. Default false: they are left alone and counted as unmanaged. When true, or with --prune unless this says false (and only when members is written), each becomes a `- EMAIL not in the file (prune)` line, within the removal guard rails. Leaving a workspace takes a user out of all its teams and projects; in an organisation it deprovisions them (their work goes to the token's owner), which plan and apply refuse without --allow-deprovision.","type":"boolean","default":false,"examples":[true]},"allow_guests":{"description":"When false, adding a user whose email is outside the organisation's email domains (who would join as a guest) is an error at plan time, at the line that lists them. When true, such an add is planned with a (guest) mark.","type":"boolean","default":true,"examples":[false]},"members":{"description":"Users who belong to the workspace: emails or group:NAME (not team:NAME). Each one missing live is a `+ EMAIL` line. Users of its teams, projects, portfolios and goals need not be listed: the plan adds them to the workspace too (implied by team NAME). A workspace's members are written in one file only.","$ref":"#/definitions/asanaMemberList","examples":[["alice@acme.com","group:platform"]]},"admin":{"not":{},"description":"A workspace has no access levels: list its users under members."},"editor":{"not":{},"description":"A workspace has no access levels: list its users under members."},"commenter":{"not":{},"description":"A workspace has no access levels: list its users under members."},"viewer":{"not":{},"description":"A workspace has no access levels: list its users under members."},"teams":{"description":"Teams of the workspace, by name or gid, with their members and projects. Each team is declared once across all files.","type":"array","items":{"$ref":"#/definitions/asanaTeam"}},"projects":{"description":"Projects found by name or gid anywhere in the workspace. Each project is declared once across all files (not here and again under its team).","type":"array","items":{"$ref":"#/definitions/asanaProject"}},"portfolios":{"description":"Portfolios of the workspace, by name or gid. With a personal access token Asana lists only the portfolios the token's user owns: name the others by gid, or use a service account token.","type":"array","items":{"$ref":"#/definitions/asanaPortfolio"}},"goals":{"description":"Goals of the workspace, by name or gid, with who holds which access level.","type":"array","items":{"$ref":"#/definitions/asanaGoal"}}},"description":"An Asana workspace or organisation. Users of its teams, projects, portfolios and goals are members of it implicitly."},"asanaTeam":{"type":"object","additionalProperties":false,"required":["team"],"properties":{"team":{"description":"The team's name as Asana shows it, or its gid, within this workspace. A name that matches nothing is an error with close matches; one that several teams share is an error listing their gids.","$ref":"#/definitions/ref","examples":["Platform"]},"prune":{"description":"Remove live members of this team that its members list does not name. Default false: they are left alone and counted as unmanaged. When true, or with --prune unless this says false, each becomes a `- EMAIL not in the file (prune)` line, within the removal guard rails; they stay in the workspace.","type":"boolean","default":false,"examples":[true]},"members":{"description":"Users who belong to the team: emails or group:NAME (not team:NAME). Each one missing live is a `+ EMAIL` line under the team; a user not yet in the workspace is added to it first.","$ref":"#/definitions/asanaMemberList","examples":[["alice@acme.com","group:platform"]]},"admin":{"not":{},"description":"A team has no access levels: list its users under members."},"editor":{"not":{},"description":"A team has no access levels: list its users under members."},"commenter":{"not":{},"description":"A team has no access levels: list its users under members."},"viewer":{"not":{},"description":"A team has no access levels: list its users under members."},"projects":{"description":"Projects of this team, found by name or gid among the team's projects. Each project is declared once across all files.","type":"array","items":{"$ref":"#/definitions/asanaProject"}}}},"asanaProject":{"type":"object","additionalProperties":false,"required":["project"],"properties":{"project":{"description":"The project's name as Asana shows it, or its gid: among the team's projects when under a team, anywhere in the workspace when under the workspace. A name that matches nothing is an error with close matches; one that several projects share is an error listing their gids.","$ref":"#/definitions/ref","examples":["Roadmap 2027","1209876543210"]},"prune":{"description":"Remove live members (users and teams) of this project that its lists do not name. Default false: they are left alone and counted as unmanaged. When true, or with --prune unless this says false, each becomes a `- EMAIL not in the file (prune)` line, within the removal guard rails; protected users, the token's own user and users without an email are kept.","type":"boolean","default":false,"examples":[true]},"members":{"description":"Members at any access level: emails, group:NAME, or team:NAME (a team of the same workspace). Each one missing live is a `+ EMAIL` line and joins at the project's default access level; a level they already hold is left as it is.","$ref":"#/definitions/asanaMemberList","examples":[["bob@acme.com"]]},"admin":{"description":"Members who hold admin access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid). One missing live is a `+ EMAIL admin` line; one holding another level is a `~ EMAIL OLD → admin` change. A user or team in two of a place's level lists is an error.","$ref":"#/definitions/asanaMemberList","examples":[["alice@acme.com","team:Design"]]},"editor":{"description":"Members who hold editor access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid). One missing live is a `+ EMAIL editor` line; one holding another level is a `~ EMAIL OLD → editor` change. A user or team in two of a place's level lists is an error.","$ref":"#/definitions/asanaMemberList","examples":[["alice@acme.com","team:Design"]]},"commenter":{"description":"Members who hold commenter access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid). One missing live is a `+ EMAIL commenter` line; one holding another level is a `~ EMAIL OLD → commenter` change. A user or team in two of a place's level lists is an error.","$ref":"#/definitions/asanaMemberList","examples":[["alice@acme.com","team:Design"]]},"viewer":{"not":{},"description":"A project's access levels are admin, editor, commenter."}}},"asanaPortfolio":{"type":"object","additionalProperties":false,"required":["portfolio"],"properties":{"portfolio":{"description":"The portfolio's name as Asana shows it, or its gid. A name that matches nothing is an error with close matches; one that several portfolios share is an error listing their gids.","$ref":"#/definitions/ref","examples":["Leadership Bets"]},"prune":{"description":"Remove live members of this portfolio that its lists do not name. Default false: they are left alone and counted as unmanaged. When true, or with --prune unless this says false, each becomes a `- EMAIL not in the file (prune)` line, within the removal guard rails (--max-removals, --max-removal-share); protected users, the token's own user and users without an email are kept.","type":"boolean","default":false,"examples":[true]},"members":{"description":"Members at any access level: emails, group:NAME, or team:NAME (a team of the same workspace). Each one missing live is a `+ EMAIL` line and joins at the portfolio's default access level; a level they already hold is left as it is.","$ref":"#/definitions/asanaMemberList","examples":[["alice@acme.com","group:platform"]]},"admin":{"description":"Members who hold admin access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid). One missing live is a `+ EMAIL admin` line; one holding another level is a `~ EMAIL OLD → admin` change. A user or team in two of a place's level lists is an error.","$ref":"#/definitions/asanaMemberList","examples":[["alice@acme.com","team:Design"]]},"editor":{"description":"Members who hold editor access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid). One missing live is a `+ EMAIL editor` line; one holding another level is a `~ EMAIL OLD → editor` change. A user or team in two of a place's level lists is an error.","$ref":"#/definitions/asanaMemberList","examples":[["alice@acme.com","team:Design"]]},"commenter":{"not":{},"description":"A portfolio's access levels are admin, editor, viewer."},"viewer":{"description":"Members who hold viewer access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid). One missing live is a `+ EMAIL viewer` line; one holding another level is a `~ EMAIL OLD → viewer` change. A user or team in two of a place's level lists is an error.","$ref":"#/definitions/asanaMemberList","examples":[["alice@acme.com","team:Design"]]}}},"asanaGoal":{"type":"object","additionalProperties":false,"required":["goal"],"properties":{"goal":{"description":"The goal's name as Asana shows it, or its gid. A name that matches nothing is an error with close matches; one that several goals share is an error listing their gids.","$ref":"#/definitions/ref","examples":["Grow ARR"]},"prune":{"description":"Remove live members of this goal that its lists do not name. Default false: they are left alone and counted as unmanaged. When true, or with --prune unless this says false, each becomes a `- EMAIL not in the file (prune)` line, within the removal guard rails (--max-removals, --max-removal-share); protected users, the token's own user and users without an email are kept.","type":"boolean","default":false,"examples":[true]},"members":{"description":"Members at any access level: emails, group:NAME, or team:NAME (a team of the same workspace). Each one missing live is a `+ EMAIL` line and joins at the goal's default access level; a level they already hold is left as it is.","$ref":"#/definitions/asanaMemberList","examples":[["alice@acme.com","group:platform"]]},"admin":{"description":"Members who hold admin access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid). One missing live is a `+ EMAIL admin` line; one holding another level is a `~ EMAIL OLD → admin` change. A user or team in two of a place's level lists is an error.","$ref":"#/definitions/asanaMemberList","examples":[["alice@acme.com","team:Design"]]},"editor":{"description":"Members who hold editor access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid). One missing live is a `+ EMAIL editor` line; one holding another level is a `~ EMAIL OLD → editor` change. A user or team in two of a place's level lists is an error.","$ref":"#/definitions/asanaMemberList","examples":[["alice@acme.com","team:Design"]]},"commenter":{"description":"Members who hold commenter access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid). One missing live is a `+ EMAIL commenter` line; one holding another level is a `~ EMAIL OLD → commenter` change. A user or team in two of a place's level lists is an error.","$ref":"#/definitions/asanaMemberList","examples":[["alice@acme.com","team:Design"]]},"viewer":{"description":"Members who hold viewer access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid). One missing live is a `+ EMAIL viewer` line; one holding another level is a `~ EMAIL OLD → viewer` change. A user or team in two of a place's level lists is an error.","$ref":"#/definitions/asanaMemberList","examples":[["alice@acme.com","team:Design"]]}}},"asanaMember":{"description":"An email address, group:NAME, or team:NAME.","type":"string","pattern":"^(group:[A-Za-z0-9][A-Za-z0-9_.-]*|team:\\S.{0,1023}|[^@\\s:]+@[^@\\s]+\\.[^@\\s]+)$","maxLength":1029},"asanaGrant":{"description":"A member with an end date: { user: EMAIL, group:NAME or team:NAME, until: YYYY-MM-DD }.","type":"object","additionalProperties":false,"required":["user","until"],"properties":{"user":{"$ref":"#/definitions/asanaMember"},"until":{"$ref":"#/definitions/until"}}},"asanaMemberList":{"type":"array","items":{"description":"An email, group:NAME, team:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.","anyOf":[{"$ref":"#/definitions/asanaMember"},{"$ref":"#/definitions/asanaGrant"}]}},"gid":{"type":"string","pattern":"^[0-9]{1,19}$"},"dreadnode":{"type":"object","additionalProperties":false,"properties":{"organizations":{"description":"The Dreadnode organisations this file manages, by slug. Only the workspaces the files name are read.","type":"array","items":{"$ref":"#/definitions/dreadnodeOrganization"}}},"examples":[{"organizations":[{"org":"acme","workspaces":[{"workspace":"red-team","owner":["alice@acme.com"],"contributor":["carol@acme.com"],"reader":["erin@acme.com"]}]}]}]},"slug":{"description":"A slug as it appears in Dreadnode URLs: no slash or space, and not \".\" or \"..\".","type":"string","pattern":"^(?!\\.\\.?$)[^/\\s]+$","maxLength":200},"dreadnodeOrganization":{"type":"object","additionalProperties":false,"required":["org"],"description":"A Dreadnode organisation, by slug. It may appear in several files; each of its workspaces is declared once.","properties":{"org":{"description":"The organisation's slug, as in the platform's URLs (/org/SLUG/...). An organisation that does not exist fails the plan with a 404 from the platform.","$ref":"#/definitions/slug","examples":["acme"]},"workspaces":{"description":"Workspaces of the organisation, by slug, each declared once across all files.","type":"array","items":{"$ref":"#/definitions/dreadnodeWorkspace"}}}},"dreadnodeWorkspace":{"type":"object","additionalProperties":false,"required":["workspace"],"description":"A Dreadnode workspace, by slug, and who holds each permission on it. A user holds one permission per workspace.","properties":{"workspace":{"description":"The workspace's slug (its key), as in the platform's URLs (/org/ORG/ws/SLUG/...).","$ref":"#/definitions/slug","examples":["red-team"]},"prune":{"description":"Remove the permission of live users this workspace's lists do not name. Default false: they are left alone and counted as unmanaged. When true, or with --prune unless this says false, each becomes a `- EMAIL PERMISSION not in the file (prune)` line, within the removal guard rails; protected users and the last owner (when the file names no owner) are kept.","type":"boolean","default":false,"examples":[true]},"owner":{"description":"Users who hold the owner permission. One without access is a `+ EMAIL owner` line; one holding another permission is a `~ EMAIL OLD → owner` change. A user may be in one of owner, contributor and reader only.","$ref":"#/definitions/memberList","examples":[["alice@acme.com"]]},"contributor":{"description":"Users who hold the contributor permission. One without access is a `+ EMAIL contributor` line; one holding another permission is a `~ EMAIL OLD → contributor` change. Giving the last owner another permission without naming a new owner is an error.","$ref":"#/definitions/memberList","examples":[["group:platform"]]},"reader":{"description":"Users who hold the reader permission. One without access is a `+ EMAIL reader` line; one holding another permission is a `~ EMAIL OLD → reader` change.","$ref":"#/definitions/memberList","examples":[["erin@acme.com"]]}}},"sandbox":{"title":"SandboxSection","description":"Only for seeding `gatehouse sandbox`: facts a desired-state file never states.","type":"object","additionalProperties":false,"properties":{"token":{"description":"The bearer token the sandbox accepts (default sandbox-token).","type":"string","default":"sandbox-token","minLength":1},"me":{"description":"Email of the token's own user (who the API says the token belongs to). Each provider's sandbox makes it a member of the places it seeds, as that provider does.","type":"string","pattern":"^[^@\\s:]+@[^@\\s]+\\.[^@\\s]+$"},"users":{"description":"Users that have an account on every service the sandbox serves but belong nowhere yet.","type":"array","items":{"type":"object","additionalProperties":false,"required":["email"],"properties":{"email":{"description":"The user's email.","type":"string","pattern":"^[^@\\s:]+@[^@\\s]+\\.[^@\\s]+$"},"name":{"description":"The user's display name (default: one made from the email).","type":"string"}}}},"service_account_token":{"description":"A second token the sandbox's Asana API accepts, a service account's: it lists every portfolio of a workspace, where the seed's own token lists only those its user owns.","type":"string","minLength":1},"workspaces":{"description":"Facts about workspaces named in the file, matched by name, and extra teams and projects.","type":"array","items":{"type":"object","additionalProperties":false,"required":["workspace"],"properties":{"workspace":{"description":"The name of a workspace the seed's asana section declares (or a new one).","type":"string","minLength":1},"gid":{"description":"A fixed gid for the workspace (default: one made from its name).","$ref":"#/definitions/gid"},"is_organization":{"description":"Whether the workspace is an organisation: then removing a member deprovisions them, and users outside email_domains join as guests.","type":"boolean","default":false},"email_domains":{"description":"The organisation's email domains; a user of another domain is a guest.","examples":[["acme.com"]],"type":"array","items":{"type":"string"}},"inactive":{"description":"Emails of members whose workspace membership is not active (is_active: false).","type":"array","items":{"type":"string","pattern":"^[^@\\s:]+@[^@\\s]+\\.[^@\\s]+$"}},"teams":{"description":"Extra teams that exist live (names may repeat, to make ambiguous names).","type":"array","items":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"description":"The team's name.","type":"string","minLength":1},"gid":{"description":"A fixed gid (default: one made from the name).","$ref":"#/definitions/gid"}}}},"projects":{"description":"Extra projects that exist live, optionally in a team of this workspace (by team name).","type":"array","items":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"description":"The project's name.","type":"string","minLength":1},"gid":{"description":"A fixed gid (default: one made from the name).","$ref":"#/definitions/gid"},"team":{"description":"The name of the team the project belongs to (none when not given).","type":"string","minLength":1},"default_access_level":{"description":"The level a member added without one gets (editor when not given).","enum":["admin","editor","commenter"]}}}},"portfolios":{"description":"Portfolios that exist live: a portfolio of the file with the same name or gid is this one, any other is extra. A personal access token lists only the portfolios its own user owns.","type":"array","items":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"description":"Its name.","type":"string","minLength":1},"gid":{"description":"A fixed gid (default: one made from the name).","$ref":"#/definitions/gid"},"owner":{"description":"The email of the portfolio's owner (the token's own user when not given).","type":"string","pattern":"^[^@\\s:]+@[^@\\s]+\\.[^@\\s]+$"},"default_access_level":{"description":"The level a member added without one gets (viewer when not given).","enum":["admin","editor","viewer"]}}}},"goals":{"description":"Goals that exist live: a goal of the file with the same name or gid is this one, any other is extra.","type":"array","items":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"description":"Its name.","type":"string","minLength":1},"gid":{"description":"A fixed gid (default: one made from the name).","$ref":"#/definitions/gid"},"default_access_level":{"description":"The level a member added without one gets (commenter when not given).","enum":["admin","editor","commenter","viewer"]}}}}}}},"dreadnode":{"description":"Dreadnode organisations and workspaces that exist live besides those the file's dreadnode section gives members.","type":"object","additionalProperties":false,"properties":{"token":{"description":"The bearer token the sandbox's Dreadnode API accepts (default: the same as sandbox.token). A different one shows that each provider sends its own token.","type":"string","minLength":1},"auth":{"description":"How the sandbox's Dreadnode API takes the token: \"bearer\" (Authorization: Bearer, the default, as Dreadnode's API reference shows) or \"x-api-key\" (X-API-Key, as Dreadnode's SDK sends it). The other is answered 401, like a deployment that accepts only one.","enum":["bearer","x-api-key"],"default":"bearer"},"organizations":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["org"],"properties":{"org":{"description":"The organisation's slug.","$ref":"#/definitions/slug"},"workspaces":{"description":"Workspaces that exist in it, with nobody in them unless the file's dreadnode section gives members.","type":"array","items":{"type":"object","additionalProperties":false,"required":["workspace"],"properties":{"workspace":{"description":"The workspace's slug.","$ref":"#/definitions/slug"},"name":{"description":"Its display name (default: one made from the slug).","type":"string","minLength":1}}}}}}}}}}}}};
const schema12 = {"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$","maxLength":100};
const func2 = runtime_ucs2length;
const pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");
const schema13 = {"description":"A list of users: email addresses (compared case-insensitively) or group:NAME.","type":"array","items":{"description":"An email, group:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.","anyOf":[{"$ref":"#/definitions/member"},{"$ref":"#/definitions/grant"}]}};
const schema14 = {"description":"An email address, or group:NAME.","type":"string","pattern":"^(group:[A-Za-z0-9][A-Za-z0-9_.-]*|[^@\\s:]+@[^@\\s]+\\.[^@\\s]+)$","maxLength":320};
const pattern1 = new RegExp("^(group:[A-Za-z0-9][A-Za-z0-9_.-]*|[^@\\s:]+@[^@\\s]+\\.[^@\\s]+)$", "u");
const schema15 = {"description":"A member with an end date: { user: EMAIL or group:NAME, until: YYYY-MM-DD }.","type":"object","additionalProperties":false,"required":["user","until"],"properties":{"user":{"$ref":"#/definitions/member"},"until":{"$ref":"#/definitions/until"}}};
const schema17 = {"description":"The last day (YYYY-MM-DD, inclusive) of the grant. After it the user is planned for removal from this place, without --prune.","examples":["2027-03-31"],"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"};
const pattern3 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.user === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "user"},message:"must have required property '"+"user"+"'",schema:schema15.required,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.until === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "until"},message:"must have required property '"+"until"+"'",schema:schema15.required,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "user") || (key0 === "until"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.user !== undefined){
let data0 = data.user;
if(typeof data0 === "string"){
if(func2(data0) > 320){
const err3 = {instancePath:instancePath+"/user",schemaPath:"#/definitions/member/maxLength",keyword:"maxLength",params:{limit: 320},message:"must NOT have more than 320 characters",schema:320,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern1.test(data0)){
const err4 = {instancePath:instancePath+"/user",schemaPath:"#/definitions/member/pattern",keyword:"pattern",params:{pattern: "^(group:[A-Za-z0-9][A-Za-z0-9_.-]*|[^@\\s:]+@[^@\\s]+\\.[^@\\s]+)$"},message:"must match pattern \""+"^(group:[A-Za-z0-9][A-Za-z0-9_.-]*|[^@\\s:]+@[^@\\s]+\\.[^@\\s]+)$"+"\"",schema:"^(group:[A-Za-z0-9][A-Za-z0-9_.-]*|[^@\\s:]+@[^@\\s]+\\.[^@\\s]+)$",parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/user",schemaPath:"#/definitions/member/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.until !== undefined){
let data1 = data.until;
if(typeof data1 === "string"){
if(!pattern3.test(data1)){
const err6 = {instancePath:instancePath+"/until",schemaPath:"#/definitions/until/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema17,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/until",schemaPath:"#/definitions/until/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.type,parentSchema:schema17,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}


function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
const _errs2 = errors;
let valid2 = false;
const _errs3 = errors;
if(typeof data0 === "string"){
if(func2(data0) > 320){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/member/maxLength",keyword:"maxLength",params:{limit: 320},message:"must NOT have more than 320 characters",schema:320,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!pattern1.test(data0)){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/member/pattern",keyword:"pattern",params:{pattern: "^(group:[A-Za-z0-9][A-Za-z0-9_.-]*|[^@\\s:]+@[^@\\s]+\\.[^@\\s]+)$"},message:"must match pattern \""+"^(group:[A-Za-z0-9][A-Za-z0-9_.-]*|[^@\\s:]+@[^@\\s]+\\.[^@\\s]+)$"+"\"",schema:"^(group:[A-Za-z0-9][A-Za-z0-9_.-]*|[^@\\s:]+@[^@\\s]+\\.[^@\\s]+)$",parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/member/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const _errs6 = errors;
if(!(validate12(data0, {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var _valid0 = _errs6 === errors;
valid2 = valid2 || _valid0;
}
if(!valid2){
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema13.items.anyOf,parentSchema:schema13.items,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema13.type,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

const schema18 = {"type":"object","additionalProperties":false,"properties":{"workspaces":{"description":"The Asana workspaces (or organisations) this file manages. A workspace may appear in several files; the plan reads only the workspaces, and the places in them, that the files name.","type":"array","items":{"$ref":"#/definitions/asanaWorkspace"}}},"examples":[{"workspaces":[{"workspace":"Acme Corp","members":["alice@acme.com"],"teams":[{"team":"Platform","members":["carol@acme.com"],"projects":[{"project":"Roadmap 2027","admin":["alice@acme.com"],"editor":["carol@acme.com","team:Design"]}]}],"portfolios":[{"portfolio":"Leadership Bets","viewer":["carol@acme.com"]}],"goals":[{"goal":"Grow ARR","editor":["alice@acme.com"],"viewer":["team:Design"]}]}]}]};
const schema19 = {"type":"object","additionalProperties":false,"required":["workspace"],"properties":{"workspace":{"description":"The workspace's name as Asana shows it, or its gid. A name that matches nothing is an error with close matches; one that several workspaces share is an error listing their gids.","$ref":"#/definitions/ref","examples":["Acme Corp","1200000000000001"]},"prune":{"description":"Remove live members of this workspace that its members list does not name. Default false: they are left alone and counted as unmanaged. When true, or with --prune unless this says false (and only when members is written), each becomes a `- EMAIL not in the file (prune)` line, within the removal guard rails. Leaving a workspace takes a user out of all its teams and projects; in an organisation it deprovisions them (their work goes to the token's owner), which plan and apply refuse without --allow-deprovision.","type":"boolean","default":false,"examples":[true]},"allow_guests":{"description":"When false, adding a user whose email is outside the organisation's email domains (who would join as a guest) is an error at plan time, at the line that lists them. When true, such an add is planned with a (guest) mark.","type":"boolean","default":true,"examples":[false]},"members":{"description":"Users who belong to the workspace: emails or group:NAME (not team:NAME). Each one missing live is a `+ EMAIL` line. Users of its teams, projects, portfolios and goals need not be listed: the plan adds them to the workspace too (implied by team NAME). A workspace's members are written in one file only.","$ref":"#/definitions/asanaMemberList","examples":[["alice@acme.com","group:platform"]]},"admin":{"not":{},"description":"A workspace has no access levels: list its users under members."},"editor":{"not":{},"description":"A workspace has no access levels: list its users under members."},"commenter":{"not":{},"description":"A workspace has no access levels: list its users under members."},"viewer":{"not":{},"description":"A workspace has no access levels: list its users under members."},"teams":{"description":"Teams of the workspace, by name or gid, with their members and projects. Each team is declared once across all files.","type":"array","items":{"$ref":"#/definitions/asanaTeam"}},"projects":{"description":"Projects found by name or gid anywhere in the workspace. Each project is declared once across all files (not here and again under its team).","type":"array","items":{"$ref":"#/definitions/asanaProject"}},"portfolios":{"description":"Portfolios of the workspace, by name or gid. With a personal access token Asana lists only the portfolios the token's user owns: name the others by gid, or use a service account token.","type":"array","items":{"$ref":"#/definitions/asanaPortfolio"}},"goals":{"description":"Goals of the workspace, by name or gid, with who holds which access level.","type":"array","items":{"$ref":"#/definitions/asanaGoal"}}},"description":"An Asana workspace or organisation. Users of its teams, projects, portfolios and goals are members of it implicitly."};
const schema20 = {"description":"A name, or a gid (all digits).","type":"string","minLength":1,"maxLength":1024};
const func5 = Object.prototype.hasOwnProperty;
const schema21 = {"type":"array","items":{"description":"An email, group:NAME, team:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.","anyOf":[{"$ref":"#/definitions/asanaMember"},{"$ref":"#/definitions/asanaGrant"}]}};
const schema22 = {"description":"An email address, group:NAME, or team:NAME.","type":"string","pattern":"^(group:[A-Za-z0-9][A-Za-z0-9_.-]*|team:\\S.{0,1023}|[^@\\s:]+@[^@\\s]+\\.[^@\\s]+)$","maxLength":1029};
const pattern4 = new RegExp("^(group:[A-Za-z0-9][A-Za-z0-9_.-]*|team:\\S.{0,1023}|[^@\\s:]+@[^@\\s]+\\.[^@\\s]+)$", "u");
const schema23 = {"description":"A member with an end date: { user: EMAIL, group:NAME or team:NAME, until: YYYY-MM-DD }.","type":"object","additionalProperties":false,"required":["user","until"],"properties":{"user":{"$ref":"#/definitions/asanaMember"},"until":{"$ref":"#/definitions/until"}}};

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.user === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "user"},message:"must have required property '"+"user"+"'",schema:schema23.required,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.until === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "until"},message:"must have required property '"+"until"+"'",schema:schema23.required,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "user") || (key0 === "until"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.user !== undefined){
let data0 = data.user;
if(typeof data0 === "string"){
if(func2(data0) > 1029){
const err3 = {instancePath:instancePath+"/user",schemaPath:"#/definitions/asanaMember/maxLength",keyword:"maxLength",params:{limit: 1029},message:"must NOT have more than 1029 characters",schema:1029,parentSchema:schema22,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern4.test(data0)){
const err4 = {instancePath:instancePath+"/user",schemaPath:"#/definitions/asanaMember/pattern",keyword:"pattern",params:{pattern: "^(group:[A-Za-z0-9][A-Za-z0-9_.-]*|team:\\S.{0,1023}|[^@\\s:]+@[^@\\s]+\\.[^@\\s]+)$"},message:"must match pattern \""+"^(group:[A-Za-z0-9][A-Za-z0-9_.-]*|team:\\S.{0,1023}|[^@\\s:]+@[^@\\s]+\\.[^@\\s]+)$"+"\"",schema:"^(group:[A-Za-z0-9][A-Za-z0-9_.-]*|team:\\S.{0,1023}|[^@\\s:]+@[^@\\s]+\\.[^@\\s]+)$",parentSchema:schema22,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/user",schemaPath:"#/definitions/asanaMember/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.type,parentSchema:schema22,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.until !== undefined){
let data1 = data.until;
if(typeof data1 === "string"){
if(!pattern3.test(data1)){
const err6 = {instancePath:instancePath+"/until",schemaPath:"#/definitions/until/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema17,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/until",schemaPath:"#/definitions/until/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.type,parentSchema:schema17,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.type,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}


function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
const _errs2 = errors;
let valid2 = false;
const _errs3 = errors;
if(typeof data0 === "string"){
if(func2(data0) > 1029){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/asanaMember/maxLength",keyword:"maxLength",params:{limit: 1029},message:"must NOT have more than 1029 characters",schema:1029,parentSchema:schema22,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!pattern4.test(data0)){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/asanaMember/pattern",keyword:"pattern",params:{pattern: "^(group:[A-Za-z0-9][A-Za-z0-9_.-]*|team:\\S.{0,1023}|[^@\\s:]+@[^@\\s]+\\.[^@\\s]+)$"},message:"must match pattern \""+"^(group:[A-Za-z0-9][A-Za-z0-9_.-]*|team:\\S.{0,1023}|[^@\\s:]+@[^@\\s]+\\.[^@\\s]+)$"+"\"",schema:"^(group:[A-Za-z0-9][A-Za-z0-9_.-]*|team:\\S.{0,1023}|[^@\\s:]+@[^@\\s]+\\.[^@\\s]+)$",parentSchema:schema22,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/asanaMember/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.type,parentSchema:schema22,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const _errs6 = errors;
if(!(validate20(data0, {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
var _valid0 = _errs6 === errors;
valid2 = valid2 || _valid0;
}
if(!valid2){
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema21.items.anyOf,parentSchema:schema21.items,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema21.type,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate19.errors = vErrors;
return errors === 0;
}

const schema26 = {"type":"object","additionalProperties":false,"required":["team"],"properties":{"team":{"description":"The team's name as Asana shows it, or its gid, within this workspace. A name that matches nothing is an error with close matches; one that several teams share is an error listing their gids.","$ref":"#/definitions/ref","examples":["Platform"]},"prune":{"description":"Remove live members of this team that its members list does not name. Default false: they are left alone and counted as unmanaged. When true, or with --prune unless this says false, each becomes a `- EMAIL not in the file (prune)` line, within the removal guard rails; they stay in the workspace.","type":"boolean","default":false,"examples":[true]},"members":{"description":"Users who belong to the team: emails or group:NAME (not team:NAME). Each one missing live is a `+ EMAIL` line under the team; a user not yet in the workspace is added to it first.","$ref":"#/definitions/asanaMemberList","examples":[["alice@acme.com","group:platform"]]},"admin":{"not":{},"description":"A team has no access levels: list its users under members."},"editor":{"not":{},"description":"A team has no access levels: list its users under members."},"commenter":{"not":{},"description":"A team has no access levels: list its users under members."},"viewer":{"not":{},"description":"A team has no access levels: list its users under members."},"projects":{"description":"Projects of this team, found by name or gid among the team's projects. Each project is declared once across all files.","type":"array","items":{"$ref":"#/definitions/asanaProject"}}}};
const schema28 = {"type":"object","additionalProperties":false,"required":["project"],"properties":{"project":{"description":"The project's name as Asana shows it, or its gid: among the team's projects when under a team, anywhere in the workspace when under the workspace. A name that matches nothing is an error with close matches; one that several projects share is an error listing their gids.","$ref":"#/definitions/ref","examples":["Roadmap 2027","1209876543210"]},"prune":{"description":"Remove live members (users and teams) of this project that its lists do not name. Default false: they are left alone and counted as unmanaged. When true, or with --prune unless this says false, each becomes a `- EMAIL not in the file (prune)` line, within the removal guard rails; protected users, the token's own user and users without an email are kept.","type":"boolean","default":false,"examples":[true]},"members":{"description":"Members at any access level: emails, group:NAME, or team:NAME (a team of the same workspace). Each one missing live is a `+ EMAIL` line and joins at the project's default access level; a level they already hold is left as it is.","$ref":"#/definitions/asanaMemberList","examples":[["bob@acme.com"]]},"admin":{"description":"Members who hold admin access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid). One missing live is a `+ EMAIL admin` line; one holding another level is a `~ EMAIL OLD → admin` change. A user or team in two of a place's level lists is an error.","$ref":"#/definitions/asanaMemberList","examples":[["alice@acme.com","team:Design"]]},"editor":{"description":"Members who hold editor access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid). One missing live is a `+ EMAIL editor` line; one holding another level is a `~ EMAIL OLD → editor` change. A user or team in two of a place's level lists is an error.","$ref":"#/definitions/asanaMemberList","examples":[["alice@acme.com","team:Design"]]},"commenter":{"description":"Members who hold commenter access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid). One missing live is a `+ EMAIL commenter` line; one holding another level is a `~ EMAIL OLD → commenter` change. A user or team in two of a place's level lists is an error.","$ref":"#/definitions/asanaMemberList","examples":[["alice@acme.com","team:Design"]]},"viewer":{"not":{},"description":"A project's access levels are admin, editor, commenter."}}};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.project === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "project"},message:"must have required property '"+"project"+"'",schema:schema28.required,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "project") || (key0 === "prune")) || (key0 === "members")) || (key0 === "admin")) || (key0 === "editor")) || (key0 === "commenter")) || (key0 === "viewer"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.project !== undefined){
let data0 = data.project;
if(typeof data0 === "string"){
if(func2(data0) > 1024){
const err2 = {instancePath:instancePath+"/project",schemaPath:"#/definitions/ref/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema20,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/project",schemaPath:"#/definitions/ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/project",schemaPath:"#/definitions/ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.prune !== undefined){
let data1 = data.prune;
if(typeof data1 !== "boolean"){
const err5 = {instancePath:instancePath+"/prune",schemaPath:"#/properties/prune/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.properties.prune.type,parentSchema:schema28.properties.prune,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.members !== undefined){
if(!(validate19(data.members, {instancePath:instancePath+"/members",parentData:data,parentDataProperty:"members",rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
if(data.admin !== undefined){
if(!(validate19(data.admin, {instancePath:instancePath+"/admin",parentData:data,parentDataProperty:"admin",rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
if(data.editor !== undefined){
if(!(validate19(data.editor, {instancePath:instancePath+"/editor",parentData:data,parentDataProperty:"editor",rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
if(data.commenter !== undefined){
if(!(validate19(data.commenter, {instancePath:instancePath+"/commenter",parentData:data,parentDataProperty:"commenter",rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
if(data.viewer !== undefined){
const err6 = {instancePath:instancePath+"/viewer",schemaPath:"#/properties/viewer/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema28.properties.viewer.not,parentSchema:schema28.properties.viewer,data:data.viewer};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.type,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.team === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "team"},message:"must have required property '"+"team"+"'",schema:schema26.required,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "team") || (key0 === "prune")) || (key0 === "members")) || (key0 === "admin")) || (key0 === "editor")) || (key0 === "commenter")) || (key0 === "viewer")) || (key0 === "projects"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.team !== undefined){
let data0 = data.team;
if(typeof data0 === "string"){
if(func2(data0) > 1024){
const err2 = {instancePath:instancePath+"/team",schemaPath:"#/definitions/ref/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema20,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/team",schemaPath:"#/definitions/ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/team",schemaPath:"#/definitions/ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.prune !== undefined){
let data1 = data.prune;
if(typeof data1 !== "boolean"){
const err5 = {instancePath:instancePath+"/prune",schemaPath:"#/properties/prune/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema26.properties.prune.type,parentSchema:schema26.properties.prune,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.members !== undefined){
if(!(validate19(data.members, {instancePath:instancePath+"/members",parentData:data,parentDataProperty:"members",rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
if(data.admin !== undefined){
const err6 = {instancePath:instancePath+"/admin",schemaPath:"#/properties/admin/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema26.properties.admin.not,parentSchema:schema26.properties.admin,data:data.admin};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.editor !== undefined){
const err7 = {instancePath:instancePath+"/editor",schemaPath:"#/properties/editor/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema26.properties.editor.not,parentSchema:schema26.properties.editor,data:data.editor};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.commenter !== undefined){
const err8 = {instancePath:instancePath+"/commenter",schemaPath:"#/properties/commenter/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema26.properties.commenter.not,parentSchema:schema26.properties.commenter,data:data.commenter};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.viewer !== undefined){
const err9 = {instancePath:instancePath+"/viewer",schemaPath:"#/properties/viewer/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema26.properties.viewer.not,parentSchema:schema26.properties.viewer,data:data.viewer};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.projects !== undefined){
let data7 = data.projects;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(!(validate25(data7[i0], {instancePath:instancePath+"/projects/" + i0,parentData:data7,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath:instancePath+"/projects",schemaPath:"#/properties/projects/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema26.properties.projects.type,parentSchema:schema26.properties.projects,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.type,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}

const schema30 = {"type":"object","additionalProperties":false,"required":["portfolio"],"properties":{"portfolio":{"description":"The portfolio's name as Asana shows it, or its gid. A name that matches nothing is an error with close matches; one that several portfolios share is an error listing their gids.","$ref":"#/definitions/ref","examples":["Leadership Bets"]},"prune":{"description":"Remove live members of this portfolio that its lists do not name. Default false: they are left alone and counted as unmanaged. When true, or with --prune unless this says false, each becomes a `- EMAIL not in the file (prune)` line, within the removal guard rails (--max-removals, --max-removal-share); protected users, the token's own user and users without an email are kept.","type":"boolean","default":false,"examples":[true]},"members":{"description":"Members at any access level: emails, group:NAME, or team:NAME (a team of the same workspace). Each one missing live is a `+ EMAIL` line and joins at the portfolio's default access level; a level they already hold is left as it is.","$ref":"#/definitions/asanaMemberList","examples":[["alice@acme.com","group:platform"]]},"admin":{"description":"Members who hold admin access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid). One missing live is a `+ EMAIL admin` line; one holding another level is a `~ EMAIL OLD → admin` change. A user or team in two of a place's level lists is an error.","$ref":"#/definitions/asanaMemberList","examples":[["alice@acme.com","team:Design"]]},"editor":{"description":"Members who hold editor access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid). One missing live is a `+ EMAIL editor` line; one holding another level is a `~ EMAIL OLD → editor` change. A user or team in two of a place's level lists is an error.","$ref":"#/definitions/asanaMemberList","examples":[["alice@acme.com","team:Design"]]},"commenter":{"not":{},"description":"A portfolio's access levels are admin, editor, viewer."},"viewer":{"description":"Members who hold viewer access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid). One missing live is a `+ EMAIL viewer` line; one holding another level is a `~ EMAIL OLD → viewer` change. A user or team in two of a place's level lists is an error.","$ref":"#/definitions/asanaMemberList","examples":[["alice@acme.com","team:Design"]]}}};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.portfolio === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "portfolio"},message:"must have required property '"+"portfolio"+"'",schema:schema30.required,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "portfolio") || (key0 === "prune")) || (key0 === "members")) || (key0 === "admin")) || (key0 === "editor")) || (key0 === "commenter")) || (key0 === "viewer"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.portfolio !== undefined){
let data0 = data.portfolio;
if(typeof data0 === "string"){
if(func2(data0) > 1024){
const err2 = {instancePath:instancePath+"/portfolio",schemaPath:"#/definitions/ref/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema20,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/portfolio",schemaPath:"#/definitions/ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/portfolio",schemaPath:"#/definitions/ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.prune !== undefined){
let data1 = data.prune;
if(typeof data1 !== "boolean"){
const err5 = {instancePath:instancePath+"/prune",schemaPath:"#/properties/prune/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema30.properties.prune.type,parentSchema:schema30.properties.prune,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.members !== undefined){
if(!(validate19(data.members, {instancePath:instancePath+"/members",parentData:data,parentDataProperty:"members",rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
if(data.admin !== undefined){
if(!(validate19(data.admin, {instancePath:instancePath+"/admin",parentData:data,parentDataProperty:"admin",rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
if(data.editor !== undefined){
if(!(validate19(data.editor, {instancePath:instancePath+"/editor",parentData:data,parentDataProperty:"editor",rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
if(data.commenter !== undefined){
const err6 = {instancePath:instancePath+"/commenter",schemaPath:"#/properties/commenter/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema30.properties.commenter.not,parentSchema:schema30.properties.commenter,data:data.commenter};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.viewer !== undefined){
if(!(validate19(data.viewer, {instancePath:instancePath+"/viewer",parentData:data,parentDataProperty:"viewer",rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.type,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}

const schema32 = {"type":"object","additionalProperties":false,"required":["goal"],"properties":{"goal":{"description":"The goal's name as Asana shows it, or its gid. A name that matches nothing is an error with close matches; one that several goals share is an error listing their gids.","$ref":"#/definitions/ref","examples":["Grow ARR"]},"prune":{"description":"Remove live members of this goal that its lists do not name. Default false: they are left alone and counted as unmanaged. When true, or with --prune unless this says false, each becomes a `- EMAIL not in the file (prune)` line, within the removal guard rails (--max-removals, --max-removal-share); protected users, the token's own user and users without an email are kept.","type":"boolean","default":false,"examples":[true]},"members":{"description":"Members at any access level: emails, group:NAME, or team:NAME (a team of the same workspace). Each one missing live is a `+ EMAIL` line and joins at the goal's default access level; a level they already hold is left as it is.","$ref":"#/definitions/asanaMemberList","examples":[["alice@acme.com","group:platform"]]},"admin":{"description":"Members who hold admin access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid). One missing live is a `+ EMAIL admin` line; one holding another level is a `~ EMAIL OLD → admin` change. A user or team in two of a place's level lists is an error.","$ref":"#/definitions/asanaMemberList","examples":[["alice@acme.com","team:Design"]]},"editor":{"description":"Members who hold editor access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid). One missing live is a `+ EMAIL editor` line; one holding another level is a `~ EMAIL OLD → editor` change. A user or team in two of a place's level lists is an error.","$ref":"#/definitions/asanaMemberList","examples":[["alice@acme.com","team:Design"]]},"commenter":{"description":"Members who hold commenter access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid). One missing live is a `+ EMAIL commenter` line; one holding another level is a `~ EMAIL OLD → commenter` change. A user or team in two of a place's level lists is an error.","$ref":"#/definitions/asanaMemberList","examples":[["alice@acme.com","team:Design"]]},"viewer":{"description":"Members who hold viewer access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid). One missing live is a `+ EMAIL viewer` line; one holding another level is a `~ EMAIL OLD → viewer` change. A user or team in two of a place's level lists is an error.","$ref":"#/definitions/asanaMemberList","examples":[["alice@acme.com","team:Design"]]}}};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.goal === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "goal"},message:"must have required property '"+"goal"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "goal") || (key0 === "prune")) || (key0 === "members")) || (key0 === "admin")) || (key0 === "editor")) || (key0 === "commenter")) || (key0 === "viewer"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.goal !== undefined){
let data0 = data.goal;
if(typeof data0 === "string"){
if(func2(data0) > 1024){
const err2 = {instancePath:instancePath+"/goal",schemaPath:"#/definitions/ref/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema20,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/goal",schemaPath:"#/definitions/ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/goal",schemaPath:"#/definitions/ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.prune !== undefined){
let data1 = data.prune;
if(typeof data1 !== "boolean"){
const err5 = {instancePath:instancePath+"/prune",schemaPath:"#/properties/prune/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema32.properties.prune.type,parentSchema:schema32.properties.prune,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.members !== undefined){
if(!(validate19(data.members, {instancePath:instancePath+"/members",parentData:data,parentDataProperty:"members",rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
if(data.admin !== undefined){
if(!(validate19(data.admin, {instancePath:instancePath+"/admin",parentData:data,parentDataProperty:"admin",rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
if(data.editor !== undefined){
if(!(validate19(data.editor, {instancePath:instancePath+"/editor",parentData:data,parentDataProperty:"editor",rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
if(data.commenter !== undefined){
if(!(validate19(data.commenter, {instancePath:instancePath+"/commenter",parentData:data,parentDataProperty:"commenter",rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
if(data.viewer !== undefined){
if(!(validate19(data.viewer, {instancePath:instancePath+"/viewer",parentData:data,parentDataProperty:"viewer",rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}


function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.workspace === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "workspace"},message:"must have required property '"+"workspace"+"'",schema:schema19.required,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func5.call(schema19.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.workspace !== undefined){
let data0 = data.workspace;
if(typeof data0 === "string"){
if(func2(data0) > 1024){
const err2 = {instancePath:instancePath+"/workspace",schemaPath:"#/definitions/ref/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema20,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/workspace",schemaPath:"#/definitions/ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/workspace",schemaPath:"#/definitions/ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.prune !== undefined){
let data1 = data.prune;
if(typeof data1 !== "boolean"){
const err5 = {instancePath:instancePath+"/prune",schemaPath:"#/properties/prune/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema19.properties.prune.type,parentSchema:schema19.properties.prune,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.allow_guests !== undefined){
let data2 = data.allow_guests;
if(typeof data2 !== "boolean"){
const err6 = {instancePath:instancePath+"/allow_guests",schemaPath:"#/properties/allow_guests/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema19.properties.allow_guests.type,parentSchema:schema19.properties.allow_guests,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.members !== undefined){
if(!(validate19(data.members, {instancePath:instancePath+"/members",parentData:data,parentDataProperty:"members",rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
if(data.admin !== undefined){
const err7 = {instancePath:instancePath+"/admin",schemaPath:"#/properties/admin/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema19.properties.admin.not,parentSchema:schema19.properties.admin,data:data.admin};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.editor !== undefined){
const err8 = {instancePath:instancePath+"/editor",schemaPath:"#/properties/editor/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema19.properties.editor.not,parentSchema:schema19.properties.editor,data:data.editor};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.commenter !== undefined){
const err9 = {instancePath:instancePath+"/commenter",schemaPath:"#/properties/commenter/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema19.properties.commenter.not,parentSchema:schema19.properties.commenter,data:data.commenter};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.viewer !== undefined){
const err10 = {instancePath:instancePath+"/viewer",schemaPath:"#/properties/viewer/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema19.properties.viewer.not,parentSchema:schema19.properties.viewer,data:data.viewer};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.teams !== undefined){
let data8 = data.teams;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
if(!(validate23(data8[i0], {instancePath:instancePath+"/teams/" + i0,parentData:data8,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/teams",schemaPath:"#/properties/teams/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.teams.type,parentSchema:schema19.properties.teams,data:data8};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.projects !== undefined){
let data10 = data.projects;
if(Array.isArray(data10)){
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
if(!(validate25(data10[i1], {instancePath:instancePath+"/projects/" + i1,parentData:data10,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/projects",schemaPath:"#/properties/projects/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.projects.type,parentSchema:schema19.properties.projects,data:data10};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.portfolios !== undefined){
let data12 = data.portfolios;
if(Array.isArray(data12)){
const len2 = data12.length;
for(let i2=0; i2<len2; i2++){
if(!(validate33(data12[i2], {instancePath:instancePath+"/portfolios/" + i2,parentData:data12,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/portfolios",schemaPath:"#/properties/portfolios/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.portfolios.type,parentSchema:schema19.properties.portfolios,data:data12};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.goals !== undefined){
let data14 = data.goals;
if(Array.isArray(data14)){
const len3 = data14.length;
for(let i3=0; i3<len3; i3++){
if(!(validate39(data14[i3], {instancePath:instancePath+"/goals/" + i3,parentData:data14,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/goals",schemaPath:"#/properties/goals/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.goals.type,parentSchema:schema19.properties.goals,data:data14};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.type,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate18.errors = vErrors;
return errors === 0;
}


function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(key0 === "workspaces")){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.workspaces !== undefined){
let data0 = data.workspaces;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate18(data0[i0], {instancePath:instancePath+"/workspaces/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/workspaces",schemaPath:"#/properties/workspaces/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema18.properties.workspaces.type,parentSchema:schema18.properties.workspaces,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.type,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}

const schema34 = {"type":"object","additionalProperties":false,"properties":{"organizations":{"description":"The Dreadnode organisations this file manages, by slug. Only the workspaces the files name are read.","type":"array","items":{"$ref":"#/definitions/dreadnodeOrganization"}}},"examples":[{"organizations":[{"org":"acme","workspaces":[{"workspace":"red-team","owner":["alice@acme.com"],"contributor":["carol@acme.com"],"reader":["erin@acme.com"]}]}]}]};
const schema35 = {"type":"object","additionalProperties":false,"required":["org"],"description":"A Dreadnode organisation, by slug. It may appear in several files; each of its workspaces is declared once.","properties":{"org":{"description":"The organisation's slug, as in the platform's URLs (/org/SLUG/...). An organisation that does not exist fails the plan with a 404 from the platform.","$ref":"#/definitions/slug","examples":["acme"]},"workspaces":{"description":"Workspaces of the organisation, by slug, each declared once across all files.","type":"array","items":{"$ref":"#/definitions/dreadnodeWorkspace"}}}};
const schema36 = {"description":"A slug as it appears in Dreadnode URLs: no slash or space, and not \".\" or \"..\".","type":"string","pattern":"^(?!\\.\\.?$)[^/\\s]+$","maxLength":200};
const pattern7 = new RegExp("^(?!\\.\\.?$)[^/\\s]+$", "u");
const schema37 = {"type":"object","additionalProperties":false,"required":["workspace"],"description":"A Dreadnode workspace, by slug, and who holds each permission on it. A user holds one permission per workspace.","properties":{"workspace":{"description":"The workspace's slug (its key), as in the platform's URLs (/org/ORG/ws/SLUG/...).","$ref":"#/definitions/slug","examples":["red-team"]},"prune":{"description":"Remove the permission of live users this workspace's lists do not name. Default false: they are left alone and counted as unmanaged. When true, or with --prune unless this says false, each becomes a `- EMAIL PERMISSION not in the file (prune)` line, within the removal guard rails; protected users and the last owner (when the file names no owner) are kept.","type":"boolean","default":false,"examples":[true]},"owner":{"description":"Users who hold the owner permission. One without access is a `+ EMAIL owner` line; one holding another permission is a `~ EMAIL OLD → owner` change. A user may be in one of owner, contributor and reader only.","$ref":"#/definitions/memberList","examples":[["alice@acme.com"]]},"contributor":{"description":"Users who hold the contributor permission. One without access is a `+ EMAIL contributor` line; one holding another permission is a `~ EMAIL OLD → contributor` change. Giving the last owner another permission without naming a new owner is an error.","$ref":"#/definitions/memberList","examples":[["group:platform"]]},"reader":{"description":"Users who hold the reader permission. One without access is a `+ EMAIL reader` line; one holding another permission is a `~ EMAIL OLD → reader` change.","$ref":"#/definitions/memberList","examples":[["erin@acme.com"]]}}};

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.workspace === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "workspace"},message:"must have required property '"+"workspace"+"'",schema:schema37.required,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "workspace") || (key0 === "prune")) || (key0 === "owner")) || (key0 === "contributor")) || (key0 === "reader"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.workspace !== undefined){
let data0 = data.workspace;
if(typeof data0 === "string"){
if(func2(data0) > 200){
const err2 = {instancePath:instancePath+"/workspace",schemaPath:"#/definitions/slug/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern7.test(data0)){
const err3 = {instancePath:instancePath+"/workspace",schemaPath:"#/definitions/slug/pattern",keyword:"pattern",params:{pattern: "^(?!\\.\\.?$)[^/\\s]+$"},message:"must match pattern \""+"^(?!\\.\\.?$)[^/\\s]+$"+"\"",schema:"^(?!\\.\\.?$)[^/\\s]+$",parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/workspace",schemaPath:"#/definitions/slug/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.prune !== undefined){
let data1 = data.prune;
if(typeof data1 !== "boolean"){
const err5 = {instancePath:instancePath+"/prune",schemaPath:"#/properties/prune/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema37.properties.prune.type,parentSchema:schema37.properties.prune,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.owner !== undefined){
if(!(validate11(data.owner, {instancePath:instancePath+"/owner",parentData:data,parentDataProperty:"owner",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data.contributor !== undefined){
if(!(validate11(data.contributor, {instancePath:instancePath+"/contributor",parentData:data,parentDataProperty:"contributor",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data.reader !== undefined){
if(!(validate11(data.reader, {instancePath:instancePath+"/reader",parentData:data,parentDataProperty:"reader",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate50.errors = vErrors;
return errors === 0;
}


function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.org === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "org"},message:"must have required property '"+"org"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "org") || (key0 === "workspaces"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.org !== undefined){
let data0 = data.org;
if(typeof data0 === "string"){
if(func2(data0) > 200){
const err2 = {instancePath:instancePath+"/org",schemaPath:"#/definitions/slug/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern7.test(data0)){
const err3 = {instancePath:instancePath+"/org",schemaPath:"#/definitions/slug/pattern",keyword:"pattern",params:{pattern: "^(?!\\.\\.?$)[^/\\s]+$"},message:"must match pattern \""+"^(?!\\.\\.?$)[^/\\s]+$"+"\"",schema:"^(?!\\.\\.?$)[^/\\s]+$",parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/org",schemaPath:"#/definitions/slug/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.workspaces !== undefined){
let data1 = data.workspaces;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate50(data1[i0], {instancePath:instancePath+"/workspaces/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/workspaces",schemaPath:"#/properties/workspaces/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.workspaces.type,parentSchema:schema35.properties.workspaces,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate49.errors = vErrors;
return errors === 0;
}


function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(key0 === "organizations")){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.organizations !== undefined){
let data0 = data.organizations;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate49(data0[i0], {instancePath:instancePath+"/organizations/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/organizations",schemaPath:"#/properties/organizations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.organizations.type,parentSchema:schema34.properties.organizations,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate48.errors = vErrors;
return errors === 0;
}

const schema39 = {"title":"SandboxSection","description":"Only for seeding `gatehouse sandbox`: facts a desired-state file never states.","type":"object","additionalProperties":false,"properties":{"token":{"description":"The bearer token the sandbox accepts (default sandbox-token).","type":"string","default":"sandbox-token","minLength":1},"me":{"description":"Email of the token's own user (who the API says the token belongs to). Each provider's sandbox makes it a member of the places it seeds, as that provider does.","type":"string","pattern":"^[^@\\s:]+@[^@\\s]+\\.[^@\\s]+$"},"users":{"description":"Users that have an account on every service the sandbox serves but belong nowhere yet.","type":"array","items":{"type":"object","additionalProperties":false,"required":["email"],"properties":{"email":{"description":"The user's email.","type":"string","pattern":"^[^@\\s:]+@[^@\\s]+\\.[^@\\s]+$"},"name":{"description":"The user's display name (default: one made from the email).","type":"string"}}}},"service_account_token":{"description":"A second token the sandbox's Asana API accepts, a service account's: it lists every portfolio of a workspace, where the seed's own token lists only those its user owns.","type":"string","minLength":1},"workspaces":{"description":"Facts about workspaces named in the file, matched by name, and extra teams and projects.","type":"array","items":{"type":"object","additionalProperties":false,"required":["workspace"],"properties":{"workspace":{"description":"The name of a workspace the seed's asana section declares (or a new one).","type":"string","minLength":1},"gid":{"description":"A fixed gid for the workspace (default: one made from its name).","$ref":"#/definitions/gid"},"is_organization":{"description":"Whether the workspace is an organisation: then removing a member deprovisions them, and users outside email_domains join as guests.","type":"boolean","default":false},"email_domains":{"description":"The organisation's email domains; a user of another domain is a guest.","examples":[["acme.com"]],"type":"array","items":{"type":"string"}},"inactive":{"description":"Emails of members whose workspace membership is not active (is_active: false).","type":"array","items":{"type":"string","pattern":"^[^@\\s:]+@[^@\\s]+\\.[^@\\s]+$"}},"teams":{"description":"Extra teams that exist live (names may repeat, to make ambiguous names).","type":"array","items":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"description":"The team's name.","type":"string","minLength":1},"gid":{"description":"A fixed gid (default: one made from the name).","$ref":"#/definitions/gid"}}}},"projects":{"description":"Extra projects that exist live, optionally in a team of this workspace (by team name).","type":"array","items":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"description":"The project's name.","type":"string","minLength":1},"gid":{"description":"A fixed gid (default: one made from the name).","$ref":"#/definitions/gid"},"team":{"description":"The name of the team the project belongs to (none when not given).","type":"string","minLength":1},"default_access_level":{"description":"The level a member added without one gets (editor when not given).","enum":["admin","editor","commenter"]}}}},"portfolios":{"description":"Portfolios that exist live: a portfolio of the file with the same name or gid is this one, any other is extra. A personal access token lists only the portfolios its own user owns.","type":"array","items":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"description":"Its name.","type":"string","minLength":1},"gid":{"description":"A fixed gid (default: one made from the name).","$ref":"#/definitions/gid"},"owner":{"description":"The email of the portfolio's owner (the token's own user when not given).","type":"string","pattern":"^[^@\\s:]+@[^@\\s]+\\.[^@\\s]+$"},"default_access_level":{"description":"The level a member added without one gets (viewer when not given).","enum":["admin","editor","viewer"]}}}},"goals":{"description":"Goals that exist live: a goal of the file with the same name or gid is this one, any other is extra.","type":"array","items":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"description":"Its name.","type":"string","minLength":1},"gid":{"description":"A fixed gid (default: one made from the name).","$ref":"#/definitions/gid"},"default_access_level":{"description":"The level a member added without one gets (commenter when not given).","enum":["admin","editor","commenter","viewer"]}}}}}}},"dreadnode":{"description":"Dreadnode organisations and workspaces that exist live besides those the file's dreadnode section gives members.","type":"object","additionalProperties":false,"properties":{"token":{"description":"The bearer token the sandbox's Dreadnode API accepts (default: the same as sandbox.token). A different one shows that each provider sends its own token.","type":"string","minLength":1},"auth":{"description":"How the sandbox's Dreadnode API takes the token: \"bearer\" (Authorization: Bearer, the default, as Dreadnode's API reference shows) or \"x-api-key\" (X-API-Key, as Dreadnode's SDK sends it). The other is answered 401, like a deployment that accepts only one.","enum":["bearer","x-api-key"],"default":"bearer"},"organizations":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["org"],"properties":{"org":{"description":"The organisation's slug.","$ref":"#/definitions/slug"},"workspaces":{"description":"Workspaces that exist in it, with nobody in them unless the file's dreadnode section gives members.","type":"array","items":{"type":"object","additionalProperties":false,"required":["workspace"],"properties":{"workspace":{"description":"The workspace's slug.","$ref":"#/definitions/slug"},"name":{"description":"Its display name (default: one made from the slug).","type":"string","minLength":1}}}}}}}}}}};
const schema40 = {"type":"string","pattern":"^[0-9]{1,19}$"};
const pattern9 = new RegExp("^[^@\\s:]+@[^@\\s]+\\.[^@\\s]+$", "u");
const pattern11 = new RegExp("^[0-9]{1,19}$", "u");

function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "token") || (key0 === "me")) || (key0 === "users")) || (key0 === "service_account_token")) || (key0 === "workspaces")) || (key0 === "dreadnode"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.token !== undefined){
let data0 = data.token;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err1 = {instancePath:instancePath+"/token",schemaPath:"#/properties/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.token,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.token.type,parentSchema:schema39.properties.token,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.me !== undefined){
let data1 = data.me;
if(typeof data1 === "string"){
if(!pattern9.test(data1)){
const err3 = {instancePath:instancePath+"/me",schemaPath:"#/properties/me/pattern",keyword:"pattern",params:{pattern: "^[^@\\s:]+@[^@\\s]+\\.[^@\\s]+$"},message:"must match pattern \""+"^[^@\\s:]+@[^@\\s]+\\.[^@\\s]+$"+"\"",schema:"^[^@\\s:]+@[^@\\s]+\\.[^@\\s]+$",parentSchema:schema39.properties.me,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/me",schemaPath:"#/properties/me/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.me.type,parentSchema:schema39.properties.me,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.users !== undefined){
let data2 = data.users;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.email === undefined){
const err5 = {instancePath:instancePath+"/users/" + i0,schemaPath:"#/properties/users/items/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'",schema:schema39.properties.users.items.required,parentSchema:schema39.properties.users.items,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data3){
if(!((key1 === "email") || (key1 === "name"))){
const err6 = {instancePath:instancePath+"/users/" + i0,schemaPath:"#/properties/users/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema39.properties.users.items,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data3.email !== undefined){
let data4 = data3.email;
if(typeof data4 === "string"){
if(!pattern9.test(data4)){
const err7 = {instancePath:instancePath+"/users/" + i0+"/email",schemaPath:"#/properties/users/items/properties/email/pattern",keyword:"pattern",params:{pattern: "^[^@\\s:]+@[^@\\s]+\\.[^@\\s]+$"},message:"must match pattern \""+"^[^@\\s:]+@[^@\\s]+\\.[^@\\s]+$"+"\"",schema:"^[^@\\s:]+@[^@\\s]+\\.[^@\\s]+$",parentSchema:schema39.properties.users.items.properties.email,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/users/" + i0+"/email",schemaPath:"#/properties/users/items/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.users.items.properties.email.type,parentSchema:schema39.properties.users.items.properties.email,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data3.name !== undefined){
let data5 = data3.name;
if(typeof data5 !== "string"){
const err9 = {instancePath:instancePath+"/users/" + i0+"/name",schemaPath:"#/properties/users/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.users.items.properties.name.type,parentSchema:schema39.properties.users.items.properties.name,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/users/" + i0,schemaPath:"#/properties/users/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.properties.users.items.type,parentSchema:schema39.properties.users.items,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.properties.users.type,parentSchema:schema39.properties.users,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.service_account_token !== undefined){
let data6 = data.service_account_token;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err12 = {instancePath:instancePath+"/service_account_token",schemaPath:"#/properties/service_account_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.service_account_token,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/service_account_token",schemaPath:"#/properties/service_account_token/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.service_account_token.type,parentSchema:schema39.properties.service_account_token,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.workspaces !== undefined){
let data7 = data.workspaces;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.workspace === undefined){
const err14 = {instancePath:instancePath+"/workspaces/" + i1,schemaPath:"#/properties/workspaces/items/required",keyword:"required",params:{missingProperty: "workspace"},message:"must have required property '"+"workspace"+"'",schema:schema39.properties.workspaces.items.required,parentSchema:schema39.properties.workspaces.items,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key2 in data8){
if(!(func5.call(schema39.properties.workspaces.items.properties, key2))){
const err15 = {instancePath:instancePath+"/workspaces/" + i1,schemaPath:"#/properties/workspaces/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema39.properties.workspaces.items,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data8.workspace !== undefined){
let data9 = data8.workspace;
if(typeof data9 === "string"){
if(func2(data9) < 1){
const err16 = {instancePath:instancePath+"/workspaces/" + i1+"/workspace",schemaPath:"#/properties/workspaces/items/properties/workspace/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.workspaces.items.properties.workspace,data:data9};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/workspaces/" + i1+"/workspace",schemaPath:"#/properties/workspaces/items/properties/workspace/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.workspaces.items.properties.workspace.type,parentSchema:schema39.properties.workspaces.items.properties.workspace,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data8.gid !== undefined){
let data10 = data8.gid;
if(typeof data10 === "string"){
if(!pattern11.test(data10)){
const err18 = {instancePath:instancePath+"/workspaces/" + i1+"/gid",schemaPath:"#/definitions/gid/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,19}$"},message:"must match pattern \""+"^[0-9]{1,19}$"+"\"",schema:"^[0-9]{1,19}$",parentSchema:schema40,data:data10};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/workspaces/" + i1+"/gid",schemaPath:"#/definitions/gid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data10};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data8.is_organization !== undefined){
let data11 = data8.is_organization;
if(typeof data11 !== "boolean"){
const err20 = {instancePath:instancePath+"/workspaces/" + i1+"/is_organization",schemaPath:"#/properties/workspaces/items/properties/is_organization/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema39.properties.workspaces.items.properties.is_organization.type,parentSchema:schema39.properties.workspaces.items.properties.is_organization,data:data11};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data8.email_domains !== undefined){
let data12 = data8.email_domains;
if(Array.isArray(data12)){
const len2 = data12.length;
for(let i2=0; i2<len2; i2++){
let data13 = data12[i2];
if(typeof data13 !== "string"){
const err21 = {instancePath:instancePath+"/workspaces/" + i1+"/email_domains/" + i2,schemaPath:"#/properties/workspaces/items/properties/email_domains/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.workspaces.items.properties.email_domains.items.type,parentSchema:schema39.properties.workspaces.items.properties.email_domains.items,data:data13};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/workspaces/" + i1+"/email_domains",schemaPath:"#/properties/workspaces/items/properties/email_domains/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.properties.workspaces.items.properties.email_domains.type,parentSchema:schema39.properties.workspaces.items.properties.email_domains,data:data12};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data8.inactive !== undefined){
let data14 = data8.inactive;
if(Array.isArray(data14)){
const len3 = data14.length;
for(let i3=0; i3<len3; i3++){
let data15 = data14[i3];
if(typeof data15 === "string"){
if(!pattern9.test(data15)){
const err23 = {instancePath:instancePath+"/workspaces/" + i1+"/inactive/" + i3,schemaPath:"#/properties/workspaces/items/properties/inactive/items/pattern",keyword:"pattern",params:{pattern: "^[^@\\s:]+@[^@\\s]+\\.[^@\\s]+$"},message:"must match pattern \""+"^[^@\\s:]+@[^@\\s]+\\.[^@\\s]+$"+"\"",schema:"^[^@\\s:]+@[^@\\s]+\\.[^@\\s]+$",parentSchema:schema39.properties.workspaces.items.properties.inactive.items,data:data15};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/workspaces/" + i1+"/inactive/" + i3,schemaPath:"#/properties/workspaces/items/properties/inactive/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.workspaces.items.properties.inactive.items.type,parentSchema:schema39.properties.workspaces.items.properties.inactive.items,data:data15};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/workspaces/" + i1+"/inactive",schemaPath:"#/properties/workspaces/items/properties/inactive/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.properties.workspaces.items.properties.inactive.type,parentSchema:schema39.properties.workspaces.items.properties.inactive,data:data14};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data8.teams !== undefined){
let data16 = data8.teams;
if(Array.isArray(data16)){
const len4 = data16.length;
for(let i4=0; i4<len4; i4++){
let data17 = data16[i4];
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.name === undefined){
const err26 = {instancePath:instancePath+"/workspaces/" + i1+"/teams/" + i4,schemaPath:"#/properties/workspaces/items/properties/teams/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema39.properties.workspaces.items.properties.teams.items.required,parentSchema:schema39.properties.workspaces.items.properties.teams.items,data:data17};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
for(const key3 in data17){
if(!((key3 === "name") || (key3 === "gid"))){
const err27 = {instancePath:instancePath+"/workspaces/" + i1+"/teams/" + i4,schemaPath:"#/properties/workspaces/items/properties/teams/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema39.properties.workspaces.items.properties.teams.items,data:data17};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data17.name !== undefined){
let data18 = data17.name;
if(typeof data18 === "string"){
if(func2(data18) < 1){
const err28 = {instancePath:instancePath+"/workspaces/" + i1+"/teams/" + i4+"/name",schemaPath:"#/properties/workspaces/items/properties/teams/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.workspaces.items.properties.teams.items.properties.name,data:data18};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/workspaces/" + i1+"/teams/" + i4+"/name",schemaPath:"#/properties/workspaces/items/properties/teams/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.workspaces.items.properties.teams.items.properties.name.type,parentSchema:schema39.properties.workspaces.items.properties.teams.items.properties.name,data:data18};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data17.gid !== undefined){
let data19 = data17.gid;
if(typeof data19 === "string"){
if(!pattern11.test(data19)){
const err30 = {instancePath:instancePath+"/workspaces/" + i1+"/teams/" + i4+"/gid",schemaPath:"#/definitions/gid/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,19}$"},message:"must match pattern \""+"^[0-9]{1,19}$"+"\"",schema:"^[0-9]{1,19}$",parentSchema:schema40,data:data19};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/workspaces/" + i1+"/teams/" + i4+"/gid",schemaPath:"#/definitions/gid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data19};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/workspaces/" + i1+"/teams/" + i4,schemaPath:"#/properties/workspaces/items/properties/teams/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.properties.workspaces.items.properties.teams.items.type,parentSchema:schema39.properties.workspaces.items.properties.teams.items,data:data17};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/workspaces/" + i1+"/teams",schemaPath:"#/properties/workspaces/items/properties/teams/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.properties.workspaces.items.properties.teams.type,parentSchema:schema39.properties.workspaces.items.properties.teams,data:data16};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data8.projects !== undefined){
let data20 = data8.projects;
if(Array.isArray(data20)){
const len5 = data20.length;
for(let i5=0; i5<len5; i5++){
let data21 = data20[i5];
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.name === undefined){
const err34 = {instancePath:instancePath+"/workspaces/" + i1+"/projects/" + i5,schemaPath:"#/properties/workspaces/items/properties/projects/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema39.properties.workspaces.items.properties.projects.items.required,parentSchema:schema39.properties.workspaces.items.properties.projects.items,data:data21};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
for(const key4 in data21){
if(!((((key4 === "name") || (key4 === "gid")) || (key4 === "team")) || (key4 === "default_access_level"))){
const err35 = {instancePath:instancePath+"/workspaces/" + i1+"/projects/" + i5,schemaPath:"#/properties/workspaces/items/properties/projects/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema39.properties.workspaces.items.properties.projects.items,data:data21};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data21.name !== undefined){
let data22 = data21.name;
if(typeof data22 === "string"){
if(func2(data22) < 1){
const err36 = {instancePath:instancePath+"/workspaces/" + i1+"/projects/" + i5+"/name",schemaPath:"#/properties/workspaces/items/properties/projects/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.workspaces.items.properties.projects.items.properties.name,data:data22};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/workspaces/" + i1+"/projects/" + i5+"/name",schemaPath:"#/properties/workspaces/items/properties/projects/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.workspaces.items.properties.projects.items.properties.name.type,parentSchema:schema39.properties.workspaces.items.properties.projects.items.properties.name,data:data22};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data21.gid !== undefined){
let data23 = data21.gid;
if(typeof data23 === "string"){
if(!pattern11.test(data23)){
const err38 = {instancePath:instancePath+"/workspaces/" + i1+"/projects/" + i5+"/gid",schemaPath:"#/definitions/gid/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,19}$"},message:"must match pattern \""+"^[0-9]{1,19}$"+"\"",schema:"^[0-9]{1,19}$",parentSchema:schema40,data:data23};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/workspaces/" + i1+"/projects/" + i5+"/gid",schemaPath:"#/definitions/gid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data23};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data21.team !== undefined){
let data24 = data21.team;
if(typeof data24 === "string"){
if(func2(data24) < 1){
const err40 = {instancePath:instancePath+"/workspaces/" + i1+"/projects/" + i5+"/team",schemaPath:"#/properties/workspaces/items/properties/projects/items/properties/team/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.workspaces.items.properties.projects.items.properties.team,data:data24};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/workspaces/" + i1+"/projects/" + i5+"/team",schemaPath:"#/properties/workspaces/items/properties/projects/items/properties/team/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.workspaces.items.properties.projects.items.properties.team.type,parentSchema:schema39.properties.workspaces.items.properties.projects.items.properties.team,data:data24};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data21.default_access_level !== undefined){
let data25 = data21.default_access_level;
if(!(((data25 === "admin") || (data25 === "editor")) || (data25 === "commenter"))){
const err42 = {instancePath:instancePath+"/workspaces/" + i1+"/projects/" + i5+"/default_access_level",schemaPath:"#/properties/workspaces/items/properties/projects/items/properties/default_access_level/enum",keyword:"enum",params:{allowedValues: schema39.properties.workspaces.items.properties.projects.items.properties.default_access_level.enum},message:"must be equal to one of the allowed values",schema:schema39.properties.workspaces.items.properties.projects.items.properties.default_access_level.enum,parentSchema:schema39.properties.workspaces.items.properties.projects.items.properties.default_access_level,data:data25};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/workspaces/" + i1+"/projects/" + i5,schemaPath:"#/properties/workspaces/items/properties/projects/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.properties.workspaces.items.properties.projects.items.type,parentSchema:schema39.properties.workspaces.items.properties.projects.items,data:data21};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/workspaces/" + i1+"/projects",schemaPath:"#/properties/workspaces/items/properties/projects/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.properties.workspaces.items.properties.projects.type,parentSchema:schema39.properties.workspaces.items.properties.projects,data:data20};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data8.portfolios !== undefined){
let data26 = data8.portfolios;
if(Array.isArray(data26)){
const len6 = data26.length;
for(let i6=0; i6<len6; i6++){
let data27 = data26[i6];
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.name === undefined){
const err45 = {instancePath:instancePath+"/workspaces/" + i1+"/portfolios/" + i6,schemaPath:"#/properties/workspaces/items/properties/portfolios/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema39.properties.workspaces.items.properties.portfolios.items.required,parentSchema:schema39.properties.workspaces.items.properties.portfolios.items,data:data27};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
for(const key5 in data27){
if(!((((key5 === "name") || (key5 === "gid")) || (key5 === "owner")) || (key5 === "default_access_level"))){
const err46 = {instancePath:instancePath+"/workspaces/" + i1+"/portfolios/" + i6,schemaPath:"#/properties/workspaces/items/properties/portfolios/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema39.properties.workspaces.items.properties.portfolios.items,data:data27};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data27.name !== undefined){
let data28 = data27.name;
if(typeof data28 === "string"){
if(func2(data28) < 1){
const err47 = {instancePath:instancePath+"/workspaces/" + i1+"/portfolios/" + i6+"/name",schemaPath:"#/properties/workspaces/items/properties/portfolios/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.workspaces.items.properties.portfolios.items.properties.name,data:data28};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/workspaces/" + i1+"/portfolios/" + i6+"/name",schemaPath:"#/properties/workspaces/items/properties/portfolios/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.workspaces.items.properties.portfolios.items.properties.name.type,parentSchema:schema39.properties.workspaces.items.properties.portfolios.items.properties.name,data:data28};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data27.gid !== undefined){
let data29 = data27.gid;
if(typeof data29 === "string"){
if(!pattern11.test(data29)){
const err49 = {instancePath:instancePath+"/workspaces/" + i1+"/portfolios/" + i6+"/gid",schemaPath:"#/definitions/gid/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,19}$"},message:"must match pattern \""+"^[0-9]{1,19}$"+"\"",schema:"^[0-9]{1,19}$",parentSchema:schema40,data:data29};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/workspaces/" + i1+"/portfolios/" + i6+"/gid",schemaPath:"#/definitions/gid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data29};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data27.owner !== undefined){
let data30 = data27.owner;
if(typeof data30 === "string"){
if(!pattern9.test(data30)){
const err51 = {instancePath:instancePath+"/workspaces/" + i1+"/portfolios/" + i6+"/owner",schemaPath:"#/properties/workspaces/items/properties/portfolios/items/properties/owner/pattern",keyword:"pattern",params:{pattern: "^[^@\\s:]+@[^@\\s]+\\.[^@\\s]+$"},message:"must match pattern \""+"^[^@\\s:]+@[^@\\s]+\\.[^@\\s]+$"+"\"",schema:"^[^@\\s:]+@[^@\\s]+\\.[^@\\s]+$",parentSchema:schema39.properties.workspaces.items.properties.portfolios.items.properties.owner,data:data30};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/workspaces/" + i1+"/portfolios/" + i6+"/owner",schemaPath:"#/properties/workspaces/items/properties/portfolios/items/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.workspaces.items.properties.portfolios.items.properties.owner.type,parentSchema:schema39.properties.workspaces.items.properties.portfolios.items.properties.owner,data:data30};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data27.default_access_level !== undefined){
let data31 = data27.default_access_level;
if(!(((data31 === "admin") || (data31 === "editor")) || (data31 === "viewer"))){
const err53 = {instancePath:instancePath+"/workspaces/" + i1+"/portfolios/" + i6+"/default_access_level",schemaPath:"#/properties/workspaces/items/properties/portfolios/items/properties/default_access_level/enum",keyword:"enum",params:{allowedValues: schema39.properties.workspaces.items.properties.portfolios.items.properties.default_access_level.enum},message:"must be equal to one of the allowed values",schema:schema39.properties.workspaces.items.properties.portfolios.items.properties.default_access_level.enum,parentSchema:schema39.properties.workspaces.items.properties.portfolios.items.properties.default_access_level,data:data31};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/workspaces/" + i1+"/portfolios/" + i6,schemaPath:"#/properties/workspaces/items/properties/portfolios/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.properties.workspaces.items.properties.portfolios.items.type,parentSchema:schema39.properties.workspaces.items.properties.portfolios.items,data:data27};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/workspaces/" + i1+"/portfolios",schemaPath:"#/properties/workspaces/items/properties/portfolios/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.properties.workspaces.items.properties.portfolios.type,parentSchema:schema39.properties.workspaces.items.properties.portfolios,data:data26};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data8.goals !== undefined){
let data32 = data8.goals;
if(Array.isArray(data32)){
const len7 = data32.length;
for(let i7=0; i7<len7; i7++){
let data33 = data32[i7];
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.name === undefined){
const err56 = {instancePath:instancePath+"/workspaces/" + i1+"/goals/" + i7,schemaPath:"#/properties/workspaces/items/properties/goals/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema39.properties.workspaces.items.properties.goals.items.required,parentSchema:schema39.properties.workspaces.items.properties.goals.items,data:data33};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
for(const key6 in data33){
if(!(((key6 === "name") || (key6 === "gid")) || (key6 === "default_access_level"))){
const err57 = {instancePath:instancePath+"/workspaces/" + i1+"/goals/" + i7,schemaPath:"#/properties/workspaces/items/properties/goals/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema39.properties.workspaces.items.properties.goals.items,data:data33};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data33.name !== undefined){
let data34 = data33.name;
if(typeof data34 === "string"){
if(func2(data34) < 1){
const err58 = {instancePath:instancePath+"/workspaces/" + i1+"/goals/" + i7+"/name",schemaPath:"#/properties/workspaces/items/properties/goals/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.workspaces.items.properties.goals.items.properties.name,data:data34};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/workspaces/" + i1+"/goals/" + i7+"/name",schemaPath:"#/properties/workspaces/items/properties/goals/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.workspaces.items.properties.goals.items.properties.name.type,parentSchema:schema39.properties.workspaces.items.properties.goals.items.properties.name,data:data34};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data33.gid !== undefined){
let data35 = data33.gid;
if(typeof data35 === "string"){
if(!pattern11.test(data35)){
const err60 = {instancePath:instancePath+"/workspaces/" + i1+"/goals/" + i7+"/gid",schemaPath:"#/definitions/gid/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,19}$"},message:"must match pattern \""+"^[0-9]{1,19}$"+"\"",schema:"^[0-9]{1,19}$",parentSchema:schema40,data:data35};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/workspaces/" + i1+"/goals/" + i7+"/gid",schemaPath:"#/definitions/gid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data35};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data33.default_access_level !== undefined){
let data36 = data33.default_access_level;
if(!((((data36 === "admin") || (data36 === "editor")) || (data36 === "commenter")) || (data36 === "viewer"))){
const err62 = {instancePath:instancePath+"/workspaces/" + i1+"/goals/" + i7+"/default_access_level",schemaPath:"#/properties/workspaces/items/properties/goals/items/properties/default_access_level/enum",keyword:"enum",params:{allowedValues: schema39.properties.workspaces.items.properties.goals.items.properties.default_access_level.enum},message:"must be equal to one of the allowed values",schema:schema39.properties.workspaces.items.properties.goals.items.properties.default_access_level.enum,parentSchema:schema39.properties.workspaces.items.properties.goals.items.properties.default_access_level,data:data36};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/workspaces/" + i1+"/goals/" + i7,schemaPath:"#/properties/workspaces/items/properties/goals/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.properties.workspaces.items.properties.goals.items.type,parentSchema:schema39.properties.workspaces.items.properties.goals.items,data:data33};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/workspaces/" + i1+"/goals",schemaPath:"#/properties/workspaces/items/properties/goals/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.properties.workspaces.items.properties.goals.type,parentSchema:schema39.properties.workspaces.items.properties.goals,data:data32};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath:instancePath+"/workspaces/" + i1,schemaPath:"#/properties/workspaces/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.properties.workspaces.items.type,parentSchema:schema39.properties.workspaces.items,data:data8};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/workspaces",schemaPath:"#/properties/workspaces/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.properties.workspaces.type,parentSchema:schema39.properties.workspaces,data:data7};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data.dreadnode !== undefined){
let data37 = data.dreadnode;
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
for(const key7 in data37){
if(!(((key7 === "token") || (key7 === "auth")) || (key7 === "organizations"))){
const err67 = {instancePath:instancePath+"/dreadnode",schemaPath:"#/properties/dreadnode/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema39.properties.dreadnode,data:data37};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data37.token !== undefined){
let data38 = data37.token;
if(typeof data38 === "string"){
if(func2(data38) < 1){
const err68 = {instancePath:instancePath+"/dreadnode/token",schemaPath:"#/properties/dreadnode/properties/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.dreadnode.properties.token,data:data38};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/dreadnode/token",schemaPath:"#/properties/dreadnode/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.dreadnode.properties.token.type,parentSchema:schema39.properties.dreadnode.properties.token,data:data38};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data37.auth !== undefined){
let data39 = data37.auth;
if(!((data39 === "bearer") || (data39 === "x-api-key"))){
const err70 = {instancePath:instancePath+"/dreadnode/auth",schemaPath:"#/properties/dreadnode/properties/auth/enum",keyword:"enum",params:{allowedValues: schema39.properties.dreadnode.properties.auth.enum},message:"must be equal to one of the allowed values",schema:schema39.properties.dreadnode.properties.auth.enum,parentSchema:schema39.properties.dreadnode.properties.auth,data:data39};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data37.organizations !== undefined){
let data40 = data37.organizations;
if(Array.isArray(data40)){
const len8 = data40.length;
for(let i8=0; i8<len8; i8++){
let data41 = data40[i8];
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
if(data41.org === undefined){
const err71 = {instancePath:instancePath+"/dreadnode/organizations/" + i8,schemaPath:"#/properties/dreadnode/properties/organizations/items/required",keyword:"required",params:{missingProperty: "org"},message:"must have required property '"+"org"+"'",schema:schema39.properties.dreadnode.properties.organizations.items.required,parentSchema:schema39.properties.dreadnode.properties.organizations.items,data:data41};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
for(const key8 in data41){
if(!((key8 === "org") || (key8 === "workspaces"))){
const err72 = {instancePath:instancePath+"/dreadnode/organizations/" + i8,schemaPath:"#/properties/dreadnode/properties/organizations/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema39.properties.dreadnode.properties.organizations.items,data:data41};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data41.org !== undefined){
let data42 = data41.org;
if(typeof data42 === "string"){
if(func2(data42) > 200){
const err73 = {instancePath:instancePath+"/dreadnode/organizations/" + i8+"/org",schemaPath:"#/definitions/slug/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema36,data:data42};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(!pattern7.test(data42)){
const err74 = {instancePath:instancePath+"/dreadnode/organizations/" + i8+"/org",schemaPath:"#/definitions/slug/pattern",keyword:"pattern",params:{pattern: "^(?!\\.\\.?$)[^/\\s]+$"},message:"must match pattern \""+"^(?!\\.\\.?$)[^/\\s]+$"+"\"",schema:"^(?!\\.\\.?$)[^/\\s]+$",parentSchema:schema36,data:data42};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
else {
const err75 = {instancePath:instancePath+"/dreadnode/organizations/" + i8+"/org",schemaPath:"#/definitions/slug/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data:data42};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data41.workspaces !== undefined){
let data43 = data41.workspaces;
if(Array.isArray(data43)){
const len9 = data43.length;
for(let i9=0; i9<len9; i9++){
let data44 = data43[i9];
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
if(data44.workspace === undefined){
const err76 = {instancePath:instancePath+"/dreadnode/organizations/" + i8+"/workspaces/" + i9,schemaPath:"#/properties/dreadnode/properties/organizations/items/properties/workspaces/items/required",keyword:"required",params:{missingProperty: "workspace"},message:"must have required property '"+"workspace"+"'",schema:schema39.properties.dreadnode.properties.organizations.items.properties.workspaces.items.required,parentSchema:schema39.properties.dreadnode.properties.organizations.items.properties.workspaces.items,data:data44};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
for(const key9 in data44){
if(!((key9 === "workspace") || (key9 === "name"))){
const err77 = {instancePath:instancePath+"/dreadnode/organizations/" + i8+"/workspaces/" + i9,schemaPath:"#/properties/dreadnode/properties/organizations/items/properties/workspaces/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema39.properties.dreadnode.properties.organizations.items.properties.workspaces.items,data:data44};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data44.workspace !== undefined){
let data45 = data44.workspace;
if(typeof data45 === "string"){
if(func2(data45) > 200){
const err78 = {instancePath:instancePath+"/dreadnode/organizations/" + i8+"/workspaces/" + i9+"/workspace",schemaPath:"#/definitions/slug/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema36,data:data45};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(!pattern7.test(data45)){
const err79 = {instancePath:instancePath+"/dreadnode/organizations/" + i8+"/workspaces/" + i9+"/workspace",schemaPath:"#/definitions/slug/pattern",keyword:"pattern",params:{pattern: "^(?!\\.\\.?$)[^/\\s]+$"},message:"must match pattern \""+"^(?!\\.\\.?$)[^/\\s]+$"+"\"",schema:"^(?!\\.\\.?$)[^/\\s]+$",parentSchema:schema36,data:data45};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/dreadnode/organizations/" + i8+"/workspaces/" + i9+"/workspace",schemaPath:"#/definitions/slug/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data:data45};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data44.name !== undefined){
let data46 = data44.name;
if(typeof data46 === "string"){
if(func2(data46) < 1){
const err81 = {instancePath:instancePath+"/dreadnode/organizations/" + i8+"/workspaces/" + i9+"/name",schemaPath:"#/properties/dreadnode/properties/organizations/items/properties/workspaces/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.dreadnode.properties.organizations.items.properties.workspaces.items.properties.name,data:data46};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
else {
const err82 = {instancePath:instancePath+"/dreadnode/organizations/" + i8+"/workspaces/" + i9+"/name",schemaPath:"#/properties/dreadnode/properties/organizations/items/properties/workspaces/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.dreadnode.properties.organizations.items.properties.workspaces.items.properties.name.type,parentSchema:schema39.properties.dreadnode.properties.organizations.items.properties.workspaces.items.properties.name,data:data46};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
else {
const err83 = {instancePath:instancePath+"/dreadnode/organizations/" + i8+"/workspaces/" + i9,schemaPath:"#/properties/dreadnode/properties/organizations/items/properties/workspaces/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.properties.dreadnode.properties.organizations.items.properties.workspaces.items.type,parentSchema:schema39.properties.dreadnode.properties.organizations.items.properties.workspaces.items,data:data44};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
else {
const err84 = {instancePath:instancePath+"/dreadnode/organizations/" + i8+"/workspaces",schemaPath:"#/properties/dreadnode/properties/organizations/items/properties/workspaces/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.properties.dreadnode.properties.organizations.items.properties.workspaces.type,parentSchema:schema39.properties.dreadnode.properties.organizations.items.properties.workspaces,data:data43};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
else {
const err85 = {instancePath:instancePath+"/dreadnode/organizations/" + i8,schemaPath:"#/properties/dreadnode/properties/organizations/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.properties.dreadnode.properties.organizations.items.type,parentSchema:schema39.properties.dreadnode.properties.organizations.items,data:data41};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
else {
const err86 = {instancePath:instancePath+"/dreadnode/organizations",schemaPath:"#/properties/dreadnode/properties/organizations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.properties.dreadnode.properties.organizations.type,parentSchema:schema39.properties.dreadnode.properties.organizations,data:data40};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
else {
const err87 = {instancePath:instancePath+"/dreadnode",schemaPath:"#/properties/dreadnode/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.properties.dreadnode.type,parentSchema:schema39.properties.dreadnode,data:data37};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
validate57.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://gatehouse.invalid/schemas/sandbox-seed.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "version") || (key0 === "groups")) || (key0 === "protected")) || (key0 === "revoked")) || (key0 === "allow_unicode_emails")) || (key0 === "asana")) || (key0 === "dreadnode")) || (key0 === "sandbox"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.version !== undefined){
let data0 = data.version;
if(1 !== data0){
const err2 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema11.properties.version,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.groups !== undefined){
let data1 = data.groups;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
const _errs5 = errors;
if(typeof key1 === "string"){
if(func2(key1) > 100){
const err3 = {instancePath:instancePath+"/groups",schemaPath:"#/definitions/groupName/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema12,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern0.test(key1)){
const err4 = {instancePath:instancePath+"/groups",schemaPath:"#/definitions/groupName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema12,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/groups",schemaPath:"#/definitions/groupName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid1 = _errs5 === errors;
if(!valid1){
const err6 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema11.properties.groups.propertyNames,parentSchema:schema11.properties.groups,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
for(const key2 in data1){
if(!(validate11(data1[key2], {instancePath:instancePath+"/groups/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data1,parentDataProperty:key2,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.groups.type,parentSchema:schema11.properties.groups,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.protected !== undefined){
if(!(validate11(data.protected, {instancePath:instancePath+"/protected",parentData:data,parentDataProperty:"protected",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data.revoked !== undefined){
if(!(validate11(data.revoked, {instancePath:instancePath+"/revoked",parentData:data,parentDataProperty:"revoked",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data.allow_unicode_emails !== undefined){
let data5 = data.allow_unicode_emails;
if(typeof data5 !== "boolean"){
const err8 = {instancePath:instancePath+"/allow_unicode_emails",schemaPath:"#/properties/allow_unicode_emails/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.allow_unicode_emails.type,parentSchema:schema11.properties.allow_unicode_emails,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.asana !== undefined){
if(!(validate17(data.asana, {instancePath:instancePath+"/asana",parentData:data,parentDataProperty:"asana",rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
if(data.dreadnode !== undefined){
if(!(validate48(data.dreadnode, {instancePath:instancePath+"/dreadnode",parentData:data,parentDataProperty:"dreadnode",rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
if(data.sandbox !== undefined){
if(!(validate57(data.sandbox, {instancePath:instancePath+"/sandbox",parentData:data,parentDataProperty:"sandbox",rootData}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

/** The sha256 of the JSON text of the schema this was generated from. */
export const schemaKey = "d909cef622d063f75f009b9083b6d0dc8a0b47a22e1d469fddff4ff65025e543";
