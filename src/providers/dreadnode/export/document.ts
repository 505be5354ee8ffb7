/** A Dreadnode outline as the `dreadnode:` section: one file, `dreadnode.yaml`, in a split export too. */
import { Scalar, type YAMLMap } from 'yaml';
import type { ExportedSection } from '../../../export/part.js';
import { shown } from '../../../export/refs.js';
import { count, mapOf, memberSeq, noteAfterFirstKey, notWritten, pair, seq } from '../../../export/yaml-kit.js';
import { ROLES, type OrganizationOutline, type WorkspaceOutline } from './outline.js';

import { SPLIT_FILE } from '../entry.js';

export { SPLIT_FILE };

export function dreadnodeSection(orgs: readonly OrganizationOutline[]): ExportedSection {
  const section = mapOf([['organizations', seq(orgs.map(organizationNode))]]);
  const summary = orgs.map((org) => `Dreadnode organisation ${org.slug}: ${count(org.workspaces.length + org.unwritten.length, 'workspace')}`);
  return { name: 'dreadnode', summary, section, files: [{ path: SPLIT_FILE, lines: summary, section }] };
}

function organizationNode(org: OrganizationOutline): YAMLMap {
  const node = mapOf([['org', new Scalar(org.slug)]]);
  if (org.workspaces.length > 0) node.add(pair('workspaces', seq(org.workspaces.map(workspaceNode))));
  if (org.unwritten.length > 0) noteAfterFirstKey(node, notWritten('workspaces', org.unwritten));
  return node;
}

function workspaceNode(ws: WorkspaceOutline): YAMLMap {
  const slug = new Scalar(ws.slug);
  if (ws.name !== undefined) slug.comment = ` ${shown(ws.name)}`;
  const node = mapOf([['workspace', slug]]);
  for (const role of ROLES) {
    if (ws.roles[role].length > 0) node.add(pair(role, memberSeq(ws.roles[role])));
  }
  if (ws.unwritten.length > 0) noteAfterFirstKey(node, notWritten('users', ws.unwritten));
  return node;
}
