/**
 * The usage text. Each provider's token, address and budget settings, and
 * its export flags, come from the registry's modules.
 */
import { providerModules } from '../providers/registry.js';
import type { ProviderModule } from '../providers/module.js';

const row = (left: string, right: string): string => `  ${left.padEnd(30)}${right}`;

function connectionRows(modules: readonly ProviderModule[]): string[] {
  return modules.flatMap(({ title, settings: s }) => [
    row(`--${s.tokenFileFlag} FILE`, `read the ${title} token from FILE instead of ${s.tokenEnv}`),
    row(`--${s.rateLimitFlag} N/min`, `${title} requests per minute (default ${s.defaultPerMinute}${s.defaultPerMinuteNote ? `, ${s.defaultPerMinuteNote}` : ''})`),
  ]);
}

function environmentRows(modules: readonly ProviderModule[]): string[] {
  const settings = modules.map((m) => m.settings);
  return [
    ...settings.flatMap((s) => [
      row(s.tokenEnv, s.tokenWhat),
      row(s.baseUrlEnv, s.defaultBaseUrl ? `default ${s.defaultBaseUrl}` : (s.baseUrlWhat ?? 'no default')),
    ]),
    ...settings.map((s) => row(s.rateLimitEnv, `like --${s.rateLimitFlag} (the flag wins)`)),
    row('NO_COLOR', 'never colour the output'),
  ];
}

const sub = (left: string, right: string): string => `      ${left.padEnd(30)}${right}`;

function exportRows(modules: readonly ProviderModule[]): string[] {
  const parts = modules.flatMap((m) => (m.export === undefined ? [] : [m.export]));
  return [
    ...parts.flatMap((p) => p.flags.map((f) => sub(`--${f.flag}${f.arg === undefined ? '' : ` ${f.arg}`}`, f.help))),
    sub('--out PATH', 'write a file instead (never a partial one)'),
    sub('--split', 'with --out: a folder the loader merges back, of'),
    ...parts.map((p) => sub('', `  ${p.splitHelp}`)),
  ];
}

export function usageText(modules: readonly ProviderModule[] = providerModules): string {
  const titles = modules.map((m) => m.title);
  const services = titles.length > 1 ? `${titles.slice(0, -1).join(', ')} and ${titles.at(-1)}` : (titles[0] ?? '');
  return `Usage: gatehouse <command> [options]

Commands:
  validate PATH                 Check a file or folder of files; no network.
  plan PATH                     Read live state and print what apply would change.
      --format text|markdown|json   (default text)
      --detailed-exitcode           exit 0 no changes, 2 changes, 1 error
      --verbose                     list unmanaged members by name
      --out FILE.json               also save the plan, for apply FILE.json
  apply PATH                    Print the plan, ask, then apply it.
  apply FILE.json               Plan afresh from the saved plan's files; apply only if
                                the fresh plan has its fingerprint (no question asked).
      --yes                         apply without asking (required without a terminal)
      --expect-fingerprint F        apply only if the fresh plan has fingerprint F (no question asked)
      --format text|markdown|json   how to print the plan (default text)
  export                        Write the live state as a desired-state file (YAML) on stdout.
${exportRows(modules).join('\n')}
      (and the token-file and rate-limit options below)
  sandbox --seed FILE           Serve local ${services} APIs seeded from FILE.
      --port N                      (default 0: any free port)
      --rate-limit N/min            answer 429 + Retry-After past N requests a minute per service
      --latency MS                  wait MS before every answer
      --faults SPEC                 e.g. 429:0.1,500:0.05,reset:0.05 (--help lists every key)

Options for plan and apply:
  --prune                       remove live members the file does not list, at every place
                                whose members it lists (a place may set prune: true or false)
  --max-removals N              refuse when a run removes more than N (default 10)
  --max-removal-share P         refuse when a run removes more than P of a place's members,
                                at places with at least 8 (default 25%)
  --force                       go past those two limits
  --allow-deprovision           let a removal from an Asana organisation go ahead: it
                                deprovisions the user (their work goes to the token's owner)

Options for plan, apply and export:
${connectionRows(modules).join('\n')}

Environment:
${environmentRows(modules).join('\n')}

Exit codes: 0 success, 1 error, 2 changes present (plan --detailed-exitcode).
`;
}

export const usage = usageText();
