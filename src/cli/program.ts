/**
 * The gatehouse command line as commander definitions: each command, its
 * arguments and flags, and the help text made from them. A command's own
 * code is imported only when it runs, so `--help` and `validate` do not load
 * the HTTP client, the sandbox or export.
 */
import { Argument, Command, InvalidArgumentError, Option } from 'commander';
import { createRequire } from 'node:module';
import type { ProviderEntry } from '../providers/module.js';
import { FAULT_KEYS } from '../sandbox/faults.js';
import type { Io } from './io.js';
import { connectionOptions, expiryOptions, todayOption, warnExpiryOption, flagValues, formatOption, maxFileSize, maxFileSizeOption, removalOptions, verboseOption, withOptions } from './options.js';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

/** What a command's action gives back: its exit code. */
export type Run = (io: Io) => Promise<number>;

const row = (left: string, right: string): string => `  ${left.padEnd(28)}${right}`;

function environmentText(modules: readonly ProviderEntry[]): string {
  const settings = modules.map((m) => m.settings);
  const rows = [
    ...settings.flatMap((s) => [
      row(s.tokenEnv, s.tokenWhat),
      row(s.baseUrlEnv, s.defaultBaseUrl ? `default ${s.defaultBaseUrl}` : (s.baseUrlWhat ?? 'no default')),
    ]),
    ...settings.map((s) => row(s.rateLimitEnv, `like --${s.rateLimitFlag} (the flag wins)`)),
    ...settings.flatMap((s) => (s.moreEnv ?? []).map(({ env, what }) => row(env, what))),
    row('GATEHOUSE_TODAY', 'the day grants are judged on, YYYY-MM-DD (like --today; the flag wins)'),
    row('NO_COLOR', 'never colour the output'),
  ];
  return `\nEnvironment:\n${rows.join('\n')}\n\nExit codes: 0 success, 1 error, 2 changes present (plan --detailed-exitcode) or something to adopt (adopt --check), 130 interrupted (SIGINT), 143 stopped (SIGTERM).\n`;
}

const titlesOf = (modules: readonly ProviderEntry[]): string => {
  const names = modules.map((m) => m.title);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names.join('');
};

/**
 * The program. `ran` receives what the chosen command will do; run.ts calls
 * it after parsing, so that parsing (and its errors) stays separate from
 * running.
 */
export function buildProgram(modules: readonly ProviderEntry[], ran: (run: Run) => void): Command {
  const program = new Command('gatehouse')
    .description('Keep Asana and Dreadnode memberships in git: validate, plan and apply a desired-state file.')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [COMMAND]', 'show help for a command')
    .addHelpText('after', environmentText(modules))
    .showSuggestionAfterError(true);
  const connection = () => connectionOptions(modules);

  program
    .command('validate')
    .description('Check a file or folder of files; no network.')
    .argument('<PATH>', 'a desired-state file, or a folder of them')
    .addOption(maxFileSizeOption())
    .action((path: string, _opts: unknown, cmd: Command) =>
      ran(async (io) => (await import('./commands/validate.js')).validateCommand(path, io, maxFileSize(flagValues(cmd)))),
    );

  withOptions(
    program
      .command('plan')
      .description('Read live state and print what apply would change.')
      .argument('<PATH>', 'a desired-state file, or a folder of them')
      .addOption(formatOption())
      .option('--detailed-exitcode', 'exit 0 no changes, 2 changes, 1 error')
      .addOption(verboseOption())
      .option('--out <FILE.json>', 'also save the plan, for apply FILE.json'),
    [...removalOptions(), ...expiryOptions(), ...connection(), maxFileSizeOption()],
  )
    .addHelpText('after', environmentText(modules))
    .action((path: string, _opts: unknown, cmd: Command) => ran(async (io) => (await import('./commands/plan.js')).planCommand(path, flagValues(cmd), io)));

  withOptions(
    program
      .command('apply')
      .description(
        'Print the plan, ask, then apply it. PATH may be a saved plan (FILE.json): it is planned afresh from the files it records and applied only if the fresh plan has its fingerprint (no question asked).',
      )
      .argument('<PATH>', 'a desired-state file or folder, or a saved plan FILE.json')
      .option('--yes', 'apply without asking (required without a terminal)')
      .option('--expect-fingerprint <F>', 'apply only if the fresh plan has fingerprint F (no question asked)')
      .addOption(formatOption())
      .addOption(verboseOption()),
    [...removalOptions(), ...expiryOptions(), ...connection(), maxFileSizeOption()],
  )
    .addHelpText('after', environmentText(modules))
    .action((path: string, _opts: unknown, cmd: Command) => ran(async (io) => (await import('./commands/apply.js')).applyCommand(path, flagValues(cmd), io)));

  const repeat = (value: string, previous: unknown): string[] => [...(Array.isArray(previous) ? (previous as string[]) : []), value];
  withOptions(
    program
      .command('adopt')
      .description('Read live state as plan does, and print the edit of the files that takes in the drift (a unified patch): members added by hand, levels changed by hand.')
      .argument('<PATH>', 'a desired-state file, or a folder of them')
      .option('--write', 'edit the files in place (each atomically, and only if unchanged since read)')
      .option('--check', 'exit 2 when there is anything to adopt, 0 when there is nothing')
      .option('--include-missing', 'also take listed members who are not live out of the files')
      .addOption(new Option('--only <KIND>', 'adopt only this kind (repeatable): unmanaged, levels, missing').argParser((value: string, previous: unknown) => {
        if (!['unmanaged', 'levels', 'missing'].includes(value)) throw new InvalidArgumentError('expected unmanaged, levels or missing');
        return repeat(value, previous);
      }))
      .addOption(new Option('--place <KEY>', 'adopt only at this place key (repeatable), e.g. "asana/workspace:Acme Corp/team:Platform"').argParser(repeat))
      .addOption(new Option('--format <FORMAT>', 'a patch, or the adopted entries as JSON').choices(['patch', 'json']).default('patch')),
    [todayOption(), ...connection(), maxFileSizeOption()],
  )
    .addHelpText('after', environmentText(modules))
    .action((path: string, _opts: unknown, cmd: Command) => ran(async (io) => (await import('./commands/adopt.js')).adoptCommand(path, flagValues(cmd), io)));

  withOptions(
    program
      .command('who')
      .description("Show every place the files grant EMAIL, why (FILE:LINE, group chain), until when and whether revoked; --live also reads those places and shows unmanaged access.")
      .argument('<EMAIL>', "the user's email")
      .argument('<PATH>', 'a desired-state file, or a folder of them')
      .option('--live', 'also read the places the files name')
      .addOption(new Option('--format <FORMAT>', 'how to print it').choices(['text', 'json']).default('text'))
      .addOption(todayOption())
      .addOption(warnExpiryOption()),
    [...connection(), maxFileSizeOption()],
  ).action((email: string, path: string, _opts: unknown, cmd: Command) =>
    ran(async (io) => (await import('./commands/who.js')).whoCommand(email, path, flagValues(cmd), io)),
  );

  withOptions(
    program
      .command('report')
      .description('Write an access review of the live state of the places the files name: user × place, owners, totals.')
      .argument('<PATH>', 'a desired-state file, or a folder of them')
      .addOption(new Option('--format <FORMAT>', 'html (one self-contained page), markdown or csv').choices(['html', 'markdown', 'csv']).default('markdown'))
      .option('--out <FILE>', 'write it to FILE (whole, never partial) instead of stdout')
      .addOption(todayOption())
      .addOption(warnExpiryOption()),
    [...connection(), maxFileSizeOption()],
  ).action((path: string, _opts: unknown, cmd: Command) => ran(async (io) => (await import('./commands/report.js')).reportCommand(path, flagValues(cmd), io)));

  const exportCommand = program.command('export').description('Write the live state as a desired-state file (YAML) on stdout.');
  for (const part of modules.flatMap((m) => (m.exportFlags === undefined ? [] : [m.exportFlags]))) {
    for (const f of part.flags) {
      const option = new Option(`--${f.flag}${f.type === 'string' ? ` <${f.arg ?? 'VALUE'}>` : ''}`, f.help);
      if (f.multiple) option.argParser((value: string, previous: unknown) => [...(Array.isArray(previous) ? previous : []), value]);
      exportCommand.addOption(option);
    }
  }
  const layouts = modules.flatMap((m) => (m.exportFlags === undefined ? [] : [m.exportFlags.splitHelp]));
  withOptions(
    exportCommand
      .option('--out <PATH>', 'write a file instead (never a partial one)')
      .option('--split', `with --out: a folder the loader merges back, of ${layouts.join('; ')}`)
      .option('--schema <FILE>', 'the schema the written files refer to, for editors (default .gatehouse/schema.json; write it with gatehouse schema)'),
    connection(),
  )
    .addHelpText('after', environmentText(modules))
    .action((_opts: unknown, cmd: Command) => ran(async (io) => (await import('./commands/export.js')).exportCommand(flagValues(cmd), io)));

  program
    .command('schema')
    .description("Print the desired-state file's JSON Schema, for editors (the yaml-language-server reads it).")
    .option('--out <FILE>', 'write it to FILE instead, e.g. .gatehouse/schema.json')
    .action((_opts: unknown, cmd: Command) => ran(async (io) => (await import('./commands/schema.js')).schemaCommand(flagValues(cmd), io)));

  program
    .command('sandbox')
    .description(`Serve local APIs compatible with ${titlesOf(modules)}, seeded from FILE, on 127.0.0.1.`)
    .requiredOption('--seed <FILE>', 'a desired-state file or folder; its sandbox: section seeds what live state has besides')
    .option('--port <N>', 'the port (default 0: any free port)')
    .option(
      '--rate-limit <N/min>',
      'request budget per token, for each service apart; N/s also works (e.g. 1500/min, 25/s). Bursts of more than a second\'s worth are refused with 429 and Retry-After; refused requests count too. Default: none',
    )
    .option('--latency <MS>', 'milliseconds before every answer (default 0)')
    .option('--faults <SPEC>', 'inject faults, e.g. 429:0.1,500:0.05,reset:0.05 (keys below)')
    .addHelpText(
      'after',
      `\nFault keys:\n${FAULT_KEYS.map(([key, text]) => `  ${key.padEnd(22)}${text}`).join('\n')}\n\nAlways on: at most 50 reads and 15 writes in flight per service (429 beyond).\n`,
    )
    .action((_opts: unknown, cmd: Command) => ran(async (io) => (await import('./commands/sandbox.js')).sandboxCommand(flagValues(cmd), io)));

  program
    .command('completion')
    .description('Print a shell completion script: add `source <(gatehouse completion bash)` to ~/.bashrc, or the zsh one to ~/.zshrc.')
    .addArgument(new Argument('<SHELL>', 'bash or zsh').choices(['bash', 'zsh']))
    .action((shell: string) =>
      ran(async (io) => {
        io.stdout.write((await import('./completion.js')).completionScript(program, shell as 'bash' | 'zsh'));
        return 0;
      }),
    );

  return program;
}
