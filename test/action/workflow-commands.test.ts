/** The text GitHub's runner parses: workflow commands, the outputs file, the inputs. */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutputs } from '../../src/action/github.js';
import { inputVariable, inputVariables, readInputs } from '../../src/action/inputs.js';
import { annotationLines, escapeData, escapeProperty, inertLine, inertText, repositoryPath, workflowCommand } from '../../src/cli/annotations.js';
import { ConfigError, ResolveError } from '../../src/model/index.js';
import { parseOutputFile } from './runner.js';

describe('workflow commands', () => {
  it('escape %, CR and LF in the message, and also : and , in properties', () => {
    expect(escapeData('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext: a, b');
    expect(escapeProperty('teams/a,b:c%.yaml\n')).toBe('teams/a%2Cb%3Ac%25.yaml%0A');
    expect(workflowCommand('error', { file: 'x,y.yaml', line: 3, col: undefined, title: 'Gatehouse' }, 'bad: "a,b"\nsecond line')).toBe(
      '::error file=x%2Cy.yaml,line=3,title=Gatehouse::bad: "a,b"%0Asecond line',
    );
    expect(workflowCommand('error', {}, 'plain')).toBe('::error::plain');
  });

  it('annotate config and resolve problems only when GITHUB_ACTIONS is true', () => {
    const config = new ConfigError([{ file: 'access/a.yaml', line: 7, col: 11, message: 'unknown key "memebers"' }]);
    expect(annotationLines(config, {})).toEqual([]);
    expect(annotationLines(config, { GITHUB_ACTIONS: 'false' })).toEqual([]);
    expect(annotationLines(config, { GITHUB_ACTIONS: 'true' })).toEqual(['::error file=access/a.yaml,line=7,col=11,title=Gatehouse::unknown key "memebers"']);
    const place = { key: 'asana/workspace:W/team:T', provider: 'asana', kind: 'team', ref: 'Platfrom', stage: 1, source: { file: 'access/t.yaml', line: 4, col: 17 } };
    const resolve = new ResolveError([{ place, message: 'team "Platfrom" not found; did you mean "Platform"?' }]);
    expect(annotationLines(resolve, { GITHUB_ACTIONS: 'true' })).toEqual([
      '::error file=access/t.yaml,line=4,col=17,title=Gatehouse::team "Platfrom" not found; did you mean "Platform"?',
    ]);
    expect(annotationLines(new Error('ASANA_TOKEN is not set'), { GITHUB_ACTIONS: 'true' })).toEqual(['::error title=Gatehouse::ASANA_TOKEN is not set']);
  });

  it('are never started by text from files or APIs printed as a plain line', () => {
    expect(inertLine('a.yaml:2:1: unknown key "x\n::warning file=a::y"')).toBe('a.yaml:2:1: unknown key "x\\u000a::warning file=a::y"');
    // The runner looks for :: after any leading whitespace, so a space in front is not enough.
    expect(inertLine('::warning file=a::x')).toBe('\\u003a\\u003awarning file=a::x');
    expect(inertLine('  \u00a0::error::x')).toBe('  \u00a0\\u003a\\u003aerror::x');
    expect(inertLine('\t::error::x')).toBe('\\u0009::error::x'); // a tab is shown, so nothing leads
    // The legacy form is read anywhere in a line.
    expect(inertLine('name: ##[warning]x')).toBe('name: #\\u0023[warning]x');
    expect(inertText('##[error]a\rb')).toBe('#\\u0023[error]a\\u000db');
    for (const text of ['::a::b', ' ::x::y', 'a\n::b::c', '\u2003::x::y', 'x ##[group]y']) {
      const line = inertLine(text);
      expect(line.split('\n')).toHaveLength(1);
      expect(line.trimStart().startsWith('::'), text).toBe(false);
      expect(line).not.toContain('##[');
    }
    expect(inertLine('plain text: 50% done')).toBe('plain text: 50% done');
  });

  it('name files from the repository root (GITHUB_WORKSPACE), not the working directory', () => {
    expect(repositoryPath('access/a.yaml', { GITHUB_WORKSPACE: '/repo' }, '/repo/infra')).toBe('infra/access/a.yaml');
    expect(repositoryPath('access/a.yaml', {}, '/repo/infra')).toBe('access/a.yaml');
    expect(repositoryPath('/elsewhere/a.yaml', { GITHUB_WORKSPACE: '/repo' }, '/repo')).toBe('/elsewhere/a.yaml');
  });
});

describe('the outputs file', () => {
  it('carries any value whole, newlines and would-be delimiters included', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'gatehouse-out-')), 'output');
    const values = { summary: 'Plan: 1 to add.', tricky: 'line one\nEOF\nghadelimiter_x\n=still value', empty: '' };
    await writeOutputs(file, values);
    await writeOutputs(file, { later: 'appended' });
    expect(parseOutputFile(await readFile(file, 'utf8'))).toEqual({ ...values, later: 'appended' });
  });

  it('is skipped when there is no outputs file (run by hand)', async () => {
    await expect(writeOutputs(undefined, { a: 'b' })).resolves.toBeUndefined();
  });
});

describe('inputs', () => {
  const defaults = {
    command: 'plan',
    path: 'access',
    failOnChanges: false,
    verbose: false,
    format: 'text',
    prune: false,
    force: false,
    allowDeprovision: false,
    rateLimits: {},
    workingDirectory: '.',
  };

  it('default to plan, with booleans as YAML writes them', () => {
    expect(readInputs({ INPUT_PATH: 'access' })).toEqual(defaults);
    expect(readInputs({ INPUT_PATH: 'access', INPUT_PRUNE: 'true', INPUT_FORCE: 'TRUE', 'INPUT_ALLOW-DEPROVISION': 'true' })).toMatchObject({ prune: true, force: true, allowDeprovision: true });
    expect(() => readInputs({ INPUT_PATH: 'access', INPUT_PRUNE: 'yes' })).toThrow('input prune must be true or false, not "yes"');
    expect(readInputs({ INPUT_PATH: 'access', 'INPUT_FAIL-ON-CHANGES': 'True', INPUT_VERBOSE: 'false' })).toMatchObject({ failOnChanges: true, verbose: false });
  });

  it('are read from the variables the runner gives a JavaScript action: INPUT_ and the name in upper case, - kept', () => {
    expect(inputVariable('expect-fingerprint')).toBe('INPUT_EXPECT-FINGERPRINT');
    expect(inputVariables['dreadnode-rate-limit']).toBe('INPUT_DREADNODE-RATE-LIMIT');
    // The names a composite action's env: used are not read.
    expect(readInputs({ INPUT_PATH: 'access', INPUT_FAIL_ON_CHANGES: 'true', INPUT_WORKING_DIRECTORY: 'infra' })).toEqual(defaults);
  });

  it('take the guard rails, the request budgets, the log format and the working directory, checking each', () => {
    expect(
      readInputs({
        INPUT_PATH: 'access',
        'INPUT_MAX-REMOVALS': '3',
        'INPUT_MAX-REMOVAL-SHARE': '50%',
        'INPUT_RATE-LIMIT': '150/min',
        'INPUT_DREADNODE-RATE-LIMIT': '2/s',
        INPUT_FORMAT: 'json',
        'INPUT_WORKING-DIRECTORY': 'infra',
      }),
    ).toEqual({ ...defaults, maxRemovals: '3', maxRemovalShare: '50%', rateLimits: { 'rate-limit': '150/min', 'dreadnode-rate-limit': '2/s' }, format: 'json', workingDirectory: 'infra' });
    expect(readInputs({ INPUT_PATH: 'access', 'INPUT_MAX-REMOVAL-SHARE': '0.1' }).maxRemovalShare).toBe('0.1');
    expect(() => readInputs({ INPUT_PATH: 'access', 'INPUT_MAX-REMOVALS': 'ten' })).toThrow('input max-removals must be a whole number (the most removals one run may make), not "ten"');
    expect(() => readInputs({ INPUT_PATH: 'access', 'INPUT_MAX-REMOVALS': '-1' })).toThrow(/input max-removals must be a whole number/);
    for (const share of ['150%', '1.5', '25 %', 'half']) {
      expect(() => readInputs({ INPUT_PATH: 'access', 'INPUT_MAX-REMOVAL-SHARE': share }), share).toThrow(`input max-removal-share must be a share of a place's members such as 25% or 0.25, not ${JSON.stringify(share)}`);
    }
    expect(() => readInputs({ INPUT_PATH: 'access', 'INPUT_RATE-LIMIT': '1500' })).toThrow('input rate-limit must be requests per minute such as 1500/min (or per second, 25/s), not "1500"');
    expect(() => readInputs({ INPUT_PATH: 'access', 'INPUT_DREADNODE-RATE-LIMIT': '0/min' })).toThrow(/^input dreadnode-rate-limit must be requests per minute such as \d+\/min/);
    expect(() => readInputs({ INPUT_PATH: 'access', INPUT_FORMAT: 'html' })).toThrow('input format must be one of text, markdown, json, not "html"');
  });

  it('refuse an apply that does not name what was reviewed: a saved plan .json, or expect-fingerprint', () => {
    const f = 'f'.repeat(64);
    expect(() => readInputs({ INPUT_COMMAND: 'apply', INPUT_PATH: 'access' })).toThrow(
      'command apply needs what was reviewed: expect-fingerprint (the reviewed plan\'s fingerprint), or as path a saved plan .json written by plan with out; "access" is neither, so nothing was applied',
    );
    expect(() => readInputs({ INPUT_COMMAND: 'apply', INPUT_PATH: 'access.yaml', 'INPUT_EXPECT-FINGERPRINT': ' ' })).toThrow(/command apply needs what was reviewed/);
    expect(readInputs({ INPUT_COMMAND: 'apply', INPUT_PATH: 'access', 'INPUT_EXPECT-FINGERPRINT': f })).toMatchObject({ command: 'apply', expectFingerprint: f });
    expect(readInputs({ INPUT_COMMAND: 'apply', INPUT_PATH: 'gatehouse-plan.json' })).toMatchObject({ command: 'apply', path: 'gatehouse-plan.json' });
  });

  it('refuse options given to the wrong command, so a typo never applies silently', () => {
    expect(() => readInputs({ INPUT_COMMAND: 'apply', INPUT_PATH: 'access', INPUT_OUT: 'p.json' })).toThrow(/input out is for command plan/);
    expect(() => readInputs({ INPUT_COMMAND: 'plan', INPUT_PATH: 'access', 'INPUT_EXPECT-FINGERPRINT': 'f' })).toThrow(/expect-fingerprint is for command apply/);
    expect(() => readInputs({})).toThrow(/input path is required/);
  });
});
