import { spawn } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

export interface RunOutcome {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr as they came, without colour codes. */
  output: string;
}

/**
 * Runs a command to its end without blocking the test runner: a build of a large tree or the W3C
 * checker over the whole site takes minutes, and a blocked worker misses the runner's messages
 * ("Timeout calling onTaskUpdate"). Colour is off, whatever the terminal or CI asks for, so tests
 * read the same text everywhere.
 */
export function runCommand(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<RunOutcome> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: options.cwd, env });
    let stdout = '';
    let stderr = '';
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      output += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      output += chunk;
    });
    child.on('error', fail);
    child.on('close', (status) =>
      done({ status, stdout, stderr, output: stripVTControlCharacters(output) }),
    );
  });
}
