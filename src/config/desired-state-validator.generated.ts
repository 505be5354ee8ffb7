// @ts-nocheck -- ajv standalone code: plain JavaScript, generated, and compared with a fresh generation by a test
/* Generated from the schema src/config/assemble-schema.ts assembles from the provider modules (schemas/gatehouse.schema.json) by `npm run build` (scripts/precompile-validators.mjs). Do not edit by hand. */
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
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gatehouse.invalid/schemas/gatehouse.schema.json","title":"GatehouseFile","description":"Who belongs where: the places of each provider's section (asana, dreadnode) and their members. One file, or a folder of files merged together.","type":"object","additionalProperties":false,"required":["version"],"properties":{"version":{"description":"The file format's version. Always 1; a file without it is an error. It changes nothing in the plan.","const":1,"examples":[1]},"groups":{"description":"Reusable lists of users, referenced as group:NAME wherever a member may be written; a group may include other groups. Groups may be defined in any file of a folder. A group adds nothing by itself: each member it brings into a list is planned as if listed there, and the plan line says so with (group:NAME). An undefined group or a cycle is an error.","type":"object","examples":[{"platform":["carol@acme.com","dan@acme.com"],"leads":["alice@acme.com","group:platform"]}],"propertyNames":{"$ref":"#/definitions/groupName"},"additionalProperties":{"$ref":"#/definitions/memberList"}},"protected":{"description":"Users never removed, whatever the places say (emails or group:NAME), from any file of a folder. Where prune would remove one, the plan lists them under the place as kept: (protected) instead of a removal. It adds no one.","$ref":"#/definitions/memberList","examples":[["root@acme.com","group:admins"]]},"revoked":{"description":"Users taken out of every place the file names (emails or group:NAME), without --prune: offboarding in one line. Where leaving a place takes a user out of everything inside it (a workspace, with some services), that is the one removal planned. A revoked user may not also be listed anywhere, nor be protected.","examples":[["dana@acme.com","group:leavers"]],"$ref":"#/definitions/memberList"},"allow_unicode_emails":{"description":"Allow internationalised email addresses (letters of any script) in this file. Without it an email holds only ASCII letters, digits and . _ % + - ' before the @, and an ASCII domain. Even with it, an address that mixes scripts in its local part or domain, or that looks like another address (Unicode confusables), is an error. It changes no plan line, only what the file may hold.","type":"boolean","default":false,"examples":[true]},"asana":{"$ref":"#/definitions/asana"},"dreadnode":{"$ref":"#/definitions/dreadnode"}},"definitions":{"groupName":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$","maxLength":100},"member":{"description":"An email address, or group:NAME.","type":"string","pattern":"^(group:[A-Za-z0-9][A-Za-z0-9_.-]*|[^@\\s:]+@[^@\\s]+\\.[^@\\s]+)$","maxLength":320},"until":{"description":"The last day (YYYY-MM-DD, inclusive) of the grant. After it the user is planned for removal from this place, without --prune.","examples":["2027-03-31"],"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},"grant":{"description":"A member with an end date: { user: EMAIL or group:NAME, until: YYYY-MM-DD }.","type":"object","additionalProperties":false,"required":["user","until"],"properties":{"user":{"$ref":"#/definitions/member"},"until":{"$ref":"#/definitions/until"}}},"memberList":{"description":"A list of users: email addresses (compared case-insensitively) or group:NAME.","type":"array","items":{"description":"An email, group:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.","anyOf":[{"$ref":"#/definitions/member"},{"$ref":"#/definitions/grant"}]}},"asana":{"type":"object","additionalProperties":false,"properties":{"workspaces":{"description":"The Asana workspaces (or organisations) this file manages. A workspace may appear in several files; the plan reads only the workspaces, and the places in them, that the files name.","type":"array","items":{"$ref":"#/definitions/asanaWorkspace"}}},"examples":[{"workspaces":[{"workspace":"Acme Corp","members":["alice@acme.com"],"teams":[{"team":"Platform","members":["carol@acme.com"],"projects":[{"project":"Roadmap 2027","admin":["alice@acme.com"],"editor":["carol@acme.com","team:Design"]}]}],"portfolios":[{"portfolio":"Leadership Bets","viewer":["carol@acme.com"]}],"goals":[{"goal":"Grow ARR","editor":["alice@acme.com"],"viewer":["team:Design"]}]}]}]},"ref":{"description":"A name, or a gid (all digits).","type":"string","minLength":1,"maxLength":1024},"asanaWorkspace":{"type":"object","additionalProperties":false,"required":["workspace"],"properties":{"workspace":{"description":"The workspace's name as Asana shows it, or its gid. A name that matches nothing is an error with close matches; one that several workspaces share is an error listing their gids.","$ref":"#/definitions/ref","examples":["Acme Corp","1200000000000001"]},"prune":{"description":"Remove live members of this workspace that its members list does not name. Default false: they are left alone and counted as unmanaged. When true, or with --prune unless this says false (and only when members is written), each becomes a `- EMAIL not in the file (prune)` line, within the removal guard rails. Leaving a workspace takes a user out of all its teams and projects; in an organisation it deprovisions them (their work goes to the token's owner), which plan and apply refuse without --allow-deprovision.","type":"boolean","default":false,"examples":[true]},"allow_guests":{"description":"When false, adding a user whose email is outside the organisation's email domains (who would join as a guest) is an error at plan time, at the line that lists them. When true, such an add is planned with a (guest) mark.","type":"boolean","default":true,"examples":[false]},"members":{"description":"Users who belong to the workspace: emails or group:NAME (not team:NAME). Each one missing live is a `+ EMAIL` line. Users of its teams, projects, portfolios and goals need not be listed: the plan adds them to the workspace too (implied by team NAME). A workspace's members are written in one file only.","$ref":"#/definitions/asanaMemberList","examples":[["alice@acme.com","group:platform"]]},"admin":{"not":{},"description":"A workspace has no access levels: list its users under members."},"editor":{"not":{},"description":"A workspace has no access levels: list its users under members."},"commenter":{"not":{},"description":"A workspace has no access levels: list its users under members."},"viewer":{"not":{},"description":"A workspace has no access levels: list its users under members."},"teams":{"description":"Teams of the workspace, by name or gid, with their members and projects. Each team is declared once across all files.","type":"array","items":{"$ref":"#/definitions/asanaTeam"}},"projects":{"description":"Projects found by name or gid anywhere in the workspace. Each project is declared once across all files (not here and again under its team).","type":"array","items":{"$ref":"#/definitions/asanaProject"}},"portfolios":{"description":"Portfolios of the workspace, by name or gid. With a personal access token Asana lists only the portfolios the token's user owns: name the others by gid, or use a service account token.","type":"array","items":{"$ref":"#/definitions/asanaPortfolio"}},"goals":{"description":"Goals of the workspace, by name or gid, with who holds which access level.","type":"array","items":{"$ref":"#/definitions/asanaGoal"}}},"description":"An Asana workspace or organisation. Users of its teams, projects, portfolios and goals are members of it implicitly."},"asanaTeam":{"type":"object","additionalProperties":false,"required":["team"],"properties":{"team":{"description":"The team's name as Asana shows it, or its gid, within this workspace. A name that matches nothing is an error with close matches; one that several teams share is an error listing their gids.","$ref":"#/definitions/ref","examples":["Platform"]},"prune":{"description":"Remove live members of this team that its members list does not name. Default false: they are left alone and counted as unmanaged. When true, or with --prune unless this says false, each becomes a `- EMAIL not in the file (prune)` line, within the removal guard rails; they stay in the workspace.","type":"boolean","default":false,"examples":[true]},"members":{"description":"Users who belong to the team: emails or group:NAME (not team:NAME). Each one missing live is a `+ EMAIL` line under the team; a user not yet in the workspace is added to it first.","$ref":"#/definitions/asanaMemberList","examples":[["alice@acme.com","group:platform"]]},"admin":{"not":{},"description":"A team has no access levels: list its users under members."},"editor":{"not":{},"description":"A team has no access levels: list its users under members."},"commenter":{"not":{},"description":"A team has no access levels: list its users under members."},"viewer":{"not":{},"description":"A team has no access levels: list its users under members."},"projects":{"description":"Projects of this team, found by name or gid among the team's projects. Each project is declared once across all files.","type":"array","items":{"$ref":"#/definitions/asanaProject"}}}},"asanaProject":{"type":"object","additionalProperties":false,"required":["project"],"properties":{"project":{"description":"The project's name as Asana shows it, or its gid: among the team's projects when under a team, anywhere in the workspace when under the workspace. A name that matches nothing is an error with close matches; one that several projects share is an error listing their gids.","$ref":"#/definitions/ref","examples":["Roadmap 2027","1209876543210"]},"prune":{"description":"Remove live members (users and teams) of this project that its lists do not name. Default false: they are left alone and counted as unmanaged. When true, or with --prune unless this says false, each becomes a `- EMAIL not in the file (prune)` line, within the removal guard rails; protected users, the token's own user and users without an email are kept.","type":"boolean","default":false,"examples":[true]},"members":{"description":"Members at any access level: emails, group:NAME, or team:NAME (a team of the same workspace). Each one missing live is a `+ EMAIL` line and joins at the project's default access level; a level they already hold is left as it is.","$ref":"#/definitions/asanaMemberList","examples":[["bob@acme.com"]]},"admin":{"description":"Members who hold admin access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid). One missing live is a `+ EMAIL admin` line; one holding another level is a `~ EMAIL OLD → admin` change. A user or team in two of a place's level lists is an error.","$ref":"#/definitions/asanaMemberList","examples":[["alice@acme.com","team:Design"]]},"editor":{"description":"Members who hold editor access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid). One missing live is a `+ EMAIL editor` line; one holding another level is a `~ EMAIL OLD → editor` change. A user or team in two of a place's level lists is an error.","$ref":"#/definitions/asanaMemberList","examples":[["alice@acme.com","team:Design"]]},"commenter":{"description":"Members who hold commenter access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid). One missing live is a `+ EMAIL commenter` line; one holding another level is a `~ EMAIL OLD → commenter` change. A user or team in two of a place's level lists is an error.","$ref":"#/definitions/asanaMemberList","examples":[["alice@acme.com","team:Design"]]},"viewer":{"not":{},"description":"A project's access levels are admin, editor, commenter."}}},"asanaPortfolio":{"type":"object","additionalProperties":false,"required":["portfolio"],"properties":{"portfolio":{"description":"The portfolio's name as Asana shows it, or its gid. A name that matches nothing is an error with close matches; one that several portfolios share is an error listing their gids.","$ref":"#/definitions/ref","examples":["Leadership Bets"]},"prune":{"description":"Remove live members of this portfolio that its lists do not name. Default false: they are left alone and counted as unmanaged. When true, or with --prune unless this says false, each becomes a `- EMAIL not in the file (prune)` line, within the removal guard rails (--max-removals, --max-removal-share); protected users, the token's own user and users without an email are kept.","type":"boolean","default":false,"examples":[true]},"members":{"description":"Members at any access level: emails, group:NAME, or team:NAME (a team of the same workspace). Each one missing live is a `+ EMAIL` line and joins at the portfolio's default access level; a level they already hold is left as it is.","$ref":"#/definitions/asanaMemberList","examples":[["alice@acme.com","group:platform"]]},"admin":{"description":"Members who hold admin access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid). One missing live is a `+ EMAIL admin` line; one holding another level is a `~ EMAIL OLD → admin` change. A user or team in two of a place's level lists is an error.","$ref":"#/definitions/asanaMemberList","examples":[["alice@acme.com","team:Design"]]},"editor":{"description":"Members who hold editor access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid). One missing live is a `+ EMAIL editor` line; one holding another level is a `~ EMAIL OLD → editor` change. A user or team in two of a place's level lists is an error.","$ref":"#/definitions/asanaMemberList","examples":[["alice@acme.com","team:Design"]]},"commenter":{"not":{},"description":"A portfolio's access levels are admin, editor, viewer."},"viewer":{"description":"Members who hold viewer access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid). One missing live is a `+ EMAIL viewer` line; one holding another level is a `~ EMAIL OLD → viewer` change. A user or team in two of a place's level lists is an error.","$ref":"#/definitions/asanaMemberList","examples":[["alice@acme.com","team:Design"]]}}},"asanaGoal":{"type":"object","additionalProperties":false,"required":["goal"],"properties":{"goal":{"description":"The goal's name as Asana shows it, or its gid. A name that matches nothing is an error with close matches; one that several goals share is an error listing their gids.","$ref":"#/definitions/ref","examples":["Grow ARR"]},"prune":{"description":"Remove live members of this goal that its lists do not name. Default false: they are left alone and counted as unmanaged. When true, or with --prune unless this says false, each becomes a `- EMAIL not in the file (prune)` line, within the removal guard rails (--max-removals, --max-removal-share); protected users, the token's own user and users without an email are kept.","type":"boolean","default":false,"examples":[true]},"members":{"description":"Members at any access level: emails, group:NAME, or team:NAME (a team of the same workspace). Each one missing live is a `+ EMAIL` line and joins at the goal's default access level; a level they already hold is left as it is.","$ref":"#/definitions/asanaMemberList","examples":[["alice@acme.com","group:platform"]]},"admin":{"description":"Members who hold admin access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid). One missing live is a `+ EMAIL admin` line; one holding another level is a `~ EMAIL OLD → admin` change. A user or team in two of a place's level lists is an error.","$ref":"#/definitions/asanaMemberList","examples":[["alice@acme.com","team:Design"]]},"editor":{"description":"Members who hold editor access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid). One missing live is a `+ EMAIL editor` line; one holding another level is a `~ EMAIL OLD → editor` change. A user or team in two of a place's level lists is an error.","$ref":"#/definitions/asanaMemberList","examples":[["alice@acme.com","team:Design"]]},"commenter":{"description":"Members who hold commenter access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid). One missing live is a `+ EMAIL commenter` line; one holding another level is a `~ EMAIL OLD → commenter` change. A user or team in two of a place's level lists is an error.","$ref":"#/definitions/asanaMemberList","examples":[["alice@acme.com","team:Design"]]},"viewer":{"description":"Members who hold viewer access: emails, group:NAME, or team:NAME (a team of the same workspace, by name or gid). One missing live is a `+ EMAIL viewer` line; one holding another level is a `~ EMAIL OLD → viewer` change. A user or team in two of a place's level lists is an error.","$ref":"#/definitions/asanaMemberList","examples":[["alice@acme.com","team:Design"]]}}},"asanaMember":{"description":"An email address, group:NAME, or team:NAME.","type":"string","pattern":"^(group:[A-Za-z0-9][A-Za-z0-9_.-]*|team:\\S.{0,1023}|[^@\\s:]+@[^@\\s]+\\.[^@\\s]+)$","maxLength":1029},"asanaGrant":{"description":"A member with an end date: { user: EMAIL, group:NAME or team:NAME, until: YYYY-MM-DD }.","type":"object","additionalProperties":false,"required":["user","until"],"properties":{"user":{"$ref":"#/definitions/asanaMember"},"until":{"$ref":"#/definitions/until"}}},"asanaMemberList":{"type":"array","items":{"description":"An email, group:NAME, team:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends.","anyOf":[{"$ref":"#/definitions/asanaMember"},{"$ref":"#/definitions/asanaGrant"}]}},"gid":{"type":"string","pattern":"^[0-9]{1,19}$"},"dreadnode":{"type":"object","additionalProperties":false,"properties":{"organizations":{"description":"The Dreadnode organisations this file manages, by slug. Only the workspaces the files name are read.","type":"array","items":{"$ref":"#/definitions/dreadnodeOrganization"}}},"examples":[{"organizations":[{"org":"acme","workspaces":[{"workspace":"red-team","owner":["alice@acme.com"],"contributor":["carol@acme.com"],"reader":["erin@acme.com"]}]}]}]},"slug":{"description":"A slug as it appears in Dreadnode URLs: no slash or space, and not \".\" or \"..\".","type":"string","pattern":"^(?!\\.\\.?$)[^/\\s]+$","maxLength":200},"dreadnodeOrganization":{"type":"object","additionalProperties":false,"required":["org"],"description":"A Dreadnode organisation, by slug. It may appear in several files; each of its workspaces is declared once.","properties":{"org":{"description":"The organisation's slug, as in the platform's URLs (/org/SLUG/...). An organisation that does not exist fails the plan with a 404 from the platform.","$ref":"#/definitions/slug","examples":["acme"]},"workspaces":{"description":"Workspaces of the organisation, by slug, each declared once across all files.","type":"array","items":{"$ref":"#/definitions/dreadnodeWorkspace"}}}},"dreadnodeWorkspace":{"type":"object","additionalProperties":false,"required":["workspace"],"description":"A Dreadnode workspace, by slug, and who holds each permission on it. A user holds one permission per workspace.","properties":{"workspace":{"description":"The workspace's slug (its key), as in the platform's URLs (/org/ORG/ws/SLUG/...).","$ref":"#/definitions/slug","examples":["red-team"]},"prune":{"description":"Remove the permission of live users this workspace's lists do not name. Default false: they are left alone and counted as unmanaged. When true, or with --prune unless this says false, each becomes a `- EMAIL PERMISSION not in the file (prune)` line, within the removal guard rails; protected users and the last owner (when the file names no owner) are kept.","type":"boolean","default":false,"examples":[true]},"owner":{"description":"Users who hold the owner permission. One without access is a `+ EMAIL owner` line; one holding another permission is a `~ EMAIL OLD → owner` change. A user may be in one of owner, contributor and reader only.","$ref":"#/definitions/memberList","examples":[["alice@acme.com"]]},"contributor":{"description":"Users who hold the contributor permission. One without access is a `+ EMAIL contributor` line; one holding another permission is a `~ EMAIL OLD → contributor` change. Giving the last owner another permission without naming a new owner is an error.","$ref":"#/definitions/memberList","examples":[["group:platform"]]},"reader":{"description":"Users who hold the reader permission. One without access is a `+ EMAIL reader` line; one holding another permission is a `~ EMAIL OLD → reader` change.","$ref":"#/definitions/memberList","examples":[["erin@acme.com"]]}}}}};
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


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://gatehouse.invalid/schemas/gatehouse.schema.json" */;
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
if(!(((((((key0 === "version") || (key0 === "groups")) || (key0 === "protected")) || (key0 === "revoked")) || (key0 === "allow_unicode_emails")) || (key0 === "asana")) || (key0 === "dreadnode"))){
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
export const schemaKey = "0fccd63bb8b5bda4165d83514187229c7f1332c01613e388d3a22e83e4a8f112";
