/** Errors the CLI reports as one plain line, pointing at the command's help, without a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
  /** The command it is about (`plan`); run.ts fills it in. */
  command?: string;
}
