/** What a command may touch: its streams and environment (tests pass their own). */
export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  /** Where progress lines go while a command runs (default stderr); a caller that captures stderr passes its live log here. */
  progress?: NodeJS.WritableStream & { isTTY?: boolean };
}

export const processIo: Io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
