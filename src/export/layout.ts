/**
 * Which file holds what: everything in one file, or (--split) a folder the
 * loader merges back, shaped like examples/acme:
 *
 *   asana/<workspace>/workspace.yaml     the workspace's members and its projects outside teams
 *   asana/<workspace>/teams/<team>.yaml  one team: its members and its projects
 *   dreadnode.yaml                       every Dreadnode organisation exported
 *
 * `<workspace>` and `<team>` are slugs of the names (with `--gid` added when
 * two share a slug).
 */
import { asanaSummary, organizationNode, organizationSummary, renderFile, seq, summaryLines, workspaceNode } from './document.js';
import type { Outline } from './outline.js';
import { distinctSlugs } from './refs.js';
import { compareText } from '../util/compare.js';

/** The export as one file; `schema` is the schema's path relative to where the file will be. */
export function singleFile(o: Outline, schema: string): string {
  return renderFile(
    { schema, lines: summaryLines(o) },
    {
      ...(o.asana === undefined ? {} : { asana: seq(o.asana.map((ws) => workspaceNode(ws, { members: true, teams: ws.teams, projects: true }))) }),
      ...(o.dreadnode === undefined ? {} : { dreadnode: seq(o.dreadnode.map(organizationNode)) }),
    },
  );
}

/**
 * The export as files of a folder: relative path (with `/`) → text, in path
 * order. `schemaFrom(path)` gives the schema's path relative to that file.
 */
export function splitFiles(o: Outline, schemaFrom: (path: string) => string): Map<string, string> {
  const files = new Map<string, string>();
  const add = (path: string, lines: string[], sections: Parameters<typeof renderFile>[1]): void => {
    files.set(path, renderFile({ schema: schemaFrom(path), lines }, sections));
  };
  const workspaces = o.asana ?? [];
  const wsSlugs = distinctSlugs(workspaces);
  for (const ws of workspaces) {
    const dir = `asana/${wsSlugs.get(ws.gid)}`;
    add(`${dir}/workspace.yaml`, [asanaSummary(ws), `This file: its members and its projects outside teams; each team is in teams/.`], {
      asana: seq([workspaceNode(ws, { members: true, teams: [], projects: true })]),
    });
    const teamSlugs = distinctSlugs(ws.teams);
    for (const team of ws.teams) {
      add(
        `${dir}/teams/${teamSlugs.get(team.gid)}.yaml`,
        [`Asana team ${JSON.stringify(team.name)} (${team.gid}) of workspace ${JSON.stringify(ws.name)}: its members and its projects`],
        { asana: seq([workspaceNode(ws, { members: false, teams: [team], projects: false })]) },
      );
    }
  }
  if (o.dreadnode !== undefined) {
    add('dreadnode.yaml', o.dreadnode.map(organizationSummary), { dreadnode: seq(o.dreadnode.map(organizationNode)) });
  }
  return new Map([...files].sort(([a], [b]) => compareText(a, b)));
}
