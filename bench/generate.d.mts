// Types of generate.mjs for the TypeScript tests that import it.

/** A desired-state file for one workspace of `users` members and `projects` projects (see generate.mjs). */
export function bigFile(users: number, projects: number): string;
