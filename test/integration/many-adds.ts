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
