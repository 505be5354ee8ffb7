/** Step 4a: groups are global across files; `group:NAME` expands recursively. */
import type { SourceLocation } from '../model/index.js';
import { dropRepeats, readEntries, type Entry } from './entries.js';
import { where, type Problems } from './problems.js';
import type { ValidFile } from './valid-file.js';
import { didYouMean } from '../text/suggest.js';
import { earlierEnd, laterEnd } from '../util/calendar-day.js';

interface GroupDef {
  name: string;
  at: SourceLocation;
  entries: Entry[];
}

export class GroupTable {
  // Map, not a plain object: a group may be called `constructor` or `toString`.
  private readonly defs = new Map<string, GroupDef>();
  private readonly expanded = new Map<string, ReadonlyMap<string, string | undefined>>();

  /** Collects every file's groups; a group defined twice is an error naming both places. */
  static fromFiles(files: readonly ValidFile[], problems: Problems): GroupTable {
    const table = new GroupTable();
    for (const { value, positions } of files) {
      for (const [name, list] of Object.entries(value.groups ?? {})) {
        const at = positions.key(['groups', name]);
        const first = table.defs.get(name);
        if (first !== undefined) {
          problems.add(at, `group "${name}" is already defined at ${where(first.at, at)}`);
          continue;
        }
        const entries = dropRepeats(readEntries(list, positions, ['groups', name]), problems);
        table.defs.set(name, { name, at, entries });
      }
    }
    table.checkReferences(problems);
    return table;
  }

  /** Every entry of every group, in definition order. */
  entries(): Entry[] {
    return [...this.defs.values()].flatMap((d) => d.entries);
  }

  has(name: string): boolean {
    return this.defs.has(name);
  }

  /** Records an error at a reference to an undefined group. */
  reportUndefined(entry: Entry & { kind: 'group' }, problems: Problems): void {
    problems.add(entry.at, `group "${entry.group}" is not defined${didYouMean(entry.group, this.defs.keys())}`);
  }

  /** Undefined references inside groups, and cycles (each reported at the reference that closes it). */
  private checkReferences(problems: Problems): void {
    const state = new Map<string, 'active' | 'done'>();
    const stack: string[] = [];
    const visit = (def: GroupDef): void => {
      state.set(def.name, 'active');
      stack.push(def.name);
      for (const entry of def.entries) {
        if (entry.kind !== 'group') continue;
        const target = this.defs.get(entry.group);
        if (target === undefined) {
          this.reportUndefined(entry, problems);
          continue;
        }
        const s = state.get(target.name);
        if (s === 'active') {
          const cycle = [...stack.slice(stack.indexOf(target.name)), target.name];
          problems.add(entry.at, `group cycle: ${cycle.join(' → ')}`);
        } else if (s === undefined) {
          visit(target);
        }
      }
      stack.pop();
      state.set(def.name, 'done');
    };
    for (const def of this.defs.values()) if (!state.has(def.name)) visit(def);
  }

  /**
   * The groups a user is reached through, from `name` to the group that lists
   * them itself, as `group:` labels: one label when `name` lists them. The
   * shortest such chain (breadth first), in definition order between equals,
   * so `who` names one path and always the same one.
   */
  chain(name: string, email: string): string[] {
    const from = new Map<string, string | undefined>([[name, undefined]]);
    for (let queue = [name]; queue.length > 0; ) {
      const next: string[] = [];
      for (const group of queue) {
        const entries = this.defs.get(group)?.entries ?? [];
        if (entries.some((e) => e.kind === 'email' && e.email === email)) {
          const path: string[] = [];
          for (let at: string | undefined = group; at !== undefined; at = from.get(at)) path.unshift(`group:${at}`);
          return path;
        }
        for (const e of entries) {
          if (e.kind === 'group' && this.defs.has(e.group) && !from.has(e.group)) {
            from.set(e.group, group);
            next.push(e.group);
          }
        }
      }
      queue = next;
    }
    return [`group:${name}`];
  }

  /** Every (lower-case) email a group stands for, through nested groups. */
  emails(name: string): Iterable<string> {
    return this.grants(name).keys();
  }

  /**
   * Every (lower-case) email a group stands for, with the last day the group
   * grants them (`until:` on an entry in it, or on a nested group's entry);
   * undefined when some path through the groups has no end.
   */
  grants(name: string): ReadonlyMap<string, string | undefined> {
    const done = this.expanded.get(name);
    if (done !== undefined) return done;
    const out = new Map<string, string | undefined>();
    this.expanded.set(name, out); // a cycle (already reported) sees a partial map, not a loop
    const grant = (email: string, until: string | undefined): void => {
      out.set(email, out.has(email) ? laterEnd(out.get(email), until) : until);
    };
    for (const entry of this.defs.get(name)?.entries ?? []) {
      if (entry.kind === 'email') grant(entry.email, entry.until);
      else if (entry.kind === 'group' && this.defs.has(entry.group)) {
        for (const [email, until] of this.grants(entry.group)) grant(email, earlierEnd(entry.until, until));
      }
    }
    return out;
  }
}
