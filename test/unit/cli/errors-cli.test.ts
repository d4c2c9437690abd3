/** Errors name the real cause, each with its exit code: a region typo, a missing profile, a bug, a closed pipe, an old Node. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { MINIMUM_NODE, nodeVersionAtLeast, unsupportedNodeMessage } from '../../../src/cli/node-version.ts';
import { runCli } from '../../../src/cli/program.ts';
import { ExitCode } from '../../../src/errors.ts';
import { loadJsonResource, resourcePath } from '../../../src/resources.ts';
import { cleanEnv } from '../../support/cli.ts';
import { recordingIO } from '../../support/cli-io.ts';

describe('errors that name the real cause', () => {
  it('rejects a region name that is not a region before any call, with the closest real names (exit 2)', async () => {
    const io = recordingIO({ env: cleanEnv() });
    // An endpoint nothing listens on: a call would fail differently.
    const code = await runCli(['scan', '--regions', 'eu-west-1,eu-wset-1,us-esat-2', '--endpoint-url', 'http://127.0.0.1:9'], io);
    expect(code).toBe(ExitCode.usage);
    expect(io.out.join('')).toBe('');
    expect(io.err.join('')).toBe(
      'error: not an AWS region: eu-wset-1 (closest: eu-west-1, eu-west-2, eu-west-3); us-esat-2 (closest: us-east-2, us-east-1, us-west-2)\n',
    );
  });

  it('accepts a real region that the account may not have enabled (it becomes a gap, not a usage error)', async () => {
    const { isKnownRegion } = await import('../../../src/collect/region-names.ts');
    expect(['me-central-1', 'ap-southeast-5', 'us-gov-west-1', 'cn-north-1'].every(isKnownRegion)).toBe(true);
    expect(isKnownRegion('eu-wset-1')).toBe(false);
  });

  it('names a misspelled profile, the files looked in and the closest profile there (exit 2)', async () => {
    const home = mkdtempSync(join(tmpdir(), 'cp-home-'));
    mkdirSync(join(home, '.aws'));
    writeFileSync(
      join(home, '.aws', 'config'),
      '[default]\nregion = eu-west-1\n[profile security-audit]\nregion = eu-west-1\n[sso-session corp]\n',
    );
    const io = recordingIO({ env: { ...cleanEnv(), HOME: home } });
    const code = await runCli(['scan', '--profile', 'security-audti', '--regions', 'eu-west-1'], io);
    expect(code).toBe(ExitCode.usage);
    expect(io.err.join('')).toBe(
      `error: The AWS profile "security-audti" is not defined in ${join(home, '.aws', 'config')} or ${join(home, '.aws', 'credentials')} (missing) (closest: security-audit, default).\n`,
    );
  });

  it('names the profile of AWS_PROFILE and says when no file exists at all (exit 2)', async () => {
    const env = cleanEnv({ AWS_PROFILE: 'prod' });
    const io = recordingIO({ env });
    const code = await runCli(['scan', '--regions', 'eu-west-1'], io);
    expect(code).toBe(ExitCode.usage);
    expect(io.err.join('')).toMatch(
      /^error: The AWS profile "prod" is not defined in \S+config \(missing\) or \S+credentials \(missing\) \(no profile is defined there\)\.\n$/,
    );
  });

  it('an internal error (a bug) exits 4 with a short message and the file that holds the stack; --verbose prints it', async () => {
    const bug = () => {
      throw new TypeError("Cannot read properties of undefined (reading 'severity')");
    };
    const io = recordingIO({ stdout: bug });
    expect(await runCli(['permissions'], io)).toBe(ExitCode.internal);
    const text = io.err.join('');
    const lines = text.trim().split('\n');
    expect(lines[0]).toBe("internal error (a bug in cryptoposture): TypeError: Cannot read properties of undefined (reading 'severity')");
    const file = /The full stack trace is in (\S+) \(--verbose prints it here\); please report it/.exec(lines[1] ?? '')?.[1];
    expect(lines).toHaveLength(2);
    expect(file && existsSync(file)).toBe(true);
    const saved = readFileSync(file!, 'utf8');
    expect(saved).toContain('command: cryptoposture permissions');
    expect(saved).toMatch(/TypeError: Cannot read properties.*\n\s+at \S*bug/);

    const verbose = recordingIO({ stdout: bug });
    const args = [
      'evaluate',
      '--snapshot',
      resourcePath('fixtures/demo/snapshot.json'),
      '--out',
      mkdtempSync(join(tmpdir(), 'cp-out-')),
      '--verbose',
    ];
    expect(await runCli(args, verbose)).toBe(ExitCode.internal);
    expect(verbose.err.join('')).toMatch(/\n\s+at \S*bug .*\n[\s\S]*The full stack trace is in \S+; please report it/);
  });

  it('ends quietly when the reader of stdout goes away (| head)', async () => {
    const main = new URL('../../../src/cli/main.ts', import.meta.url).pathname;
    const child = spawn(process.execPath, [main, 'rules', 'list'], { env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // closed before the CLI writes its first line
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('states the supported Node versions as package.json does, and refuses an older one in one line', () => {
    const engines = loadJsonResource<{ engines: { node: string } }>('package.json').engines.node;
    expect(engines).toBe(`>=${MINIMUM_NODE.replace(/\.0$/, '')}`);
    expect(nodeVersionAtLeast('22.18.0')).toBe(true);
    expect(nodeVersionAtLeast('v24.1.0')).toBe(true);
    expect(nodeVersionAtLeast('22.17.9')).toBe(false);
    expect(unsupportedNodeMessage('v20.20.2')).toBe(`cryptoposture needs Node.js ${MINIMUM_NODE} or later; this is Node.js 20.20.2.`);
  });
});

describe('the entry file on an older Node', () => {
  it('prints one line and exits 2 before loading anything else', async () => {
    const entry = new URL('../../../src/cli/entry.ts', import.meta.url).pathname;
    const fake = 'data:text/javascript,Object.defineProperty(process.versions,"node",{value:"20.11.1"})';
    const run = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', fake, entry, 'scan', '--regions', 'eu-west-1'], { env: cleanEnv() });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `cryptoposture needs Node.js ${MINIMUM_NODE} or later; this is Node.js 20.11.1.\n`,
    });
  });
});
