/**
 * The outline as YAML, built with the `yaml` package's Document API so that
 * quoting is always right and comments sit where they belong: a header naming
 * the schema and what was exported (no date: the same live state gives the
 * same bytes), the name after a place written by gid, `# guest` /
 * `# inactive` after a member, and the members that cannot be written in a
 * comment above the list.
 */
import { Document, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { MemberBlock, MemberLine, Outline, ProjectOutline, TeamOutline, WorkspaceOutline, DreadnodeWorkspaceOutline, OrganizationOutline } from './outline.js';
import { ROLES } from './outline.js';
import { shown } from './refs.js';

/** In the header of every file export writes; a file that has it may be overwritten by the next export. */
export const EXPORT_MARKER = 'Written by `gatehouse export`';

export interface Header {
  /** The schema's path relative to the file (the `$schema` of the yaml-language-server line). */
  schema: string;
  /** What this file holds, one line each, after the marker line. */
  lines: string[];
}

/** `version: 1` and the given sections, with the header as the document's first comment. */
export function renderFile(header: Header, sections: { asana?: YAMLSeq; dreadnode?: YAMLSeq }): string {
  const doc = new Document();
  doc.commentBefore = [` yaml-language-server: $schema=${header.schema}`, '', ` ${EXPORT_MARKER} from the live state of:`, ...header.lines.map((l) => `   ${shown(l)}`)].join('\n');
  const root = new YAMLMap();
  root.add(pair('version', new Scalar(1)));
  if (sections.asana !== undefined) root.add(pair('asana', map([['workspaces', sections.asana]])));
  if (sections.dreadnode !== undefined) root.add(pair('dreadnode', map([['organizations', sections.dreadnode]])));
  doc.contents = root;
  return doc.toString({ lineWidth: 0 });
}

/** What the single-file export holds: one line per workspace and organisation. */
export function summaryLines(o: Outline): string[] {
  const lines = (o.asana ?? []).map((ws) => asanaSummary(ws));
  for (const org of o.dreadnode ?? []) lines.push(organizationSummary(org));
  if (lines.length === 0) lines.push('nothing: no Asana workspace or Dreadnode organisation was chosen');
  return lines;
}

export function asanaSummary(ws: WorkspaceOutline): string {
  const projects = ws.projects.length + ws.teams.reduce((n, t) => n + t.projects.length, 0);
  return `Asana workspace ${JSON.stringify(ws.name)} (${ws.gid}): ${count(ws.users, 'user')}, ${count(ws.teams.length, 'team')}, ${count(projects, 'project')}`;
}

export function organizationSummary(org: OrganizationOutline): string {
  return `Dreadnode organisation ${org.slug}: ${count(org.workspaces.length + org.unwritten.length, 'workspace')}`;
}

const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;

/** The part of a workspace an Asana file holds: its members and own projects, its teams, or both. */
export interface WorkspaceParts {
  members: boolean;
  teams: readonly TeamOutline[];
  projects: boolean;
}

export function workspaceNode(ws: WorkspaceOutline, parts: WorkspaceParts): YAMLMap {
  const node = new YAMLMap();
  node.add(pair('workspace', refScalar(ws)));
  if (parts.members) node.add(membersPair('members', ws.block));
  if (parts.teams.length > 0) node.add(pair('teams', seq(parts.teams.map(teamNode))));
  if (parts.projects && ws.projects.length > 0) node.add(pair('projects', seq(ws.projects.map(projectNode))));
  return node;
}

function teamNode(team: TeamOutline): YAMLMap {
  const node = new YAMLMap();
  node.add(pair('team', refScalar(team)));
  node.add(membersPair('members', team.block));
  if (team.projects.length > 0) node.add(pair('projects', seq(team.projects.map(projectNode))));
  return node;
}

function projectNode(project: ProjectOutline): YAMLMap {
  const node = new YAMLMap();
  node.add(pair('project', refScalar(project)));
  node.add(membersPair('members', project.block));
  return node;
}

export function organizationNode(org: OrganizationOutline): YAMLMap {
  const node = new YAMLMap();
  node.add(pair('org', new Scalar(org.slug)));
  if (org.workspaces.length > 0) node.add(pair('workspaces', seq(org.workspaces.map(dreadnodeWorkspaceNode))));
  if (org.unwritten.length > 0) noteAfterFirstKey(node, notWritten('workspaces', org.unwritten));
  return node;
}

function dreadnodeWorkspaceNode(ws: DreadnodeWorkspaceOutline): YAMLMap {
  const node = new YAMLMap();
  const slug = new Scalar(ws.slug);
  if (ws.name !== undefined) slug.comment = ` ${shown(ws.name)}`;
  node.add(pair('workspace', slug));
  for (const role of ROLES) {
    if (ws.roles[role].length > 0) node.add(pair(role, memberSeq(ws.roles[role])));
  }
  if (ws.unwritten.length > 0) noteAfterFirstKey(node, notWritten('users', ws.unwritten));
  return node;
}

/** A comment on the lines after a map's first entry: above its second key, or after the map when it has one entry. */
function noteAfterFirstKey(node: YAMLMap, note: string): void {
  const second = node.items[1];
  if (second !== undefined) (second.key as Scalar).commentBefore = note;
  else node.comment = note;
}

/** A place's ref, with the reason for a gid as a comment after it. */
function refScalar(ref: { ref: string; note?: string }): Scalar {
  const s = new Scalar(ref.ref);
  if (ref.note !== undefined) s.comment = ` ${ref.note}`;
  return s;
}

function membersPair(key: string, block: MemberBlock): Pair {
  const list = memberSeq(block.members);
  const p = pair(key, list);
  if (block.unwritten.length > 0) {
    const note = notWritten('members', block.unwritten);
    // Above the first item of a list; on the key of an empty one.
    if (list.items.length > 0) list.commentBefore = note;
    else (p.key as Scalar).commentBefore = note;
  }
  return p;
}

function memberSeq(members: readonly MemberLine[]): YAMLSeq {
  const list = new YAMLSeq();
  for (const m of members) {
    const s = new Scalar(m.email);
    if (m.notes.length > 0) s.comment = ` ${m.notes.join(', ')}`;
    list.items.push(s);
  }
  if (list.items.length === 0) list.flow = true;
  return list;
}

/** A comment listing live users (or workspaces) that the file cannot name, one per line. */
function notWritten(what: string, items: readonly string[]): string {
  return [` Live ${what} not written (the file cannot name them): ${items.length}`, ...items.map((i) => `   ${i}`)].join('\n');
}

export function seq(items: readonly YAMLMap[]): YAMLSeq {
  const s = new YAMLSeq();
  s.items.push(...items);
  return s;
}

function map(entries: [string, YAMLSeq][]): YAMLMap {
  const m = new YAMLMap();
  for (const [k, v] of entries) m.add(pair(k, v));
  return m;
}

function pair(key: string, value: unknown): Pair {
  return new Pair(new Scalar(key), value);
}
