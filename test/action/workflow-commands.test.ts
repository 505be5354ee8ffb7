/** The text GitHub's runner parses: workflow commands, the outputs file, the inputs. */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutputs } from '../../src/action/github.js';
import { readInputs } from '../../src/action/inputs.js';
import { annotationLines, escapeData, escapeProperty, repositoryPath, workflowCommand } from '../../src/cli/annotations.js';
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
  it('default to plan, with booleans as YAML writes them', () => {
    expect(readInputs({ INPUT_PATH: 'access' })).toEqual({ command: 'plan', path: 'access', failOnChanges: false, verbose: false });
    expect(readInputs({ INPUT_PATH: 'access', INPUT_FAIL_ON_CHANGES: 'True', INPUT_VERBOSE: 'false' })).toMatchObject({ failOnChanges: true, verbose: false });
  });

  it('refuse options given to the wrong command, so a typo never applies silently', () => {
    expect(() => readInputs({ INPUT_COMMAND: 'apply', INPUT_PATH: 'access', INPUT_OUT: 'p.json' })).toThrow(/input out is for command plan/);
    expect(() => readInputs({ INPUT_COMMAND: 'plan', INPUT_PATH: 'access', INPUT_EXPECT_FINGERPRINT: 'f' })).toThrow(/expect-fingerprint is for command apply/);
    expect(() => readInputs({})).toThrow(/input path is required/);
  });
});
