/**
 * The `dreadnode:` section: organisations (by slug) and their workspaces,
 * each with one list per permission. An organisation may appear in several
 * files; each workspace is declared once. The organisation is not a place of
 * its own (Gatehouse does not manage who is in it): it is the workspace's scope.
 */
import type { DesiredPlace, SourceLocation } from '../../model/index.js';
import { readEntries, where, type Entry, type PlaceDecl, type Problems, type ValidFile } from '../../config/section-kit.js';
import { PROVIDER } from './places.js';
import type { DreadnodeSection, DreadnodeWorkspace } from './section-types.js';

/** The permission lists of a workspace, in the order a plan states them. */
export const PERMISSIONS = ['owner', 'contributor', 'reader'] as const satisfies readonly (keyof DreadnodeWorkspace)[];

export function dreadnodePlaces(files: readonly ValidFile[], problems: Problems): PlaceDecl[] {
  const declared = new Map<string, PlaceDecl>();
  for (const file of files) {
    ((file.value[PROVIDER] as DreadnodeSection | undefined)?.organizations ?? []).forEach((org, i) => {
      (org.workspaces ?? []).forEach((ws, j) => {
        const path = ['dreadnode', 'organizations', i, 'workspaces', j];
        const at: SourceLocation = file.positions.at([...path, 'workspace']);
        const key = `${PROVIDER}/org:${org.org}/workspace:${ws.workspace}`;
        const first = declared.get(key);
        if (first !== undefined) {
          problems.add(
            at,
            `workspace "${ws.workspace}" of organisation "${org.org}" is already declared at ${where(first.place.source, at)}; declare each workspace once`,
          );
          return;
        }
        // A workspace is never left without an owner: see owner-rule.ts.
        const place: DesiredPlace = { key, provider: PROVIDER, kind: 'workspace', ref: ws.workspace, scope: org.org, stage: 0, source: at };
        if (ws.prune !== undefined) place.prune = ws.prune;
        if (PERMISSIONS.some((permission) => ws[permission] !== undefined)) place.listsMembers = true;
        // In file order, so a user given two permissions is reported at the later mention.
        const entries: Entry[] = PERMISSIONS.flatMap((permission) => {
          const list = ws[permission];
          if (list === undefined) return [];
          const listPath = [...path, permission];
          return readEntries(list, file.positions, listPath, { role: permission });
        }).sort((a, b) => a.at.line - b.at.line || a.at.col - b.at.col);
        declared.set(key, { place, entries });
      });
    });
  }
  return [...declared.values()];
}
