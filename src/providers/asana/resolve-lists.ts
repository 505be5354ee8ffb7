/**
 * The live lists resolve reads, each fetched at most once per run (the
 * in-flight promise is shared), with the place of the file it was for in
 * any failure.
 */
import type { HttpClient } from '../../http/index.js';
import { hasStatus } from '../../http/index.js';
import { listAll, listWithin, paths, PORTFOLIO_FIELDS, PROJECT_FIELDS, SHARED_FIELDS, type DataResponse, TEAM_PROJECT_FIELDS, type Named, type ProjectRecord, type SharedRecord, type WorkspaceRecord } from './api.js';
import { guarded } from '../failure.js';

/**
 * Fetch each list at most once, sharing the in-flight promise. A list that
 * fails says which place of the file it was for (`cannot list the teams of
 * workspace "Acme Corp" (123): GET …: 429 …`), not only the request.
 */
export class Lists {
  private readonly cache = new Map<string, Promise<unknown>>();
  /** How a resolved place is named in messages, by gid: `workspace "Acme Corp" (123)`. */
  readonly names = new Map<string, string>();
  constructor(readonly http: HttpClient) {}

  /** The promise `fetch` made for `key`, made on the first call only. */
  memo<T>(key: string, fetch: () => Promise<T>): Promise<T> {
    let p = this.cache.get(key) as Promise<T> | undefined;
    if (!p) {
      p = fetch();
      this.cache.set(key, p);
    }
    return p;
  }

  private once<T extends Named = Named>(key: string, what: string, path: string, query: Record<string, string> = {}, fields = 'name'): Promise<T[]> {
    return this.memo(key, () => guarded(this.http, what, () => listAll<T>(this.http, path, { ...query, opt_fields: fields })));
  }

  named = (gid: string): string => this.names.get(gid) ?? gid;

  // The organisation facts ride along on the one list (oas:65658), saving a request per workspace in read.
  workspaces = (lookingFor: string): Promise<WorkspaceRecord[]> =>
    this.once<WorkspaceRecord>('workspaces', `cannot list the Asana workspaces (looking for ${lookingFor})`, paths.workspaces(), {}, 'name,is_organization,email_domains');
  teams = (workspace: string): Promise<Named[]> =>
    this.once(`teams:${workspace}`, `cannot list the teams of ${this.named(workspace)}`, paths.workspaceTeams(workspace));
  teamProjects = (team: string): Promise<ProjectRecord[]> =>
    this.once<ProjectRecord>(`team-projects:${team}`, `cannot list the projects of ${this.named(team)}`, paths.teamProjects(team), {}, TEAM_PROJECT_FIELDS);
  /** Every project of the workspace with its team (`team` is in the opt_fields of GET /projects, oas:31649). */
  workspaceProjects = (workspace: string): Promise<ProjectRecord[]> =>
    this.once<ProjectRecord>(`projects:${workspace}`, `cannot list the projects of ${this.named(workspace)}`, paths.projects(), { workspace }, PROJECT_FIELDS);
  /** The portfolios a token may list (oas:24603: with a personal access token, only its own user's). */
  portfolios = (workspace: string): Promise<SharedRecord[]> =>
    this.once<SharedRecord>(`portfolios:${workspace}`, `cannot list the portfolios of ${this.named(workspace)}`, paths.portfolios(), { workspace }, SHARED_FIELDS);
  /** One portfolio by gid (oas:25393), for a gid the owner-only list lacks; undefined when Asana knows none (404). */
  portfolio = (gid: string): Promise<SharedRecord | undefined> =>
    this.memo(`portfolio:${gid}`, () =>
      guarded(this.http, `cannot read portfolio ${gid}`, async () => {
        try {
          return (await this.http.get<DataResponse<SharedRecord>>(paths.portfolio(gid), { opt_fields: PORTFOLIO_FIELDS })).data;
        } catch (err) {
          if (hasStatus(err, 404)) return undefined;
          throw err;
        }
      }),
    );
  goals = (workspace: string): Promise<SharedRecord[]> =>
    this.once<SharedRecord>(`goals:${workspace}`, `cannot list the goals of ${this.named(workspace)}`, paths.goals(), { workspace }, SHARED_FIELDS);
  /** The same list if it ends within `maxPages` pages, else undefined; fetched once, like the others. */
  workspaceProjectsWithin = (workspace: string, maxPages: number): Promise<ProjectRecord[] | undefined> =>
    this.memo(`projects-within:${workspace}`, () => listWithin<ProjectRecord>(this.http, paths.projects(), { workspace, opt_fields: PROJECT_FIELDS }, maxPages));
}

