/** The files GitHub Actions gives a step: step outputs and the job summary. */
import { randomUUID } from 'node:crypto';
import { appendFile } from 'node:fs/promises';

/**
 * Appends outputs to the GITHUB_OUTPUT file in the multi-line form
 * (`name<<DELIMITER` … `DELIMITER`), with a delimiter the value cannot contain,
 * so any value, newlines included, comes through whole.
 */
export async function writeOutputs(file: string | undefined, outputs: Readonly<Record<string, string>>): Promise<void> {
  if (!file) return;
  let text = '';
  for (const [name, value] of Object.entries(outputs)) {
    let delimiter = `ghadelimiter_${randomUUID()}`;
    while (value.includes(delimiter)) delimiter = `ghadelimiter_${randomUUID()}`;
    text += `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
  }
  await appendFile(file, text);
}

/** GitHub refuses a step's job summary over 1 MiB. */
export const JOB_SUMMARY_LIMIT_BYTES = 1024 * 1024;

/** Appends markdown to the GITHUB_STEP_SUMMARY file, when there is one. */
export async function appendSummary(file: string | undefined, markdown: string): Promise<void> {
  if (!file) return;
  await appendFile(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
}

/** The address of this workflow run, when GitHub says where it is. */
export function runUrl(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
  if (!server || !repo || !run) return undefined;
  const attempt = env.GITHUB_RUN_ATTEMPT;
  return `${server}/${repo}/actions/runs/${run}${attempt && attempt !== '1' ? `/attempts/${attempt}` : ''}`;
}
