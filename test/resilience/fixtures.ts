/**
 * A live organisation and the file that changes it, on both providers: Asana
 * adds at every stage (an invitation for people with no account, project
 * batches) and Dreadnode grants and permission changes in three workspaces.
 */

/** Live before Gatehouse: bob and ivan have no account anywhere; grace is only in Asana. */
export const orgSeed = `
version: 1
asana:
  workspaces:
    - workspace: Acme Corp
      members: [alice@acme.com, carol@acme.com, grace@acme.com]
      teams:
        - team: Platform
          members: [alice@acme.com, grace@acme.com]
          projects:
            - project: Roadmap
              members: [carol@acme.com]
        - team: Design
          members: [carol@acme.com]
      projects:
        - project: Handbook
          members: [alice@acme.com]
dreadnode:
  organizations:
    - org: acme
      workspaces:
        - workspace: red-team
          owner: [alice@acme.com]
          reader: [carol@acme.com]
          contributor: [mallory@acme.com, dan@acme.com]
        - workspace: blue-team
          contributor: [erin@acme.com]
          reader: [frank@acme.com]
sandbox:
  me: bot@acme.com
  users:
    - { email: dan@acme.com, name: Dan }
    - { email: erin@acme.com, name: Erin }
    - { email: frank@acme.com, name: Frank }
    - { email: heidi@acme.com, name: Heidi }
  workspaces:
    - workspace: Acme Corp
      email_domains: [acme.com]
  dreadnode:
    token: dn-sandbox-token
    organizations:
      - org: acme
        workspaces: [{ workspace: red-team, name: Red Team }, { workspace: blue-team, name: Blue Team }, { workspace: research }]
`;

/** What the organisation wants: 25 adds and 4 permission changes against orgSeed. */
export const orgDesired = `version: 1
groups:
  platform: [carol@acme.com, dan@acme.com, erin@acme.com, bob@acme.com]
asana:
  workspaces:
    - workspace: Acme Corp
      members: [alice@acme.com, ivan@acme.com]
      teams:
        - team: Platform
          members: [alice@acme.com, group:platform]
          projects:
            - project: Roadmap
              members: [group:platform, frank@acme.com]
        - team: Design
          members: [heidi@acme.com, frank@acme.com]
      projects:
        - project: Handbook
          members: [alice@acme.com, carol@acme.com, ivan@acme.com, heidi@acme.com]
dreadnode:
  organizations:
    - org: acme
      workspaces:
        - workspace: red-team
          owner: [alice@acme.com, carol@acme.com]
          contributor: [dan@acme.com, heidi@acme.com]
          reader: [mallory@acme.com]
        - workspace: blue-team
          owner: [erin@acme.com]
          contributor: [frank@acme.com, heidi@acme.com]
        - workspace: research
          reader: [alice@acme.com, carol@acme.com, dan@acme.com, erin@acme.com]
`;

/**
 * Every Asana membership once orgDesired is applied to orgSeed: the file's,
 * those it implies (a team or project member is a workspace member), and the
 * live ones it does not mention (grace; bot, the token's user, in every team).
 */
export const orgAsanaAfter = [
  ...['alice', 'bob', 'bot', 'carol', 'dan', 'erin', 'frank', 'grace', 'heidi', 'ivan'].map((u) => `workspace Acme Corp: ${u}@acme.com`),
  ...['alice', 'bob', 'bot', 'carol', 'dan', 'erin', 'grace'].map((u) => `team Platform: ${u}@acme.com`),
  ...['bot', 'carol', 'frank', 'heidi'].map((u) => `team Design: ${u}@acme.com`),
  ...['bob', 'carol', 'dan', 'erin', 'frank'].map((u) => `project Roadmap: ${u}@acme.com`),
  ...['alice', 'carol', 'heidi', 'ivan'].map((u) => `project Handbook: ${u}@acme.com`),
].sort();

/** Every Dreadnode permission once orgDesired is applied: exactly the file's (no one else held any). */
export const orgDreadnodeAfter = [
  'acme/red-team: alice@acme.com owner',
  'acme/red-team: carol@acme.com owner',
  'acme/red-team: dan@acme.com contributor',
  'acme/red-team: heidi@acme.com contributor',
  'acme/red-team: mallory@acme.com reader',
  'acme/blue-team: erin@acme.com owner',
  'acme/blue-team: frank@acme.com contributor',
  'acme/blue-team: heidi@acme.com contributor',
  'acme/research: alice@acme.com reader',
  'acme/research: carol@acme.com reader',
  'acme/research: dan@acme.com reader',
  'acme/research: erin@acme.com reader',
].sort();

/** Dreadnode grants and permission changes orgDesired needs: 6 grants, 4 changes, each made once. */
export const orgDreadnodeWrites = 10;

/** orgSeed with two Dreadnode permissions the file does not list: zed on red-team, oscar on blue-team. */
export const orgSeedWithStrays = orgSeed
  .replace('contributor: [mallory@acme.com, dan@acme.com]', 'contributor: [mallory@acme.com, dan@acme.com, zed@acme.com]')
  .replace('reader: [frank@acme.com]', 'reader: [frank@acme.com, oscar@acme.com]');

/**
 * What `--prune` removes from orgSeedWithStrays for orgDesired: grace from the
 * workspace and Platform, carol from Design, zed and oscar from Dreadnode
 * (bot, the token's own user, is kept). Each list is orgAsanaAfter or
 * orgDreadnodeAfter without them.
 */
export const orgPruned = ['workspace Acme Corp: grace@acme.com', 'team Platform: grace@acme.com', 'team Design: carol@acme.com'];
export const orgAsanaAfterPrune = orgAsanaAfter.filter((m) => !orgPruned.includes(m));
