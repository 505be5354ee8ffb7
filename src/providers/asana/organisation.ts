/**
 * An organisation's email domains: who added to it joins as a full member
 * (an email in one of them) and who as a guest (any other). Taken from the
 * workspace record resolve listed (GET /workspaces asks for is_organization
 * and email_domains), or, when this provider did not resolve the workspace,
 * from GET /workspaces/{gid} (oas:65827): one request.
 */
import type { HttpClient } from '../../http/index.js';
import { describeShape, ProviderFailure } from '../failure.js';
import { paths, type DataResponse, type WorkspaceRecord } from './api.js';

/**
 * Lower-case, sorted domains of an organisation; undefined for a workspace
 * that is not one (no guests there). An organisation whose answer has no
 * domain list fails: read as "no domains", every add would be planned as a
 * guest (and `allow_guests: false` would refuse them all); read as "not an
 * organisation", guests would go unnoticed.
 */
export async function memberDomains(http: HttpClient, workspace: string, listed: WorkspaceRecord | undefined): Promise<string[] | undefined> {
  const record = typeof listed?.is_organization === 'boolean' ? listed : await fetchWorkspace(http, workspace);
  if (record.is_organization !== true) return undefined;
  const domains = record.email_domains;
  if (!Array.isArray(domains) || domains.some((d) => typeof d !== 'string')) {
    throw new ProviderFailure(`workspace ${workspace} is an organisation but its answer has no email_domains list (got ${domains === undefined ? 'none' : describeShape(domains)})`);
  }
  return [...new Set(domains.map((d) => d.trim().toLowerCase()).filter((d) => d !== ''))].sort();
}

async function fetchWorkspace(http: HttpClient, workspace: string): Promise<WorkspaceRecord> {
  const path = paths.workspace(workspace);
  const res = await http.get<DataResponse<WorkspaceRecord> | undefined>(path, { opt_fields: 'is_organization,email_domains' });
  const record = res?.data;
  if (record === null || typeof record !== 'object' || typeof record.is_organization !== 'boolean') {
    throw new ProviderFailure(`GET ${path}: expected a workspace record with is_organization, got ${describeShape(record)}`);
  }
  return record;
}
