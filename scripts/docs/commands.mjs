// docs/commands.md from the CLI's own commander definitions (src/cli/program.ts):
// every command, argument and flag with its description, default and choices,
// and the environment variables and exit codes exactly as `gatehouse --help`
// prints them, parsed from that text rather than restated. A command or flag
// another change adds appears here when the page is regenerated.

import { slug } from './slug.mjs';

const code = (text) => (String(text).includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``);
const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** What `cmd --help` prints, with the text added after it (addHelpText). */
function helpOf(cmd) {
  let out = '';
  const saved = cmd._outputConfiguration;
  cmd.configureOutput({ ...saved, writeOut: (s) => (out += s), writeErr: (s) => (out += s) });
  try {
    cmd.outputHelp();
  } finally {
    cmd.configureOutput(saved);
  }
  return { full: out, after: out.slice(cmd.helpInformation().length) };
}

/** The Environment table and exit codes of the root help's closing text, or undefined when its shape changed. */
function parseEnvironment(after) {
  const env = /\nEnvironment:\n((?: {2}.*\n)+)/.exec(after);
  const exits = /Exit codes: (.*?)\.?\s*$/m.exec(after);
  if (env === null || exits === null) return undefined;
  const variables = env[1]
    .split('\n')
    .filter(Boolean)
    .map((line) => /^ {2}(\S+)\s+(.*)$/.exec(line))
    .filter(Boolean)
    .map((m) => ({ name: m[1], what: m[2] }));
  const codes = exits[1].split(/, (?=\d+ )/).map((part) => {
    const m = /^(\d+) (.*)$/.exec(part);
    return m ? { code: m[1], what: m[2] } : { code: '', what: part };
  });
  return { variables, codes };
}

function commandSection(cmd, names, rootAfter) {
  const full = [...names, cmd.name()].join(' ');
  const out = [`### ${code(full)}`, '', cell(cmd.description()), '', `Usage: ${code(`${full} ${cmd.usage()}`)}`, ''];
  const args = cmd.registeredArguments ?? [];
  if (args.length > 0) {
    out.push('| argument | meaning |', '|---|---|');
    for (const a of args) {
      const choices = a.argChoices ? ` (one of ${a.argChoices.map(code).join(', ')})` : '';
      out.push(`| ${code(a.required ? `<${a.name()}>` : `[${a.name()}]`)} | ${cell(a.description)}${choices} |`);
    }
    out.push('');
  }
  const options = cmd.options.filter((o) => !o.hidden);
  if (options.length > 0) {
    out.push('| flag | meaning | default |', '|---|---|---|');
    for (const o of options) {
      const notes = [];
      if (o.argChoices) notes.push(`one of ${o.argChoices.map(code).join(', ')}`);
      if (o.mandatory) notes.push('required');
      const meaning = `${cell(o.description)}${notes.length ? ` (${notes.join('; ')})` : ''}`;
      const shown = o.defaultValueDescription ?? (typeof o.defaultValue === 'string' ? o.defaultValue : JSON.stringify(o.defaultValue));
      const fallback = o.defaultValue === undefined ? '' : code(shown);
      out.push(`| ${code(o.flags)} | ${meaning} | ${fallback} |`);
    }
    out.push('');
  }
  const { after } = helpOf(cmd);
  if (after.trim() !== '' && after !== rootAfter) out.push('It also prints:', '', '```text', after.trim(), '```', '');
  else if (after.trim() !== '') out.push('Its help ends with the [environment variables](#environment-variables) and [exit codes](#exit-codes).', '');
  for (const sub of cmd.commands) out.push(...commandSection(sub, [...names, cmd.name()], rootAfter));
  return out;
}

/** The page: the template with `<!-- reference -->` replaced by the reference made from `program`. */
export function commandsPage(program, template) {
  const rootAfter = helpOf(program).after;
  const out = ['## Every command', ''];
  out.push(`${code(program.name())}: ${cell(program.description())}`, '');
  out.push('| command | what it does |', '|---|---|');
  for (const cmd of program.commands) out.push(`| [${code(`${program.name()} ${cmd.name()}`)}](#${slug(code(`${program.name()} ${cmd.name()}`))}) | ${cell(cmd.description())} |`);
  // commander makes the help command itself; it is not among program.commands.
  const help = program._getHelpCommand?.();
  if (help) out.push(`| ${code(`${program.name()} ${help.name()} ${help.usage()}`)} | ${cell(help.description())}: the same text as ${code(`${program.name()} COMMAND --help`)} |`);
  out.push('');
  out.push('Options of `gatehouse` itself:', '', '| flag | meaning |', '|---|---|');
  for (const o of program.options) out.push(`| ${code(o.flags)} | ${cell(o.description)} |`);
  out.push(`| ${code(program._getHelpOption?.()?.flags ?? '-h, --help')} | ${cell(program._getHelpOption?.()?.description ?? 'show help')} |`, '');
  for (const cmd of program.commands) out.push(...commandSection(cmd, [program.name()], rootAfter));
  const parsed = parseEnvironment(rootAfter);
  out.push('## Environment variables', '');
  if (parsed === undefined) {
    out.push('As `gatehouse --help` prints them:', '', '```text', rootAfter.trim(), '```', '');
  } else {
    out.push('As `gatehouse --help` lists them (a flag of the same meaning wins over its variable):', '', '| variable | meaning |', '|---|---|');
    for (const v of parsed.variables) out.push(`| ${code(v.name)} | ${cell(v.what)} |`);
    out.push('', '## Exit codes', '', '| code | meaning |', '|---|---|');
    for (const c of parsed.codes) out.push(`| ${code(c.code)} | ${cell(c.what)} |`);
    out.push('');
  }
  const marker = '<!-- reference -->';
  if (!template.includes(marker)) throw new Error(`the commands template has no ${marker} line`);
  return `${template.replace(marker, out.join('\n').trimEnd())}\n`;
}
