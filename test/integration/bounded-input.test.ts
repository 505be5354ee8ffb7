/**
 * Hostile inputs to the built CLI: a file too large, a FIFO, a device, deep
 * nesting. Each is refused with exit code 1 at its FILE:LINE:COL, promptly,
 * before any request; and a file name holding a bidi control or U+2028 is
 * printed escaped, in the plain line and in the ::error annotation.
 */
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acmeDesired, acmeSeed } from './fixtures.js';
import { gatehouse, sandbox, workdir, type Sandbox } from './harness.js';

let box: Sandbox;
beforeAll(async () => {
  box = await sandbox(acmeSeed);
});
afterAll(async () => {
  await box.close();
});

const RAW = /[\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('refused inputs', () => {
  it('a file over 8 MiB: exit 1 at FILE:1:1 with its size and the limit, no request; --max-file-size lets it through', async () => {
    const cwd = await workdir({});
    // A valid file, padded with a comment past 8 MiB.
    await writeFile(join(cwd, 'big.yaml'), `${acmeDesired}# ${'x'.repeat(8 * 2 ** 20)}\n`);
    const before = box.requests();
    for (const command of ['validate', 'plan', 'apply']) {
      const result = await gatehouse([command, 'big.yaml', '--yes'].slice(0, command === 'apply' ? 3 : 2), box.env, { cwd });
      expect(result.code, command).toBe(1);
      expect(result.stderr).toMatch(/^big\.yaml:1:1: file is 8\.\d MiB \(\d+ bytes\), over the 8 MiB limit on one file: not read \(--max-file-size SIZE raises the limit\)$/m);
    }
    expect(box.requests() - before).toBe(0);
    const raised = await gatehouse(['validate', 'big.yaml', '--max-file-size', '9MiB'], {}, { cwd });
    expect(raised.stderr).toBe('');
    expect(raised.code).toBe(0);
    const planned = await gatehouse(['plan', 'big.yaml', '--max-file-size', '9MiB'], box.env, { cwd });
    expect(planned.code).toBe(0);
    expect(planned.stdout).toMatch(/^Plan: /m);
  });

  it('a FIFO, /dev/zero and /dev/urandom: exit 1 at once, named, no request', async () => {
    const cwd = await workdir({});
    execFileSync('mkfifo', [join(cwd, 'pipe.yaml')]);
    const before = box.requests();
    for (const [path, kind] of [
      ['pipe.yaml', 'a FIFO \\(named pipe\\)'],
      ['/dev/zero', 'a character device'],
      ['/dev/urandom', 'a character device'],
    ] as const) {
      for (const command of ['validate', 'plan']) {
        const started = Date.now();
        const result = await gatehouse([command, path], box.env, { cwd });
        expect(result.code, `${command} ${path}`).toBe(1);
        expect(result.stderr).toMatch(new RegExp(`^${path.replace(/\./g, '\\.')}:1:1: is ${kind}, not a regular file: only regular files are read$`, 'm'));
        expect(Date.now() - started).toBeLessThan(10_000);
      }
    }
    expect(box.requests() - before).toBe(0);
  });

  it('20,000 nested brackets: a YAML structure error at the line and column where they start, no request', async () => {
    const cwd = await workdir({ 'deep.yaml': `version: 1\ngroups:\n  deep: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n` });
    const before = box.requests();
    for (const command of ['validate', 'plan']) {
      const result = await gatehouse([command, 'deep.yaml'], { ...box.env, GITHUB_ACTIONS: 'true' }, { cwd });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^deep\.yaml:3:9: YAML structure error: lists and mappings nest more than 500 deep in what starts here/m);
      expect(result.stderr).toMatch(/^::error file=deep\.yaml,line=3,col=9,title=Gatehouse::YAML structure error/m);
      expect(result.stderr).not.toMatch(/call stack/);
    }
    expect(box.requests() - before).toBe(0);
  });

  it('a bad --max-file-size is a usage error', async () => {
    const result = await gatehouse(['validate', 'x.yaml', '--max-file-size', 'lots']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/--max-file-size.*expected a size such as 32MiB/);
  });
});

describe('file names with bidi controls and line separators', () => {
  for (const [name, shown] of [
    ['team\u202egnp.yaml', 'team\\u202egnp.yaml'],
    ['team\u2028x.yaml', 'team\\u2028x.yaml'],
  ] as const) {
    it(`${JSON.stringify(name)} is printed escaped in the error line and the ::error annotation`, async () => {
      const cwd = await workdir({ [name]: 'version: 1\nbogus: 1\n' });
      const result = await gatehouse(['validate', name], { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: cwd }, { cwd });
      expect(result.code).toBe(1);
      expect(result.stderr).not.toMatch(RAW);
      expect(result.stderr).toContain(`${shown}:2:1: `);
      expect(result.stderr).toMatch(new RegExp(`^::error file=${shown.replace(/\\/g, '\\\\').replace(/\./g, '\\.')},line=2,col=1,title=Gatehouse::`, 'm'));
    });
  }

  it('a valid file so named is printed escaped by validate', async () => {
    const cwd = await workdir({ 'a\u202eb.yaml': acmeDesired });
    const result = await gatehouse(['validate', 'a\u202eb.yaml'], {}, { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^a\\u202eb\.yaml: valid/);
  });
});
