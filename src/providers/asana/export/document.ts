/**
 * An Asana outline as the `asana:` section, in one file or split: a file per
 * workspace (its members and its projects outside teams) and one per team
 * (its members and projects), shaped like examples/acme:
 *
 *   asana/<workspace>/workspace.yaml
 *   asana/<workspace>/teams/<team>.yaml
 *
 * `<workspace>` and `<team>` are slugs of the names (with `--gid` added when
 * two share a slug).
 */
import type { YAMLMap } from 'yaml';
import type { ExportedSection, SectionFile } from '../../../export/part.js';
import { distinctSlugs } from '../../../export/refs.js';
import { count, mapOf, membersPair, pair, refScalar, seq } from '../../../export/yaml-kit.js';
import type { SharedOutline, TeamOutline, WorkspaceOutline } from './outline.js';

/** The part of a workspace a file holds: its members and own projects, its teams, or both. */
interface WorkspaceParts {
  members: boolean;
  teams: readonly TeamOutline[];
  projects: boolean;
}

export function asanaSection(workspaces: readonly WorkspaceOutline[]): ExportedSection {
  const section = (nodes: YAMLMap[]): YAMLMap => mapOf([['workspaces', seq(nodes)]]);
  const files: SectionFile[] = [];
  const wsSlugs = distinctSlugs(workspaces);
  for (const ws of workspaces) {
    const dir = `asana/${wsSlugs.get(ws.gid)}`;
    files.push({
      path: `${dir}/workspace.yaml`,
      lines: [summary(ws), 'This file: its members, its projects outside teams, its portfolios and goals; each team is in teams/.'],
      section: section([workspaceNode(ws, { members: true, teams: [], projects: true })]),
    });
    const teamSlugs = distinctSlugs(ws.teams);
    for (const team of ws.teams) {
      files.push({
        path: `${dir}/teams/${teamSlugs.get(team.gid)}.yaml`,
        lines: [`Asana team ${JSON.stringify(team.name)} (${team.gid}) of workspace ${JSON.stringify(ws.name)}: its members and its projects`],
        section: section([workspaceNode(ws, { members: false, teams: [team], projects: false })]),
      });
    }
  }
  return {
    name: 'asana',
    summary: workspaces.map(summary),
    section: section(workspaces.map((ws) => workspaceNode(ws, { members: true, teams: ws.teams, projects: true }))),
    files,
  };
}

function summary(ws: WorkspaceOutline): string {
  const projects = ws.projects.length + ws.teams.reduce((n, t) => n + t.projects.length, 0);
  const more = [count(ws.portfolios.length, 'portfolio'), count(ws.goals.length, 'goal')];
  return `Asana workspace ${JSON.stringify(ws.name)} (${ws.gid}): ${count(ws.users, 'user')}, ${count(ws.teams.length, 'team')}, ${count(projects, 'project')}, ${more.join(', ')}`;
}

function workspaceNode(ws: WorkspaceOutline, parts: WorkspaceParts): YAMLMap {
  const node = mapOf([['workspace', refScalar(ws)]]);
  if (parts.members) node.add(membersPair('members', ws.block));
  if (parts.teams.length > 0) node.add(pair('teams', seq(parts.teams.map(teamNode))));
  if (parts.projects && ws.projects.length > 0) node.add(pair('projects', seq(ws.projects.map(sharedNode('project')))));
  if (parts.projects && ws.portfolios.length > 0) node.add(pair('portfolios', seq(ws.portfolios.map(sharedNode('portfolio')))));
  if (parts.projects && ws.goals.length > 0) node.add(pair('goals', seq(ws.goals.map(sharedNode('goal')))));
  return node;
}

function teamNode(team: TeamOutline): YAMLMap {
  const node = mapOf([['team', refScalar(team)]]);
  node.add(membersPair('members', team.block));
  if (team.projects.length > 0) node.add(pair('projects', seq(team.projects.map(sharedNode('project')))));
  return node;
}

/** A project, portfolio or goal: its level lists, and `members:` for any other level; `members: []` when it has none. */
const sharedNode = (kind: string) => (place: SharedOutline): YAMLMap => {
  const node = mapOf([[kind, refScalar(place)]]);
  if (place.lists.length === 0) node.add(membersPair('members', { members: [], unwritten: [] }));
  for (const list of place.lists) node.add(membersPair(list.key, list.block));
  return node;
};
