/** Runs the real CLI as a child process (Node 24 runs the TypeScript sources directly). */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

const MAIN = new URL('../../src/cli/main.ts', import.meta.url).pathname;

/** An environment with no AWS credentials anywhere: empty HOME, no AWS_* variables, no instance metadata. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('AWS_')) env[k] = v;
  return { ...env, HOME: mkdtempSync(join(tmpdir(), 'cp-home-')), AWS_EC2_METADATA_DISABLED: 'true', NO_COLOR: '1', ...extra };
}

export function runCliProcess(
  args: string[],
  options: {
    env?: NodeJS.ProcessEnv;
    cwd?: string;
    /** Written to the child's standard input, which is then closed (default: no standard input). */
    input?: string;
    onSpawn?: (pid: number) => void;
    onStderr?: (text: string) => void;
  } = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN, ...args], {
      env: options.env ?? cleanEnv(),
      cwd: options.cwd ?? process.cwd(),
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    if (options.input !== undefined) child.stdin?.end(options.input);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr?.on('data', (d: Buffer) => {
      stderr += d.toString();
      options.onStderr?.(stderr);
    });
    child.on('error', reject);
    if (child.pid !== undefined) options.onSpawn?.(child.pid);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
