import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../../src/cli/io.ts';
import { buildProgram } from '../../../src/cli/program.ts';
import { packageVersion } from '../../../src/resources.ts';
import { runCliProcess } from '../../support/cli.ts';

const quietIO: CliIO = {
  stdout: () => {},
  stderr: () => {},
  stderrIsTTY: false,
  color: false,
  env: {},
  cwd: process.cwd(),
  handleSignals: false,
  readStdin: async () => '',
};

describe('cryptoposture CLI', () => {
  it('describes every option of every command, and --help prints each', { timeout: 60_000 }, async () => {
    const program = buildProgram(quietIO, () => {});
    expect(program.commands.length).toBeGreaterThanOrEqual(3);
    // Every command and subcommand (`rules list`, `evidence verify`, ...), by its path of names.
    const all: { path: string[]; command: Command }[] = [];
    const walk = (command: Command, path: string[]) => {
      for (const sub of command.commands) {
        all.push({ path: [...path, sub.name()], command: sub });
        walk(sub, [...path, sub.name()]);
      }
    };
    walk(program, []);
    expect(all.map((c) => c.path.join(' '))).toEqual(expect.arrayContaining(['scan', 'evidence export', 'evidence verify', 'rules list']));
    const runs = await Promise.all(all.map(({ path }) => runCliProcess([...path, '--help'])));
    all.forEach(({ path, command }, i) => {
      const name = path.join(' ');
      expect(command.description(), name).not.toBe('');
      for (const option of command.options) {
        expect(option.description, `${name} ${option.flags}`).toMatch(/\w{3,}/);
      }
      expect(runs[i]!.code, name).toBe(0);
      for (const option of command.options) expect(runs[i]!.stdout, `${name} --help`).toContain(option.long ?? option.short ?? '');
    });
  });

  it('prints its version', async () => {
    const run = await runCliProcess(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(packageVersion());
  });

  it('exits 2 with one clear sentence when there are no credentials and no endpoint', async () => {
    const run = await runCliProcess(['scan', '--regions', 'eu-west-1']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error: No AWS credentials were found: .*--profile.*AWS_ACCESS_KEY_ID.*--endpoint-url\.$/);
  });

  it.each([
    [['scan', '--services', 'kms,gamelift'], /unknown service gamelift/],
    [['scan', '--regions', 'Europe'], /not a region name: Europe/],
    [['scan', '--endpoint-url', 'ftp://x'], /must be an http\(s\) URL/],
    [['scan', '--concurrency', '0'], /positive whole number/],
    [['scan', '--colour'], /unknown option '--colour'/],
    [['evaluate'], /required option '--snapshot <file>' not specified/],
    [['frobnicate'], /unknown command 'frobnicate'/],
  ])('exits 2 on bad usage: %j', async (args, message) => {
    const run = await runCliProcess(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('exits 2 naming the JSON path when evaluate is given a bad snapshot', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cp-cli-')), 'bad.json');
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, tool: { name: 'cryptoposture', version: '1' } }));
    const run = await runCliProcess(['evaluate', '--snapshot', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${file} at /scan: is required`);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});
