/**
 * The command line's conventions, through the built command as a user types
 * it: --version, help for every command, one short line for a mistake (with
 * "did you mean" and where the help is), shell completion made from the
 * definitions, and the schema command.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../integration/harness.js';

const cli = join(root, 'dist/cli/main.js');
const run = (args: string[], cwd = root) => {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const COMMANDS = ['validate', 'plan', 'apply', 'export', 'schema', 'sandbox', 'completion'];
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

describe('version and help', () => {
  it('--version and -V print the package version', () => {
    for (const flag of ['--version', '-V']) expect(run([flag])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it.each(COMMANDS)('%s --help, -h and help %s print that command\'s own usage and exit 0', (command) => {
    const long = run([command, '--help']);
    expect(long.code).toBe(0);
    expect(long.stdout).toMatch(new RegExp(`^Usage: gatehouse ${command} `));
    expect(long.stderr).toBe('');
    expect(run([command, '-h']).stdout).toBe(long.stdout);
    expect(run(['help', command]).stdout).toBe(long.stdout);
  });

  it('the usage comes from the definitions: every flag a command takes is in its help', () => {
    const plan = run(['plan', '--help']).stdout;
    for (const flag of ['--format <FORMAT>', '--detailed-exitcode', '--verbose', '--out <FILE.json>', '--prune', '--max-removals <N>', '--max-removal-share <P>', '--force', '--allow-deprovision', '--token-file <FILE>', '--rate-limit <N/min>', '--dreadnode-token-file <FILE>', '--dreadnode-rate-limit <N/min>']) {
      expect(plan).toContain(flag);
    }
    expect(plan).toContain('ASANA_TOKEN');
    expect(run(['export', '--help']).stdout).toContain('--asana-workspace <NAME>');
  });

  it("the environment in the help includes a provider's own variables (DREADNODE_AUTH)", () => {
    expect(run(['--help']).stdout).toMatch(/^ +DREADNODE_AUTH +how the token is sent: bearer .* or x-api-key/m);
  });

  it('a reader that stops early (| head) is no error: exit 0, nothing on stderr', () => {
    const r = spawnSync('bash', ['-o', 'pipefail', '-c', `"${process.execPath}" "${cli}" plan --help | head -1`], { encoding: 'utf8' });
    expect(r.stdout).toBe('Usage: gatehouse plan [options] <PATH>\n');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('with no command: the usage on stderr, exit 1', () => {
    const bare = run([]);
    expect(bare.code).toBe(1);
    expect(bare.stderr).toMatch(/^Usage: gatehouse /);
  });
});

describe('mistakes get one short line', () => {
  it.each([
    [['plan', '--detailed-exit-code', 'x.yaml'], "gatehouse plan: unknown option '--detailed-exit-code' (did you mean --detailed-exitcode?); see 'gatehouse plan --help'"],
    [['paln', 'x.yaml'], "gatehouse: unknown command 'paln' (did you mean plan?); see 'gatehouse --help'"],
    [['plan'], "gatehouse plan: missing required argument 'PATH'; see 'gatehouse plan --help'"],
    [['plan', '--format', 'jsn', 'x.yaml'], "gatehouse plan: option '--format <FORMAT>' argument 'jsn' is invalid. Allowed choices are text, markdown, json; see 'gatehouse plan --help'"],
    [['sandbox'], "gatehouse sandbox: required option '--seed <FILE>' not specified; see 'gatehouse sandbox --help'"],
    [['apply', '--max-removals', 'many', 'x.yaml'], 'gatehouse: --max-removals must be a whole number, got "many"; see \'gatehouse apply --help\''],
  ])('%j', (args, line) => {
    expect(run(args)).toEqual({ code: 1, stdout: '', stderr: `${line}\n` });
  });
});

describe('shell completion', () => {
  it('bash: a script bash accepts, with every command and each command\'s flags and choices', () => {
    const { code, stdout } = run(['completion', 'bash']);
    expect(code).toBe(0);
    expect(spawnSync('bash', ['-n'], { input: stdout }).status).toBe(0);
    for (const command of COMMANDS) expect(stdout).toMatch(new RegExp(`^ {4}${command}\\)$`, 'm'));
    expect(stdout).toContain('--detailed-exitcode');
    expect(stdout).toMatch(/--format\) COMPREPLY=\( \$\(compgen -W "text markdown json"/);
    // Sourced into bash, it completes `gatehouse pl` to plan and `gatehouse plan --det` to the flag.
    const complete = (...words: string[]) =>
      spawnSync('bash', ['-c', `${stdout}\nCOMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _gatehouse_completion; echo "\${COMPREPLY[*]}"`], { encoding: 'utf8' }).stdout.trim();
    expect(complete('gatehouse', 'pl')).toBe('plan');
    expect(complete('gatehouse', 'plan', '--det')).toBe('--detailed-exitcode');
    expect(complete('gatehouse', 'plan', '--format', 'ma')).toBe('markdown');
  });

  it('zsh: a compdef script with every command', () => {
    const { code, stdout } = run(['completion', 'zsh']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^#compdef gatehouse$/m);
    for (const command of COMMANDS) expect(stdout).toContain(`'${command}:`);
    expect(stdout).toContain("'--format[how to print the plan]:value:(text markdown json)'");
  });
});

describe('gatehouse schema', () => {
  it('prints the schema the loader validates with (the one in schemas/), and --out writes it, folders made', async () => {
    const shipped = await readFile(join(root, 'schemas/gatehouse.schema.json'), 'utf8');
    expect(run(['schema']).stdout).toBe(shipped);
    const dir = await mkdtemp(join(tmpdir(), 'gatehouse-schema-'));
    const written = run(['schema', '--out', '.gatehouse/schema.json'], dir);
    expect(written.code).toBe(0);
    expect(written.stderr).toContain('wrote .gatehouse/schema.json');
    expect(await readFile(join(dir, '.gatehouse/schema.json'), 'utf8')).toBe(shipped);
  });
});
