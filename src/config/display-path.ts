/** How file names are shown in problems and reasons: as a user would type them. */
import { isAbsolute, relative, sep } from 'node:path';

/**
 * Whether `rel` (from path.relative) leaves the folder it is relative to:
 * `..`, `../…`, or another drive. A name that only starts with `..` (`..x`)
 * is inside.
 */
export function leaves(rel: string): boolean {
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}

/**
 * A path relative to the working directory when it lies inside it
 * (`examples/acme/teams.yaml`), otherwise the absolute path. Always with `/`.
 */
export function displayPath(absolute: string): string {
  const rel = relative(process.cwd(), absolute);
  if (rel === '') return '.';
  if (leaves(rel)) return absolute;
  return rel.split(sep).join('/');
}
