// Generators for large organisations, shared by the benchmark and the scale tests.

/**
 * A desired-state file for one workspace: `users` users listed as members,
 * 50 groups of 100 and 50 teams (each with projects / 100 projects), and
 * projects / 2 workspace-level projects of 5 members each.
 * @param {number} users
 * @param {number} projects
 * @returns {string}
 */
export function bigFile(users, projects) {
  const email = (i) => `user${i}@acme.com`;
  const lines = ['version: 1', 'groups:'];
  for (let g = 0; g < 50; g++) {
    lines.push(`  g${g}:`);
    for (let i = g * 100; i < (g + 1) * 100; i++) lines.push(`    - ${email(i % users)}`);
  }
  lines.push('asana:', '  workspaces:', '    - workspace: Acme', '      members:');
  for (let i = 0; i < users; i++) lines.push(`        - ${email(i)}`);
  lines.push('      teams:');
  for (let t = 0; t < 50; t++) {
    lines.push(`        - team: Team ${t}`, `          members: [group:g${t}, ${email((t * 37) % users)}]`, '          projects:');
    for (let p = 0; p < projects / 100; p++) {
      lines.push(`            - project: T${t} P${p}`, `              members: [group:g${(t + p) % 50}, ${email((t * 13 + p) % users)}]`);
    }
  }
  lines.push('      projects:');
  for (let p = 0; p < projects / 2; p++) {
    lines.push(`        - project: W P${p}`, `          members: [${[1, 2, 3, 4, 5].map((k) => email((p * 7 + k) % users)).join(', ')}]`);
  }
  return `${lines.join('\n')}\n`;
}
