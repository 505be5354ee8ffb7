// @ts-nocheck -- ajv standalone code: plain JavaScript, generated, and compared with a fresh generation by a test
/* Generated from schemas/saved-plan.schema.json and schemas/plan.schema.json by `npm run build` (scripts/precompile-validators.mjs). Do not edit by hand. */
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
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gatehouse.invalid/schemas/saved-plan.schema.json","title":"GatehouseSavedPlan","description":"What `gatehouse plan PATH --out FILE.json` writes and `gatehouse apply FILE.json` reads: the plan a person reviewed, and the files it was made from. Apply plans afresh from `config` and refuses, changing nothing, unless the fresh plan has the saved plan's fingerprint.","type":"object","additionalProperties":false,"required":["kind","version","config","plan"],"properties":{"kind":{"description":"Marks the file as a saved plan (a plan printed by --format json has no kind).","const":"gatehouse-saved-plan"},"version":{"description":"Version of this format.","const":1},"config":{"description":"The file or folder the plan was made from, relative to the working directory (with /). Never absolute and never with a .. segment: plan refuses to save a plan of files outside the working directory, and apply reads the files only inside its own working directory. Both also follow the path through symbolic links (realpath) and refuse it when it leads outside the real working directory or to nothing.","type":"string","minLength":1,"pattern":"^(?![/\\\\])(?![A-Za-z]:)(?!(?:.*[/\\\\])?\\.\\.(?:[/\\\\]|$))"},"prune":{"description":"Present when the plan was made with --prune: apply plans afresh with --prune too, so the fresh plan has the same removals.","const":true},"only":{"description":"Present when the plan was made with --only: apply plans afresh with the same --only, so the fresh plan holds the same kind of removals and nothing else.","enum":["expired","revoked"]},"plan":{"description":"The plan as reviewed (schemas/plan.schema.json).","$ref":"plan.schema.json"}}};
const func2 = runtime_ucs2length;
const pattern0 = new RegExp("^(?![/\\\\])(?![A-Za-z]:)(?!(?:.*[/\\\\])?\\.\\.(?:[/\\\\]|$))", "u");
const schema12 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gatehouse.invalid/schemas/plan.schema.json","title":"GatehousePlan","description":"What `gatehouse plan --format json` prints: the changes apply would make, and why.","type":"object","additionalProperties":false,"required":["version","fingerprint","summary","changes","places"],"properties":{"version":{"const":1},"fingerprint":{"description":"sha256 (hex) over the changes' identities (provider, action, place kind and id, user, roles). Equal for equal changes, whatever their order or reasons.","type":"string","pattern":"^[0-9a-f]{64}$"},"summary":{"type":"object","additionalProperties":false,"required":["add","change","remove","unmanaged"],"properties":{"add":{"description":"(user, place) memberships to add, implied ones included.","type":"integer","minimum":0},"change":{"description":"Role or access level changes.","type":"integer","minimum":0},"remove":{"description":"Memberships to remove.","type":"integer","minimum":0},"unmanaged":{"description":"Live memberships the file does not mention; left alone.","type":"integer","minimum":0}}},"changes":{"description":"By provider, then stage (apply order within a provider: for Asana, workspace, then teams, portfolios and goals, then projects), then place, then user.","type":"array","items":{"$ref":"#/definitions/change"}},"places":{"description":"Every place the plan looked at.","type":"array","items":{"type":"object","additionalProperties":false,"required":["place","inSync","unmanaged"],"properties":{"place":{"$ref":"#/definitions/place"},"inSync":{"description":"Desired members already live.","type":"integer","minimum":0},"unmanaged":{"type":"array","items":{"type":"string"}},"prune":{"description":"Live members the file does not list are removed here.","type":"boolean"},"kept":{"description":"Members prune would remove but keeps, and why (protected in the file, the token's own user, the last owner).","type":"array","items":{"type":"object","additionalProperties":false,"required":["user","why"],"properties":{"user":{"type":"string"},"why":{"type":"string"}}}},"inactive":{"description":"Live members the service lists as not active (Asana is_active false).","type":"array","items":{"type":"string"}},"expiring":{"description":"Desired members whose every grant here ends within the warning period (--warn-expiry, default 14 days): their last day, and the days left from the plan's today (0: today is the last day).","type":"array","items":{"type":"object","additionalProperties":false,"required":["user","until","days"],"properties":{"user":{"type":"string"},"until":{"type":"string"},"days":{"type":"integer","minimum":0}}}}}}},"cost":{"description":"What apply will send, per provider that has changes (empty when nothing changes): requests (retries aside) and the time the provider's request budget alone imposes on them. Not part of the fingerprint.","type":"array","items":{"type":"object","additionalProperties":false,"required":["provider","requests","perMinute","seconds"],"properties":{"provider":{"type":"string"},"requests":{"description":"Requests apply sends when nothing is refused or retried.","type":"integer","minimum":0},"perMinute":{"description":"The request budget (--rate-limit, --dreadnode-rate-limit), in requests per minute.","type":"number","exclusiveMinimum":0},"seconds":{"description":"requests / perMinute, in seconds: the least time apply can take at that budget.","type":"number","minimum":0},"routes":{"description":"The requests by route, when the provider chooses among routes (Asana: addMembers, POST /memberships, ...); they add up to requests.","type":"object","additionalProperties":{"type":"integer","minimum":0}}}}}},"definitions":{"place":{"type":"object","additionalProperties":false,"required":["key","provider","kind","name","id","stage"],"properties":{"key":{"description":"Stable key of the place in the file, e.g. asana/workspace:Acme Corp/team:Platform.","type":"string"},"provider":{"type":"string"},"kind":{"description":"workspace, team, project, portfolio or goal (for asana).","type":"string"},"name":{"description":"Live name.","type":"string"},"id":{"description":"Live id (Asana gid).","type":"string"},"stage":{"description":"Apply order: lower first.","type":"integer","minimum":0},"requiresKey":{"description":"Place a user must belong to before being added here.","type":"string"}}},"change":{"type":"object","additionalProperties":false,"required":["provider","action","place","user","reasons"],"properties":{"provider":{"type":"string"},"action":{"enum":["add","change","remove"]},"place":{"$ref":"#/definitions/place"},"user":{"description":"Lower-case email; gid:<id> for a live user without a visible email; or a member the provider names itself, as the file writes it (an Asana team: team:NAME).","type":"string"},"role":{"description":"The permission or access level wanted (Dreadnode: owner, contributor, reader; Asana projects: admin, editor, commenter; portfolios: admin, editor, viewer; goals: admin, editor, commenter, viewer). Absent on an add at the place's default level.","type":"string"},"fromRole":{"description":"The role held now, on a change or a removal.","type":"string"},"userId":{"description":"The service's id of the user, on a removal.","type":"string"},"cause":{"description":"Why a removal is planned without --prune: expired, the grant's until day has passed; revoked, the user is on revoked:.","enum":["expired","revoked"]},"implies":{"description":"On a removal that also takes the user out of the places under this one (leaving an Asana workspace): those places, as kind \"name\".","type":"array","items":{"type":"string"}},"marks":{"description":"What the provider says of the change, shown after the user (Asana adds: \"guest\", the user joins as a guest; \"reactivate\", an inactive member becomes active again. Asana removals: \"deprovision\", removal from an organisation).","type":"array","items":{"type":"string"}},"reasons":{"description":"FILE:LINE that asks for it, or what implies it.","type":"array","minItems":1,"items":{"type":"string"}}}}}};
const schema14 = {"type":"object","additionalProperties":false,"required":["key","provider","kind","name","id","stage"],"properties":{"key":{"description":"Stable key of the place in the file, e.g. asana/workspace:Acme Corp/team:Platform.","type":"string"},"provider":{"type":"string"},"kind":{"description":"workspace, team, project, portfolio or goal (for asana).","type":"string"},"name":{"description":"Live name.","type":"string"},"id":{"description":"Live id (Asana gid).","type":"string"},"stage":{"description":"Apply order: lower first.","type":"integer","minimum":0},"requiresKey":{"description":"Place a user must belong to before being added here.","type":"string"}}};
const pattern1 = new RegExp("^[0-9a-f]{64}$", "u");
const schema13 = {"type":"object","additionalProperties":false,"required":["provider","action","place","user","reasons"],"properties":{"provider":{"type":"string"},"action":{"enum":["add","change","remove"]},"place":{"$ref":"#/definitions/place"},"user":{"description":"Lower-case email; gid:<id> for a live user without a visible email; or a member the provider names itself, as the file writes it (an Asana team: team:NAME).","type":"string"},"role":{"description":"The permission or access level wanted (Dreadnode: owner, contributor, reader; Asana projects: admin, editor, commenter; portfolios: admin, editor, viewer; goals: admin, editor, commenter, viewer). Absent on an add at the place's default level.","type":"string"},"fromRole":{"description":"The role held now, on a change or a removal.","type":"string"},"userId":{"description":"The service's id of the user, on a removal.","type":"string"},"cause":{"description":"Why a removal is planned without --prune: expired, the grant's until day has passed; revoked, the user is on revoked:.","enum":["expired","revoked"]},"implies":{"description":"On a removal that also takes the user out of the places under this one (leaving an Asana workspace): those places, as kind \"name\".","type":"array","items":{"type":"string"}},"marks":{"description":"What the provider says of the change, shown after the user (Asana adds: \"guest\", the user joins as a guest; \"reactivate\", an inactive member becomes active again. Asana removals: \"deprovision\", removal from an organisation).","type":"array","items":{"type":"string"}},"reasons":{"description":"FILE:LINE that asks for it, or what implies it.","type":"array","minItems":1,"items":{"type":"string"}}}};
const func3 = Object.prototype.hasOwnProperty;

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.provider === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.action === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.place === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "place"},message:"must have required property '"+"place"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.user === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "user"},message:"must have required property '"+"user"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.reasons === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reasons"},message:"must have required property '"+"reasons"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(func3.call(schema13.properties, key0))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.provider !== undefined){
if(typeof data.provider !== "string"){
const err6 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.action !== undefined){
let data1 = data.action;
if(!(((data1 === "add") || (data1 === "change")) || (data1 === "remove"))){
const err7 = {instancePath:instancePath+"/action",schemaPath:"#/properties/action/enum",keyword:"enum",params:{allowedValues: schema13.properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.place !== undefined){
let data2 = data.place;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.key === undefined){
const err8 = {instancePath:instancePath+"/place",schemaPath:"#/definitions/place/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2.provider === undefined){
const err9 = {instancePath:instancePath+"/place",schemaPath:"#/definitions/place/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2.kind === undefined){
const err10 = {instancePath:instancePath+"/place",schemaPath:"#/definitions/place/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2.name === undefined){
const err11 = {instancePath:instancePath+"/place",schemaPath:"#/definitions/place/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data2.id === undefined){
const err12 = {instancePath:instancePath+"/place",schemaPath:"#/definitions/place/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2.stage === undefined){
const err13 = {instancePath:instancePath+"/place",schemaPath:"#/definitions/place/required",keyword:"required",params:{missingProperty: "stage"},message:"must have required property '"+"stage"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data2){
if(!(((((((key1 === "key") || (key1 === "provider")) || (key1 === "kind")) || (key1 === "name")) || (key1 === "id")) || (key1 === "stage")) || (key1 === "requiresKey"))){
const err14 = {instancePath:instancePath+"/place",schemaPath:"#/definitions/place/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data2.key !== undefined){
if(typeof data2.key !== "string"){
const err15 = {instancePath:instancePath+"/place/key",schemaPath:"#/definitions/place/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data2.provider !== undefined){
if(typeof data2.provider !== "string"){
const err16 = {instancePath:instancePath+"/place/provider",schemaPath:"#/definitions/place/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data2.kind !== undefined){
if(typeof data2.kind !== "string"){
const err17 = {instancePath:instancePath+"/place/kind",schemaPath:"#/definitions/place/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data2.name !== undefined){
if(typeof data2.name !== "string"){
const err18 = {instancePath:instancePath+"/place/name",schemaPath:"#/definitions/place/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data2.id !== undefined){
if(typeof data2.id !== "string"){
const err19 = {instancePath:instancePath+"/place/id",schemaPath:"#/definitions/place/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data2.stage !== undefined){
let data8 = data2.stage;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err20 = {instancePath:instancePath+"/place/stage",schemaPath:"#/definitions/place/properties/stage/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(typeof data8 == "number"){
if(data8 < 0 || isNaN(data8)){
const err21 = {instancePath:instancePath+"/place/stage",schemaPath:"#/definitions/place/properties/stage/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data2.requiresKey !== undefined){
if(typeof data2.requiresKey !== "string"){
const err22 = {instancePath:instancePath+"/place/requiresKey",schemaPath:"#/definitions/place/properties/requiresKey/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/place",schemaPath:"#/definitions/place/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.user !== undefined){
if(typeof data.user !== "string"){
const err24 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.role !== undefined){
if(typeof data.role !== "string"){
const err25 = {instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.fromRole !== undefined){
if(typeof data.fromRole !== "string"){
const err26 = {instancePath:instancePath+"/fromRole",schemaPath:"#/properties/fromRole/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.userId !== undefined){
if(typeof data.userId !== "string"){
const err27 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.cause !== undefined){
let data14 = data.cause;
if(!((data14 === "expired") || (data14 === "revoked"))){
const err28 = {instancePath:instancePath+"/cause",schemaPath:"#/properties/cause/enum",keyword:"enum",params:{allowedValues: schema13.properties.cause.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.implies !== undefined){
let data15 = data.implies;
if(Array.isArray(data15)){
const len0 = data15.length;
for(let i0=0; i0<len0; i0++){
if(typeof data15[i0] !== "string"){
const err29 = {instancePath:instancePath+"/implies/" + i0,schemaPath:"#/properties/implies/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/implies",schemaPath:"#/properties/implies/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.marks !== undefined){
let data17 = data.marks;
if(Array.isArray(data17)){
const len1 = data17.length;
for(let i1=0; i1<len1; i1++){
if(typeof data17[i1] !== "string"){
const err31 = {instancePath:instancePath+"/marks/" + i1,schemaPath:"#/properties/marks/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err32 = {instancePath:instancePath+"/marks",schemaPath:"#/properties/marks/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.reasons !== undefined){
let data19 = data.reasons;
if(Array.isArray(data19)){
if(data19.length < 1){
const err33 = {instancePath:instancePath+"/reasons",schemaPath:"#/properties/reasons/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
const len2 = data19.length;
for(let i2=0; i2<len2; i2++){
if(typeof data19[i2] !== "string"){
const err34 = {instancePath:instancePath+"/reasons/" + i2,schemaPath:"#/properties/reasons/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/reasons",schemaPath:"#/properties/reasons/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}


function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://gatehouse.invalid/schemas/plan.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.fingerprint === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fingerprint"},message:"must have required property '"+"fingerprint"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.summary === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.changes === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "changes"},message:"must have required property '"+"changes"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.places === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "places"},message:"must have required property '"+"places"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "version") || (key0 === "fingerprint")) || (key0 === "summary")) || (key0 === "changes")) || (key0 === "places")) || (key0 === "cost"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.version !== undefined){
if(1 !== data.version){
const err6 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.fingerprint !== undefined){
let data1 = data.fingerprint;
if(typeof data1 === "string"){
if(!pattern1.test(data1)){
const err7 = {instancePath:instancePath+"/fingerprint",schemaPath:"#/properties/fingerprint/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
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
const err8 = {instancePath:instancePath+"/fingerprint",schemaPath:"#/properties/fingerprint/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.summary !== undefined){
let data2 = data.summary;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.add === undefined){
const err9 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "add"},message:"must have required property '"+"add"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2.change === undefined){
const err10 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "change"},message:"must have required property '"+"change"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2.remove === undefined){
const err11 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "remove"},message:"must have required property '"+"remove"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data2.unmanaged === undefined){
const err12 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "unmanaged"},message:"must have required property '"+"unmanaged"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data2){
if(!((((key1 === "add") || (key1 === "change")) || (key1 === "remove")) || (key1 === "unmanaged"))){
const err13 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data2.add !== undefined){
let data3 = data2.add;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err14 = {instancePath:instancePath+"/summary/add",schemaPath:"#/properties/summary/properties/add/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 < 0 || isNaN(data3)){
const err15 = {instancePath:instancePath+"/summary/add",schemaPath:"#/properties/summary/properties/add/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data2.change !== undefined){
let data4 = data2.change;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err16 = {instancePath:instancePath+"/summary/change",schemaPath:"#/properties/summary/properties/change/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(typeof data4 == "number"){
if(data4 < 0 || isNaN(data4)){
const err17 = {instancePath:instancePath+"/summary/change",schemaPath:"#/properties/summary/properties/change/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data2.remove !== undefined){
let data5 = data2.remove;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err18 = {instancePath:instancePath+"/summary/remove",schemaPath:"#/properties/summary/properties/remove/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(typeof data5 == "number"){
if(data5 < 0 || isNaN(data5)){
const err19 = {instancePath:instancePath+"/summary/remove",schemaPath:"#/properties/summary/properties/remove/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
if(data2.unmanaged !== undefined){
let data6 = data2.unmanaged;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err20 = {instancePath:instancePath+"/summary/unmanaged",schemaPath:"#/properties/summary/properties/unmanaged/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(typeof data6 == "number"){
if(data6 < 0 || isNaN(data6)){
const err21 = {instancePath:instancePath+"/summary/unmanaged",schemaPath:"#/properties/summary/properties/unmanaged/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
}
else {
const err22 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.changes !== undefined){
let data7 = data.changes;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(!(validate12(data7[i0], {instancePath:instancePath+"/changes/" + i0,parentData:data7,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
}
else {
const err23 = {instancePath:instancePath+"/changes",schemaPath:"#/properties/changes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.places !== undefined){
let data9 = data.places;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.place === undefined){
const err24 = {instancePath:instancePath+"/places/" + i1,schemaPath:"#/properties/places/items/required",keyword:"required",params:{missingProperty: "place"},message:"must have required property '"+"place"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data10.inSync === undefined){
const err25 = {instancePath:instancePath+"/places/" + i1,schemaPath:"#/properties/places/items/required",keyword:"required",params:{missingProperty: "inSync"},message:"must have required property '"+"inSync"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data10.unmanaged === undefined){
const err26 = {instancePath:instancePath+"/places/" + i1,schemaPath:"#/properties/places/items/required",keyword:"required",params:{missingProperty: "unmanaged"},message:"must have required property '"+"unmanaged"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
for(const key2 in data10){
if(!(((((((key2 === "place") || (key2 === "inSync")) || (key2 === "unmanaged")) || (key2 === "prune")) || (key2 === "kept")) || (key2 === "inactive")) || (key2 === "expiring"))){
const err27 = {instancePath:instancePath+"/places/" + i1,schemaPath:"#/properties/places/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data10.place !== undefined){
let data11 = data10.place;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.key === undefined){
const err28 = {instancePath:instancePath+"/places/" + i1+"/place",schemaPath:"#/definitions/place/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data11.provider === undefined){
const err29 = {instancePath:instancePath+"/places/" + i1+"/place",schemaPath:"#/definitions/place/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data11.kind === undefined){
const err30 = {instancePath:instancePath+"/places/" + i1+"/place",schemaPath:"#/definitions/place/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data11.name === undefined){
const err31 = {instancePath:instancePath+"/places/" + i1+"/place",schemaPath:"#/definitions/place/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data11.id === undefined){
const err32 = {instancePath:instancePath+"/places/" + i1+"/place",schemaPath:"#/definitions/place/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data11.stage === undefined){
const err33 = {instancePath:instancePath+"/places/" + i1+"/place",schemaPath:"#/definitions/place/required",keyword:"required",params:{missingProperty: "stage"},message:"must have required property '"+"stage"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
for(const key3 in data11){
if(!(((((((key3 === "key") || (key3 === "provider")) || (key3 === "kind")) || (key3 === "name")) || (key3 === "id")) || (key3 === "stage")) || (key3 === "requiresKey"))){
const err34 = {instancePath:instancePath+"/places/" + i1+"/place",schemaPath:"#/definitions/place/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data11.key !== undefined){
if(typeof data11.key !== "string"){
const err35 = {instancePath:instancePath+"/places/" + i1+"/place/key",schemaPath:"#/definitions/place/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data11.provider !== undefined){
if(typeof data11.provider !== "string"){
const err36 = {instancePath:instancePath+"/places/" + i1+"/place/provider",schemaPath:"#/definitions/place/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data11.kind !== undefined){
if(typeof data11.kind !== "string"){
const err37 = {instancePath:instancePath+"/places/" + i1+"/place/kind",schemaPath:"#/definitions/place/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data11.name !== undefined){
if(typeof data11.name !== "string"){
const err38 = {instancePath:instancePath+"/places/" + i1+"/place/name",schemaPath:"#/definitions/place/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data11.id !== undefined){
if(typeof data11.id !== "string"){
const err39 = {instancePath:instancePath+"/places/" + i1+"/place/id",schemaPath:"#/definitions/place/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data11.stage !== undefined){
let data17 = data11.stage;
if(!((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17)))){
const err40 = {instancePath:instancePath+"/places/" + i1+"/place/stage",schemaPath:"#/definitions/place/properties/stage/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(typeof data17 == "number"){
if(data17 < 0 || isNaN(data17)){
const err41 = {instancePath:instancePath+"/places/" + i1+"/place/stage",schemaPath:"#/definitions/place/properties/stage/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
if(data11.requiresKey !== undefined){
if(typeof data11.requiresKey !== "string"){
const err42 = {instancePath:instancePath+"/places/" + i1+"/place/requiresKey",schemaPath:"#/definitions/place/properties/requiresKey/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err43 = {instancePath:instancePath+"/places/" + i1+"/place",schemaPath:"#/definitions/place/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data10.inSync !== undefined){
let data19 = data10.inSync;
if(!((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19)))){
const err44 = {instancePath:instancePath+"/places/" + i1+"/inSync",schemaPath:"#/properties/places/items/properties/inSync/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(typeof data19 == "number"){
if(data19 < 0 || isNaN(data19)){
const err45 = {instancePath:instancePath+"/places/" + i1+"/inSync",schemaPath:"#/properties/places/items/properties/inSync/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
if(data10.unmanaged !== undefined){
let data20 = data10.unmanaged;
if(Array.isArray(data20)){
const len2 = data20.length;
for(let i2=0; i2<len2; i2++){
if(typeof data20[i2] !== "string"){
const err46 = {instancePath:instancePath+"/places/" + i1+"/unmanaged/" + i2,schemaPath:"#/properties/places/items/properties/unmanaged/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/places/" + i1+"/unmanaged",schemaPath:"#/properties/places/items/properties/unmanaged/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data10.prune !== undefined){
if(typeof data10.prune !== "boolean"){
const err48 = {instancePath:instancePath+"/places/" + i1+"/prune",schemaPath:"#/properties/places/items/properties/prune/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data10.kept !== undefined){
let data23 = data10.kept;
if(Array.isArray(data23)){
const len3 = data23.length;
for(let i3=0; i3<len3; i3++){
let data24 = data23[i3];
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.user === undefined){
const err49 = {instancePath:instancePath+"/places/" + i1+"/kept/" + i3,schemaPath:"#/properties/places/items/properties/kept/items/required",keyword:"required",params:{missingProperty: "user"},message:"must have required property '"+"user"+"'"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data24.why === undefined){
const err50 = {instancePath:instancePath+"/places/" + i1+"/kept/" + i3,schemaPath:"#/properties/places/items/properties/kept/items/required",keyword:"required",params:{missingProperty: "why"},message:"must have required property '"+"why"+"'"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
for(const key4 in data24){
if(!((key4 === "user") || (key4 === "why"))){
const err51 = {instancePath:instancePath+"/places/" + i1+"/kept/" + i3,schemaPath:"#/properties/places/items/properties/kept/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data24.user !== undefined){
if(typeof data24.user !== "string"){
const err52 = {instancePath:instancePath+"/places/" + i1+"/kept/" + i3+"/user",schemaPath:"#/properties/places/items/properties/kept/items/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data24.why !== undefined){
if(typeof data24.why !== "string"){
const err53 = {instancePath:instancePath+"/places/" + i1+"/kept/" + i3+"/why",schemaPath:"#/properties/places/items/properties/kept/items/properties/why/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err54 = {instancePath:instancePath+"/places/" + i1+"/kept/" + i3,schemaPath:"#/properties/places/items/properties/kept/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err55 = {instancePath:instancePath+"/places/" + i1+"/kept",schemaPath:"#/properties/places/items/properties/kept/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data10.inactive !== undefined){
let data27 = data10.inactive;
if(Array.isArray(data27)){
const len4 = data27.length;
for(let i4=0; i4<len4; i4++){
if(typeof data27[i4] !== "string"){
const err56 = {instancePath:instancePath+"/places/" + i1+"/inactive/" + i4,schemaPath:"#/properties/places/items/properties/inactive/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/places/" + i1+"/inactive",schemaPath:"#/properties/places/items/properties/inactive/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data10.expiring !== undefined){
let data29 = data10.expiring;
if(Array.isArray(data29)){
const len5 = data29.length;
for(let i5=0; i5<len5; i5++){
let data30 = data29[i5];
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.user === undefined){
const err58 = {instancePath:instancePath+"/places/" + i1+"/expiring/" + i5,schemaPath:"#/properties/places/items/properties/expiring/items/required",keyword:"required",params:{missingProperty: "user"},message:"must have required property '"+"user"+"'"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data30.until === undefined){
const err59 = {instancePath:instancePath+"/places/" + i1+"/expiring/" + i5,schemaPath:"#/properties/places/items/properties/expiring/items/required",keyword:"required",params:{missingProperty: "until"},message:"must have required property '"+"until"+"'"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data30.days === undefined){
const err60 = {instancePath:instancePath+"/places/" + i1+"/expiring/" + i5,schemaPath:"#/properties/places/items/properties/expiring/items/required",keyword:"required",params:{missingProperty: "days"},message:"must have required property '"+"days"+"'"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
for(const key5 in data30){
if(!(((key5 === "user") || (key5 === "until")) || (key5 === "days"))){
const err61 = {instancePath:instancePath+"/places/" + i1+"/expiring/" + i5,schemaPath:"#/properties/places/items/properties/expiring/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data30.user !== undefined){
if(typeof data30.user !== "string"){
const err62 = {instancePath:instancePath+"/places/" + i1+"/expiring/" + i5+"/user",schemaPath:"#/properties/places/items/properties/expiring/items/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data30.until !== undefined){
if(typeof data30.until !== "string"){
const err63 = {instancePath:instancePath+"/places/" + i1+"/expiring/" + i5+"/until",schemaPath:"#/properties/places/items/properties/expiring/items/properties/until/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data30.days !== undefined){
let data33 = data30.days;
if(!((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33)))){
const err64 = {instancePath:instancePath+"/places/" + i1+"/expiring/" + i5+"/days",schemaPath:"#/properties/places/items/properties/expiring/items/properties/days/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(typeof data33 == "number"){
if(data33 < 0 || isNaN(data33)){
const err65 = {instancePath:instancePath+"/places/" + i1+"/expiring/" + i5+"/days",schemaPath:"#/properties/places/items/properties/expiring/items/properties/days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
}
else {
const err66 = {instancePath:instancePath+"/places/" + i1+"/expiring/" + i5,schemaPath:"#/properties/places/items/properties/expiring/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath:instancePath+"/places/" + i1+"/expiring",schemaPath:"#/properties/places/items/properties/expiring/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
else {
const err68 = {instancePath:instancePath+"/places/" + i1,schemaPath:"#/properties/places/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
else {
const err69 = {instancePath:instancePath+"/places",schemaPath:"#/properties/places/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data.cost !== undefined){
let data34 = data.cost;
if(Array.isArray(data34)){
const len6 = data34.length;
for(let i6=0; i6<len6; i6++){
let data35 = data34[i6];
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.provider === undefined){
const err70 = {instancePath:instancePath+"/cost/" + i6,schemaPath:"#/properties/cost/items/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data35.requests === undefined){
const err71 = {instancePath:instancePath+"/cost/" + i6,schemaPath:"#/properties/cost/items/required",keyword:"required",params:{missingProperty: "requests"},message:"must have required property '"+"requests"+"'"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data35.perMinute === undefined){
const err72 = {instancePath:instancePath+"/cost/" + i6,schemaPath:"#/properties/cost/items/required",keyword:"required",params:{missingProperty: "perMinute"},message:"must have required property '"+"perMinute"+"'"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(data35.seconds === undefined){
const err73 = {instancePath:instancePath+"/cost/" + i6,schemaPath:"#/properties/cost/items/required",keyword:"required",params:{missingProperty: "seconds"},message:"must have required property '"+"seconds"+"'"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
for(const key6 in data35){
if(!(((((key6 === "provider") || (key6 === "requests")) || (key6 === "perMinute")) || (key6 === "seconds")) || (key6 === "routes"))){
const err74 = {instancePath:instancePath+"/cost/" + i6,schemaPath:"#/properties/cost/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data35.provider !== undefined){
if(typeof data35.provider !== "string"){
const err75 = {instancePath:instancePath+"/cost/" + i6+"/provider",schemaPath:"#/properties/cost/items/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data35.requests !== undefined){
let data37 = data35.requests;
if(!((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37)))){
const err76 = {instancePath:instancePath+"/cost/" + i6+"/requests",schemaPath:"#/properties/cost/items/properties/requests/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(typeof data37 == "number"){
if(data37 < 0 || isNaN(data37)){
const err77 = {instancePath:instancePath+"/cost/" + i6+"/requests",schemaPath:"#/properties/cost/items/properties/requests/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
if(data35.perMinute !== undefined){
let data38 = data35.perMinute;
if(typeof data38 == "number"){
if(data38 <= 0 || isNaN(data38)){
const err78 = {instancePath:instancePath+"/cost/" + i6+"/perMinute",schemaPath:"#/properties/cost/items/properties/perMinute/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
else {
const err79 = {instancePath:instancePath+"/cost/" + i6+"/perMinute",schemaPath:"#/properties/cost/items/properties/perMinute/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data35.seconds !== undefined){
let data39 = data35.seconds;
if(typeof data39 == "number"){
if(data39 < 0 || isNaN(data39)){
const err80 = {instancePath:instancePath+"/cost/" + i6+"/seconds",schemaPath:"#/properties/cost/items/properties/seconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
else {
const err81 = {instancePath:instancePath+"/cost/" + i6+"/seconds",schemaPath:"#/properties/cost/items/properties/seconds/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data35.routes !== undefined){
let data40 = data35.routes;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
for(const key7 in data40){
let data41 = data40[key7];
if(!((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41)))){
const err82 = {instancePath:instancePath+"/cost/" + i6+"/routes/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/cost/items/properties/routes/additionalProperties/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if(typeof data41 == "number"){
if(data41 < 0 || isNaN(data41)){
const err83 = {instancePath:instancePath+"/cost/" + i6+"/routes/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/cost/items/properties/routes/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
}
else {
const err84 = {instancePath:instancePath+"/cost/" + i6+"/routes",schemaPath:"#/properties/cost/items/properties/routes/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err85 = {instancePath:instancePath+"/cost/" + i6,schemaPath:"#/properties/cost/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err86 = {instancePath:instancePath+"/cost",schemaPath:"#/properties/cost/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err87 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://gatehouse.invalid/schemas/saved-plan.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.version === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.config === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.plan === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "plan"},message:"must have required property '"+"plan"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "kind") || (key0 === "version")) || (key0 === "config")) || (key0 === "prune")) || (key0 === "only")) || (key0 === "plan"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.kind !== undefined){
if("gatehouse-saved-plan" !== data.kind){
const err5 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "gatehouse-saved-plan"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.version !== undefined){
if(1 !== data.version){
const err6 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.config !== undefined){
let data2 = data.config;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err7 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern0.test(data2)){
const err8 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/pattern",keyword:"pattern",params:{pattern: "^(?![/\\\\])(?![A-Za-z]:)(?!(?:.*[/\\\\])?\\.\\.(?:[/\\\\]|$))"},message:"must match pattern \""+"^(?![/\\\\])(?![A-Za-z]:)(?!(?:.*[/\\\\])?\\.\\.(?:[/\\\\]|$))"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.prune !== undefined){
if(true !== data.prune){
const err10 = {instancePath:instancePath+"/prune",schemaPath:"#/properties/prune/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.only !== undefined){
let data4 = data.only;
if(!((data4 === "expired") || (data4 === "revoked"))){
const err11 = {instancePath:instancePath+"/only",schemaPath:"#/properties/only/enum",keyword:"enum",params:{allowedValues: schema11.properties.only.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.plan !== undefined){
if(!(validate11(data.plan, {instancePath:instancePath+"/plan",parentData:data,parentDataProperty:"plan",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

/** The sha256 of the JSON text of the schema this was generated from. */
export const schemaKey = "a83614231143e55dc7baae98992fa6f9cdb47e9a765291d54e2f32ab303f413f";
