/** Errors in the user's files, each pinned to a place in a file. */
import type { SourceLocation } from './place.js';

export interface FileProblem extends SourceLocation {
  message: string;
}

export function formatProblem(p: FileProblem): string {
  return `${p.file}:${p.line}:${p.col}: ${p.message}`;
}

export class ConfigError extends Error {
  constructor(readonly problems: FileProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ConfigError';
  }
}
