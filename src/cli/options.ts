/**
 * The flags several commands share, as commander options: each provider's
 * token-file and rate-limit flags (from the registry's modules), the removal
 * guard rails, and how a plan is printed. The usage text comes from these
 * definitions; the commands read the values by flag name (`flagValues`).
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { parseSize } from '../config/limits.js';
import { isCalendarDay } from '../util/calendar-day.js';
import type { ProviderEntry } from '../providers/module.js';
import { CAUSES } from '../model/index.js';

/** The plan formats (src/render); kept here so that `--help` need not load the renderers. */
export const FORMATS = ['text', 'markdown', 'json'] as const;

/** Per provider, `--…token-file FILE` and `--…rate-limit N/min` (read by settings.ts). */
export function connectionOptions(modules: readonly ProviderEntry[]): Option[] {
  return modules.flatMap(({ title, settings: s }) => [
    new Option(`--${s.tokenFileFlag} <FILE>`, `read the ${title} token from FILE instead of ${s.tokenEnv}`),
    new Option(
      `--${s.rateLimitFlag} <N/min>`,
      `${title} requests per minute (default ${s.defaultPerMinute}${s.defaultPerMinuteNote ? `, ${s.defaultPerMinuteNote}` : ''}; also ${s.rateLimitEnv})`,
    ),
  ]);
}

/** The guard rails of removal, shared by plan and apply (removal-flags.ts reads them). */
export function removalOptions(): Option[] {
  return [
    new Option('--prune', 'remove live members the file does not list, at every place whose members it lists (a place may set prune: true or false)'),
    new Option('--max-removals <N>', 'refuse when a run removes more than N (default 10)'),
    new Option('--max-removal-share <P>', "refuse when a run removes more than P of a place's members, at places with at least 8 (default 25%)"),
    new Option('--force', 'go past those two limits'),
    new Option('--allow-deprovision', "let a removal from an Asana organisation go ahead: it deprovisions the user (their work goes to the token's owner)"),
  ];
}


/** `--today` (plan, apply, adopt): the day grants that end are judged on (plan-day.ts reads it). */
export const todayOption = (): Option =>
  new Option('--today <YYYY-MM-DD>', 'judge grants that end (until:) as on this day (default: GATEHOUSE_TODAY, else today in UTC)').argParser((value: string) => {
    if (!isCalendarDay(value)) throw new InvalidArgumentError('expected a day written YYYY-MM-DD, such as 2027-03-31');
    return value;
  });

/** `--warn-expiry DAYS` (plan, apply, who, report): grants that end within it are flagged. */
export const warnExpiryOption = (): Option =>
  new Option('--warn-expiry <DAYS>', 'flag grants that end within DAYS days (default 14)').argParser((value: string) => {
    if (!/^\d{1,4}$/.test(value)) throw new InvalidArgumentError('expected a whole number of days, such as 14');
    return Number(value);
  });

/** `--today`, `--warn-expiry` and `--only` (plan, apply): which grants have ended, and a plan of only their removals. */
export function expiryOptions(): Option[] {
  return [
    todayOption(),
    warnExpiryOption(),
    new Option('--only <CAUSE>', 'plan only removals of grants that ended (expired) or of revoked users (revoked); nothing else the files ask for').choices(CAUSES),
  ];
}

/** `--only CAUSE` as the pipeline takes it (spread into its options). */
export const onlyOf = (values: Record<string, unknown>): { only?: [(typeof CAUSES)[number]] } => {
  const cause = values['only'] as (typeof CAUSES)[number] | undefined;
  return cause === undefined ? {} : { only: [cause] };
};

export const formatOption = (): Option => new Option('--format <FORMAT>', 'how to print the plan').choices(FORMATS).default('text');
export const verboseOption = (): Option => new Option('--verbose', 'list unmanaged members by name');

/** `--max-file-size SIZE` (validate, plan, apply): the loader's limit on one file (src/config/limits.ts). */
export const maxFileSizeOption = (): Option =>
  new Option('--max-file-size <SIZE>', 'read files of up to SIZE, e.g. 32MiB (default 8MiB; a folder may hold 8 times as much in all, at least 64MiB)').argParser((value: string) => {
    const bytes = parseSize(value);
    if (bytes === undefined) throw new InvalidArgumentError('expected a size such as 32MiB, 512KiB or 10000000 (bytes)');
    return bytes;
  });

/** The `--max-file-size` value in bytes, if given. */
export const maxFileSize = (values: Record<string, unknown>): number | undefined => values['max-file-size'] as number | undefined;

export function withOptions(command: Command, options: readonly Option[]): Command {
  for (const option of options) command.addOption(option);
  return command;
}

/** A command's parsed flags by flag name (`detailed-exitcode`, `token-file`), as the commands read them. */
export function flagValues(command: Command): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const option of command.options) {
    const value = command.getOptionValue(option.attributeName()) as unknown;
    if (value !== undefined && option.long !== undefined) out[option.long.replace(/^--/, '')] = value;
  }
  return out;
}
