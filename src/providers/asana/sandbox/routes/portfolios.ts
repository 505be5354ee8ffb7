/**
 * Portfolios: GET /portfolios (oas:24603), GET /portfolios/{gid} (oas:25393)
 * and addMembers / removeMembers (oas:27353, 27733).
 */
import type { AsanaRoute } from './common.js';
import { badRequest } from '../errors.js';
import { portfolioRecord } from '../records.js';
import { byServiceAccount, findUser, list, meOf, one, parseUserId, portfolioParam, queryGid, workspaceAt } from './common.js';
import { addUsers, removeUsers } from './members.js';
import { PORTFOLIO, PORTFOLIO_FULL } from './specs.js';

export const portfolioRoutes: AsanaRoute[] = [
  {
    // oas:24603: `workspace` is required. A personal access token lists only
    // the portfolios its own user owns; the service account's lists every
    // portfolio of the workspace, or those of `owner` when given.
    // Guess: with a personal access token, `owner` naming anyone but the
    // caller lists nothing (the OAS says only the caller's own come back; it
    // does not say the request is refused). `owner` takes "me", an email or
    // a gid, like the other user parameters; an unknown gid is a 404.
    method: 'GET',
    pattern: '/portfolios',
    handle(ctx) {
      const wsGid = queryGid(ctx, 'workspace');
      if (wsGid === undefined) throw badRequest('workspace: Missing input; GET /portfolios needs ?workspace=GID');
      const ws = workspaceAt(ctx, wsGid);
      const rawOwner = ctx.query.get('owner');
      const owner = rawOwner === null ? undefined : (findUser(ctx, parseUserId(rawOwner, 'owner'), 'owner')?.gid ?? null);
      const me = meOf(ctx).gid;
      const portfolios = [...ctx.world.portfolios.values()].filter(
        (p) =>
          p.workspaceGid === ws.gid &&
          (owner === undefined || p.ownerGid === owner) &&
          (byServiceAccount(ctx) || p.ownerGid === me),
      );
      return list(ctx, portfolios, (p) => portfolioRecord(ctx.world, p), PORTFOLIO);
    },
  },
  {
    // oas:25393: PortfolioResponse, the complete record, whoever owns it.
    method: 'GET',
    pattern: '/portfolios/{portfolio_gid}',
    handle(ctx) {
      return one(ctx, portfolioRecord(ctx.world, portfolioParam(ctx)), PORTFOLIO_FULL);
    },
  },
  {
    // oas:27353: answers the portfolio; members join at its default_access_level (see addUsers for the refusals).
    method: 'POST',
    pattern: '/portfolios/{portfolio_gid}/addMembers',
    handle(ctx) {
      const portfolio = portfolioParam(ctx);
      addUsers(ctx, portfolio);
      return one(ctx, portfolioRecord(ctx.world, portfolio), PORTFOLIO_FULL);
    },
  },
  {
    // oas:27733: answers the portfolio; removing a non-member changes nothing.
    method: 'POST',
    pattern: '/portfolios/{portfolio_gid}/removeMembers',
    handle(ctx) {
      const portfolio = portfolioParam(ctx);
      removeUsers(ctx, portfolio);
      return one(ctx, portfolioRecord(ctx.world, portfolio), PORTFOLIO_FULL);
    },
  },
];
