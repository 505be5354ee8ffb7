/** The live state and the files of the who and report tests (integration and browser). */

/** Live: grace is in Acme Corp and in no file; ivy's membership is inactive; gus is outside acme.com (a guest); eve's name is hostile. */
export const reviewSeed = `
version: 1
asana:
  workspaces:
    - workspace: Acme Corp
      members: [alice@acme.com, carol@acme.com, grace@acme.com, gus@contractor.io, eve@acme.com]
      teams:
        - team: Platform
          members: [alice@acme.com, grace@acme.com]
dreadnode:
  organizations:
    - org: acme
      workspaces:
        - workspace: red-team
          owner: [alice@acme.com]
          reader: [carol@acme.com, grace@acme.com]
sandbox:
  me: bot@acme.com
  users: [{ email: eve@acme.com, name: "<img src=x onerror=alert(1)>" }]
  workspaces:
    - workspace: Acme Corp
      email_domains: [acme.com]
      inactive: [ivy@acme.com]
  dreadnode:
    organizations:
      - org: acme
        workspaces: [{ workspace: red-team, name: Red Team }]
`;

/** What Acme wants. Line numbers matter: tests check them. */
export const reviewDesired = `version: 1
groups:
  leads: [group:platform]
  platform: [carol@acme.com]
asana:
  workspaces:
    - workspace: Acme Corp
      members: [alice@acme.com, group:leads, gus@contractor.io, eve@acme.com]
      teams:
        - team: Platform
          members: [alice@acme.com]
dreadnode:
  organizations:
    - org: acme
      workspaces:
        - workspace: red-team
          owner: [alice@acme.com]
          reader: [group:leads]
`;
