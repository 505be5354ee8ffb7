/**
 * The flags of removal, shared by plan and apply (defined in options.ts):
 * `--prune` (every place the file manages), the guard rails' limits and
 * `--force`, which lets a plan past them.
 */
import { DEFAULT_REMOVAL_LIMITS, removalBreaches, type RemovalLimits } from '../plan/index.js';
import { DEPROVISION, type Plan } from '../model/index.js';
import { UsageError } from './errors.js';

export interface RemovalSettings {
  prune: boolean;
  limits: RemovalLimits;
  force: boolean;
  /** Removals that deprovision a user from an organisation may go ahead. */
  allowDeprovision: boolean;
}

function count(value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-removals must be a whole number, got ${JSON.stringify(value)}`);
  return Number(value);
}

/** `25%` or `0.25`. */
function share(value: string): number {
  const percent = /^(\d+(?:\.\d+)?)%$/.exec(value);
  const n = percent ? Number(percent[1]) / 100 : /^\d+(?:\.\d+)?$/.test(value) ? Number(value) : NaN;
  if (!(n >= 0 && n <= 1)) throw new UsageError(`--max-removal-share must be a share such as 25% or 0.25, got ${JSON.stringify(value)}`);
  return n;
}

/** The flags as program.ts defines them (options.ts `removalOptions`), by name. */
export function removalSettings(values: Readonly<Record<string, unknown>>): RemovalSettings {
  const limits: RemovalLimits = { ...DEFAULT_REMOVAL_LIMITS };
  const most = values['max-removals'];
  const part = values['max-removal-share'];
  if (typeof most === 'string') limits.maxRemovals = count(most);
  if (typeof part === 'string') limits.maxShare = share(part);
  return { prune: values['prune'] === true, limits, force: values['force'] === true, allowDeprovision: values['allow-deprovision'] === true };
}

/**
 * The lines refusing the plan's removals, or none when they are within the
 * limits or forced, and every deprovision is allowed (--force does not allow
 * one: it is a different consent; a revocation is its own).
 */
export function guardRailRefusal(plan: Plan, settings: RemovalSettings, headline: string): string[] {
  // `revoked:` is the file's own consent to take the user out of the organisation.
  const deprovisions = settings.allowDeprovision ? [] : plan.changes.filter((c) => c.action === 'remove' && c.cause !== 'revoked' && c.marks?.includes(DEPROVISION));
  if (deprovisions.length > 0) {
    return [
      `gatehouse: ${headline}: ${deprovisions.length} removal${deprovisions.length === 1 ? '' : 's'} would deprovision a user from an organisation (their work is handed to the token's owner):`,
      ...deprovisions.map((c) => `  ${c.provider} ${c.place.kind} ${JSON.stringify(c.place.name)} (${c.place.id}): ${c.user}`),
      deprovisions.some((c) => c.cause === 'expired')
        ? 'Nothing was changed. If these users are meant to leave the organisation, pass --allow-deprovision as well; to keep them, give their grants a later until:.'
        : 'Nothing was changed. If these users are meant to leave the organisation, pass --allow-deprovision as well; to keep them, list them or set prune: false on the workspace.',
    ];
  }
  if (settings.force) return [];
  const breaches = removalBreaches(plan, settings.limits);
  if (breaches.length === 0) return [];
  return [
    `gatehouse: ${headline}: the removals exceed the guard rails:`,
    ...breaches.map((b) => `  ${b}`),
    'Nothing was changed. Check the removals above; if they are meant, pass --force (or raise --max-removals / --max-removal-share).',
  ];
}
