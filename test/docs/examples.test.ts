/**
 * Every fenced example in README.md and docs/ whose first line is a
 * `gatehouse` command runs here, against a fresh sandbox seeded from
 * examples/sandbox/acme-live.yaml, in a fresh copy of examples/ and schemas/,
 * with the built CLI (in the spirit of trycmd and cram tests).
 *
 * - In a block with `$ ` prompts, each `$ gatehouse …` line is a command and
 *   the lines after it, up to the next prompt, are what it prints (stdout,
 *   then stderr), compared after masking the volatile parts
 *   (support/volatile.ts; `...` stands for any lines).
 * - In a block without prompts every `gatehouse …` line is a command whose
 *   output the page does not show; it must still succeed.
 * - A command must exit 0 (2 with --detailed-exitcode), unless an HTML comment
 *   just before the block says otherwise: `<!-- exit=1 -->`. The comment may
 *   also name another seed: `<!-- seed=PATH -->`, or variables to set or
 *   unset: `<!-- env=DREADNODE_AUTH=x-api-key unset=ASANA_TOKEN -->`; in a
 *   value, `${NAME}` is the sandbox's own variable (`${DREADNODE_BASE_URL}`).
 * - A ```yaml block of the same page marked `<!-- save=NAME.yaml -->` is
 *   written into the working folder as NAME.yaml before the page's commands
 *   run, and `seed=NAME.yaml` may name it.
 */
import { spawn } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gatehouse, root, sandbox, workdir, type CliResult } from '../integration/harness.js';
import { blocksOf, pages, type Block } from './support/markdown.js';
import { mask, matches } from './support/volatile.js';

interface Command {
  words: string[];
  /** What the page shows it prints, when it shows it. */
  output?: string;
}

const PROMPT = /^\$ /;
const isCommand = (line: string): boolean => /^(\$ )?gatehouse(\s|$)/.test(line);

/** Shell words, with '…' and "…" quoting and a trailing `# comment` dropped. */
export function words(line: string): string[] {
  const out: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === "'" || c === '"') {
      const end = line.indexOf(c, i + 1);
      word = (word ?? '') + line.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? line.length : end;
    } else if (/\s/.test(c)) {
      if (word !== undefined) out.push(word);
      word = undefined;
    } else if (c === '#' && word === undefined) break;
    else word = (word ?? '') + c;
  }
  if (word !== undefined) out.push(word);
  return out;
}

function commandsOf(block: Block): Command[] {
  const lines = block.text.split('\n');
  const prompted = lines.some((l) => PROMPT.test(l));
  const commands: Command[] = [];
  for (const line of lines) {
    if (prompted ? PROMPT.test(line) : isCommand(line)) {
      const text = line.replace(PROMPT, '');
      commands.push({ words: words(text).slice(1), ...(prompted ? { output: '' } : {}) });
    } else if (prompted && commands.length > 0) commands.at(-1)!.output += `${line}\n`;
  }
  return commands;
}

const examples = pages.flatMap(blocksOf).filter((b) => b.lang !== 'yaml' && isCommand(b.text.split('\n').find((l) => l.trim() !== '') ?? ''));

/** The yaml blocks a page saves for its commands: file name → text. */
function savedFiles(page: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const b of blocksOf(page)) {
    const name = /(?:^|\s)save=(\S+)/.exec(b.note ?? '')?.[1];
    if (name !== undefined && (b.lang === 'yaml' || b.lang === 'yml')) files[name] = `${b.text}\n`;
  }
  return files;
}

function settings(block: Block): { exit?: number; seed: string; env: Record<string, string>; unset: string[] } {
  const note = block.note ?? '';
  const get = (key: string) => [...note.matchAll(new RegExp(`(?:^|\\s)${key}=(\\S+)`, 'g'))].map((m) => m[1]!);
  const env = Object.fromEntries(get('env').map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
  const exit = get('exit')[0];
  return { ...(exit === undefined ? {} : { exit: Number(exit) }), seed: get('seed')[0] ?? 'examples/sandbox/acme-live.yaml', env, unset: get('unset') };
}

/** `gatehouse sandbox …` runs until it is ready, then is stopped as Ctrl+C would. */
function runSandbox(args: string[], cwd: string): Promise<CliResult> {
  const child = spawn(process.execPath, [join(root, 'dist/cli/main.js'), ...args], { cwd, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
  let stdout = '';
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
    if (stdout.includes('Press Ctrl+C to stop.')) child.kill('SIGINT');
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  return new Promise((resolve) => child.once('close', (code) => (clearTimeout(timer), resolve({ code: code === null ? 0 : code, stdout, stderr }))));
}

let ran = 0;
afterAll(() => console.log(`doc examples: ran ${ran} commands from ${examples.length} fenced blocks in ${new Set(examples.map((b) => b.page)).size} pages`));

describe('fenced gatehouse examples in README.md and docs/', () => {
  it('finds examples to run', () => {
    expect(examples.length).toBeGreaterThan(3);
  });

  it.each(examples.map((b) => [`${b.page}:${b.line}`, b] as const))('%s runs as the page shows', async (_where, block) => {
    const { exit, seed, env: extra, unset } = settings(block);
    const saved = savedFiles(block.page);
    const box = await sandbox(saved[seed] ?? seed);
    try {
      const cwd = await workdir(saved);
      for (const dir of ['examples', 'schemas']) cpSync(join(root, dir), join(cwd, dir), { recursive: true });
      const expand = (value: string) => value.replace(/\$\{(\w+)\}/g, (_, name: string) => box.env[name] ?? '');
      // The default request budgets, so that a plan's cost line reads as it would for a user.
      const env: Record<string, string> = { ...box.env, ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, expand(v)])) };
      for (const name of ['ASANA_RATE_LIMIT', 'DREADNODE_RATE_LIMIT', ...unset]) delete env[name];
      for (const command of commandsOf(block)) {
        const result = command.words[0] === 'sandbox' ? await runSandbox(command.words, cwd) : await gatehouse(command.words, env, { cwd });
        ran++;
        const shown = `$ gatehouse ${command.words.join(' ')}`;
        const printed = result.stdout + result.stderr;
        const expected = exit ?? (command.words.includes('--detailed-exitcode') ? [0, 2] : 0);
        expect([expected].flat(), `${shown} exited ${result.code}:\n${printed}`).toContain(result.code);
        if (command.output !== undefined) expect(matches(command.output, printed), `${shown} printed:\n${mask(printed)}\nThe page shows:\n${mask(command.output)}`).toBe(true);
      }
    } finally {
      await box.close();
    }
  }, 60_000);
});

describe('the comparison', () => {
  it('masks volatile parts on both sides and lets ... stand for lines, but not for a different line', () => {
    expect(matches('a (1200000000000001)\n...\nend', 'a (9990000000000042)\nx\ny\nend\n')).toBe(true);
    expect(matches('a\nend', 'a\nb\nend')).toBe(false);
    expect(matches('Plan: 1 to add', 'Plan: 2 to add')).toBe(false);
  });
});
