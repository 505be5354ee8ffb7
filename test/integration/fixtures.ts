/** Seeds and desired-state files shared by the integration tests. */

/** Live Acme before Gatehouse: grace is live but in no file; bob and frank have no account. */
export const acmeSeed = `
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
      projects:
        - project: Handbook
          members: [alice@acme.com]
sandbox:
  me: bot@acme.com
  users: [{ email: dan@acme.com, name: Dan }]
  workspaces:
    - workspace: Acme Corp
      email_domains: [acme.com]
      teams: [{ name: Design }, { name: Marketing, gid: "1300000000000001" }, { name: Marketing, gid: "1300000000000002" }]
`;

/** What Acme wants. Line numbers matter: tests check reasons. */
export const acmeDesired = `version: 1
groups:
  platform: [carol@acme.com, Dan@Acme.com]
asana:
  workspaces:
    - workspace: Acme Corp
      members: [alice@acme.com]
      teams:
        - team: Platform
          members: [alice@acme.com, group:platform]
          projects:
            - project: Roadmap
              members: [group:platform, bob@acme.com]
      projects:
        - project: Handbook
          members: [alice@acme.com, carol@acme.com]
`;

/** A file with two problems: a misspelt key (line 7) and an undefined group (line 9). */
export const badFile = `version: 1
asana:
  workspaces:
    - workspace: Acme Corp
      teams:
        - team: Platform
          memebers: [alice@acme.com]
        - team: Design
          members: [group:nobody]
`;

/**
 * A seed with `count` users who exist in Acme Corp's domain but belong
 * nowhere, and a desired file that adds each of them to the workspace and
 * its team Platform: 2 × count writes, for tests that need many requests.
 */
export function manyAdds(count: number): { users: string[]; seed: string; desired: string } {
  const users = Array.from({ length: count }, (_, i) => `u${i}@acme.com`);
  const seed = `
version: 1
asana:
  workspaces:
    - workspace: Acme Corp
      members: [alice@acme.com]
      teams:
        - team: Platform
          members: [alice@acme.com]
sandbox:
  me: bot@acme.com
  users: [${users.map((u) => `{ email: ${u}, name: ${u.split('@')[0]} }`).join(', ')}]
  workspaces:
    - workspace: Acme Corp
      email_domains: [acme.com]
`;
  const desired = `version: 1
asana:
  workspaces:
    - workspace: Acme Corp
      members: [alice@acme.com, ${users.join(', ')}]
      teams:
        - team: Platform
          members: [alice@acme.com, ${users.join(', ')}]
`;
  return { users, seed, desired };
}
