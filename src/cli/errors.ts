/** Errors the CLI reports as one or more plain lines, without a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}
