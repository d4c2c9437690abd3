/**
 * Runs the shared `check-sarif` tool (OASIS schema, GitHub's upload schema, GitHub's
 * ingestion rules) on a file. It lives in the `shared/` folder beside the project's clone
 * (`../shared/tools/sarif-check/check-sarif`); CHECK_SARIF overrides the path. A missing
 * tool fails the test with a message, it never skips it.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { packageRoot } from '../../src/resources.ts';

export function checkSarifPath(): string {
  const fromEnv = process.env['CHECK_SARIF'];
  if (fromEnv) return fromEnv;
  let dir = resolve(packageRoot);
  for (let i = 0; i < 3; i++) {
    dir = dirname(dir);
    const candidate = join(dir, 'shared', 'tools', 'sarif-check', 'check-sarif');
    if (existsSync(candidate)) return candidate;
  }
  throw new Error('check-sarif was not found: expected shared/tools/sarif-check/check-sarif beside the project (or set CHECK_SARIF)');
}

export function checkSarif(...files: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolvePromise) => {
    execFile('bash', [checkSarifPath(), ...files], { maxBuffer: 64 * 1024 * 1024, timeout: 240_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolvePromise({ code, output: `${stdout}${stderr}` });
    });
  });
}
