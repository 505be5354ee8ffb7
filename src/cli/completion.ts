/**
 * Shell completion for bash and zsh, made from the program's own commander
 * definitions: the commands, each command's flags, and the choices a flag or
 * argument takes (`--format text|markdown|json`). Paths complete as files.
 */
import type { Command, Option } from 'commander';

interface Spec {
  name: string;
  flags: string[];
  /** Flag → its choices, for flags that take one of a list. */
  choices: Map<string, readonly string[]>;
  /** Choices of the first argument, when it takes one of a list (completion SHELL). */
  argument?: readonly string[];
}

function specs(program: Command): Spec[] {
  return program.commands.map((command) => {
    const options: readonly Option[] = command.options;
    const flags = options.flatMap((o) => [o.long, o.short].filter((f): f is string => f !== undefined));
    const choices = new Map(options.flatMap((o) => (o.long !== undefined && o.argChoices !== undefined ? [[o.long, o.argChoices] as const] : [])));
    const spec: Spec = { name: command.name(), flags: [...flags, '--help'], choices };
    const first = command.registeredArguments[0]?.argChoices;
    if (first !== undefined) spec.argument = first;
    return spec;
  });
}

const words = (list: readonly string[]): string => list.join(' ');

function bash(program: Command): string {
  const name = program.name();
  const fn = `_${name}_completion`;
  const cases = specs(program)
    .map((s) => {
      const choiceCases = [...s.choices].map(([flag, list]) => `        ${flag}) COMPREPLY=( $(compgen -W "${words(list)}" -- "$cur") ); return ;;`).join('\n');
      const argument = s.argument === undefined ? 'COMPREPLY=( $(compgen -f -- "$cur") )' : `COMPREPLY=( $(compgen -W "${words(s.argument)}" -- "$cur") )`;
      return [
        `    ${s.name})`,
        ...(choiceCases === '' ? [] : ['      case "$prev" in', choiceCases, '      esac']),
        `      if [[ "$cur" == -* ]]; then COMPREPLY=( $(compgen -W "${words(s.flags)}" -- "$cur") ); else ${argument}; fi`,
        '      ;;',
      ].join('\n');
    })
    .join('\n');
  const commands = words([...program.commands.map((c) => c.name()), 'help']);
  return `# bash completion for ${name}: source <(${name} completion bash)
${fn}() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  if [[ $COMP_CWORD -eq 1 ]]; then
    COMPREPLY=( $(compgen -W "${commands} --help --version" -- "$cur") )
    return
  fi
  case "\${COMP_WORDS[1]}" in
${cases}
    help) COMPREPLY=( $(compgen -W "${commands}" -- "$cur") ) ;;
  esac
}
complete -o default -F ${fn} ${name}
`;
}

function zsh(program: Command): string {
  const name = program.name();
  const quote = (text: string): string => text.replace(/[[\]:'\\]/g, (c) => (c === "'" ? "'\\''" : `\\${c}`));
  const commandLines = program.commands.map((c) => `    '${c.name()}:${quote(c.description().split('.')[0] ?? '')}'`).join('\n');
  const cases = specs(program)
    .map((s) => {
      const command = program.commands.find((c) => c.name() === s.name)!;
      const flags = command.options
        .filter((o) => o.long !== undefined)
        .map((o) => {
          const values = o.argChoices !== undefined ? `:value:(${words(o.argChoices)})` : o.required || o.optional ? ':value:_files' : '';
          return `        '${o.long}[${quote(o.description)}]${values}'`;
        });
      const argument = s.argument === undefined ? `'*:path:_files'` : `'1:shell:(${words(s.argument)})'`;
      return [`      ${s.name})`, '        _arguments \\', ...flags.map((f) => `${f} \\`), `        '--help[show help]' \\`, `        ${argument}`, '        ;;'].join('\n');
    })
    .join('\n');
  return `#compdef ${name}
# zsh completion for ${name}: source <(${name} completion zsh)
_${name}() {
  local -a commands
  commands=(
${commandLines}
    'help:show help for a command'
  )
  if (( CURRENT == 2 )); then
    _describe 'command' commands
    return
  fi
  case "\${words[2]}" in
${cases}
  esac
}
compdef _${name} ${name}
`;
}

export function completionScript(program: Command, shell: 'bash' | 'zsh'): string {
  return shell === 'bash' ? bash(program) : zsh(program);
}
