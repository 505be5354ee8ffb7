/**
 * The edits as one unified patch (the `diff` package), file by file in the
 * order the files were read, with `a/` and `b/` paths relative to the
 * working directory: what `git apply` and reviewers read.
 */
import { createTwoFilesPatch } from 'diff';
import { relative, resolve, sep } from 'node:path';

/** `file` (as the loader names it) relative to `cwd`, with `/`. */
export const patchPath = (file: string, cwd: string): string => relative(cwd, resolve(cwd, file)).split(sep).join('/');

export function unifiedPatch(order: readonly string[], before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>, cwd: string): string {
  return order
    .filter((file) => after.has(file) && after.get(file) !== before.get(file))
    .map((file) => {
      const path = patchPath(file, cwd);
      // The `===` line createTwoFilesPatch starts with is not part of a git patch.
      return createTwoFilesPatch(`a/${path}`, `b/${path}`, before.get(file)!, after.get(file)!, undefined, undefined, { context: 3 }).replace(/^=+\n/, '');
    })
    .join('');
}
