// Write a generated organisation (org.mjs) as files Gatehouse reads:
//   seed.yaml       the live state, for the sandbox (desired-state form plus a
//                   `sandbox:` section, as examples/sandbox/acme-live.yaml);
//   desired/        the desired state: gatehouse.yaml (workspace members and
//                   workspace-level projects), teams/team-NNN.yaml, one per team,
//                   portfolios.yaml and goals.yaml.

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { KINDS, LEVELS, ME, WORKSPACE } from './org.mjs';

const list = (emails) => `[${emails.join(', ')}]`;

/**
 * A place's level lists (a project's admin, editor, commenter; `levels` for
 * another kind) for members at `levelOf`, and teams; users at no level (any
 * level) under `members:`.
 */
function levelLines(indent, users, levelOf, teams, levels = LEVELS) {
  const anyLevel = users.filter((u) => levelOf(u) === undefined);
  const lists = levels.flatMap((level) => {
    const members = [...users.filter((u) => levelOf(u) === level), ...teams.filter((g) => g.level === level).map((g) => g.member)];
    return members.length === 0 ? [] : [`${indent}${level}: ${list(members)}`];
  });
  return anyLevel.length === 0 ? lists : [`${indent}members: ${list(anyLevel)}`, ...lists];
}

/** How the file names a portfolio or goal: by gid when another user owns it (a personal access token does not list it), else by name. */
const refOf = (s) => (s.gid !== undefined ? `"${s.gid}"` : s.name);

/** The `portfolios:` and `goals:` of a workspace, each place's members at `levelOf` (live or wanted) and its teams. */
function sharedLines(indent, places, live) {
  if (places.length === 0) return [];
  const kind = places[0].kind;
  const lines = [`${indent}${kind}s:`];
  for (const s of places) {
    const users = live ? s.live : s.wanted;
    const levelOf = live ? (u) => s.liveLevels.get(u) : (u) => s.levels.get(u);
    lines.push(`${indent}  - ${kind}: ${refOf(s)}`, ...levelLines(`${indent}    `, users, levelOf, live ? s.teamsLive : s.teamsWanted, KINDS[kind].levels));
  }
  return lines;
}

/** Projects by the index of their team. */
function byTeam(projects) {
  const out = new Map();
  for (const p of projects) {
    if (!out.has(p.team)) out.set(p.team, []);
    out.get(p.team).push(p);
  }
  return out;
}

/** The live state as a sandbox seed: every team and project with its live members. */
export function seedYaml(org) {
  const lines = ['version: 1', 'asana:', '  workspaces:', `    - workspace: ${WORKSPACE.name}`];
  lines.push(`      members: ${list(org.workspace.live)}`, '      teams:');
  const projectsOf = byTeam(org.projects);
  org.teams.forEach((team, t) => {
    lines.push(`        - team: ${team.name}`, `          members: ${list(team.live)}`, '          projects:');
    for (const p of projectsOf.get(t) ?? []) {
      lines.push(`            - project: ${p.name}`, ...levelLines('              ', p.live, (u) => p.liveLevels.get(u), p.teamsLive));
    }
  });
  lines.push(...sharedLines('      ', org.portfolios, true), ...sharedLines('      ', org.goals, true));
  lines.push(
    'sandbox:',
    '  token: bench-token',
    `  me: ${ME}`,
    '  users:',
    ...org.joinersWithAccount.map((email) => `    - { email: ${email} }`),
    '  workspaces:',
    `    - workspace: ${WORKSPACE.name}`,
    `      gid: "${WORKSPACE.gid}"`,
    '      is_organization: true',
    `      email_domains: [${WORKSPACE.domain}]`,
    // Every managed portfolio and goal with its default level (and owner), so
    // the organisation, not the sandbox's guess, says what they are; then the
    // live ones the file does not name.
    '      portfolios:',
    ...org.portfolios.map((s) => `        - { name: ${s.name}${s.gid !== undefined ? `, gid: "${s.gid}", owner: ${s.owner}` : ''}, default_access_level: ${s.defaultLevel} }`),
    ...org.liveOnlyPortfolios.map((p) => `        - { name: ${p.name}${p.owner !== undefined ? `, owner: ${p.owner}` : ''} }`),
    '      goals:',
    ...org.goals.map((s) => `        - { name: ${s.name}, default_access_level: ${s.defaultLevel} }`),
    ...org.liveOnlyGoals.map((name) => `        - { name: ${name} }`),
  );
  return `${lines.join('\n')}\n`;
}

/** The desired state, one file per team plus the workspace's own file. */
export function desiredFiles(org) {
  const header = ['version: 1', 'asana:', '  workspaces:', `    - workspace: ${WORKSPACE.name}`];
  const files = new Map();
  const top = [...header, `      members: ${list(org.workspace.wanted)}`, '      projects:'];
  for (const p of org.projects) {
    if (p.managed && p.workspaceLevel) top.push(`        - project: ${p.name}`, ...levelLines('          ', p.wanted, (u) => p.levels.get(u), p.teamsWanted));
  }
  files.set('gatehouse.yaml', top);
  const projectsOf = byTeam(org.projects.filter((p) => p.managed && !p.workspaceLevel));
  org.teams.forEach((team, t) => {
    const lines = [...header, '      teams:', `        - team: ${team.name}`, `          members: ${list(team.wanted)}`];
    const projects = projectsOf.get(t) ?? [];
    if (projects.length > 0) lines.push('          projects:');
    for (const p of projects) lines.push(`            - project: ${p.name}`, ...levelLines('              ', p.wanted, (u) => p.levels.get(u), p.teamsWanted));
    files.set(`teams/team-${String(t).padStart(3, '0')}.yaml`, lines);
  });
  files.set('portfolios.yaml', [...header, ...sharedLines('      ', org.portfolios, false)]);
  files.set('goals.yaml', [...header, ...sharedLines('      ', org.goals, false)]);
  return new Map([...files].map(([name, lines]) => [name, `${lines.join('\n')}\n`]));
}

/** Write both into `dir`; returns the paths. */
export async function writeOrg(org, dir) {
  const seed = join(dir, 'seed.yaml');
  const desired = join(dir, 'desired');
  await writeFile(seed, seedYaml(org));
  await mkdir(join(desired, 'teams'), { recursive: true });
  for (const [name, text] of desiredFiles(org)) await writeFile(join(desired, name), text);
  return { seed, desired };
}
