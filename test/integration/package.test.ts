/**
 * The npm package as a user meets it: `npm pack` ships exactly what the CLI reads at run
 * time; the tarball installed into an empty folder (from the npm registry, as a user's
 * install does) runs the CLI, the offline demo, and the demo against the emulator; the
 * SDK's @smithy packages are not duplicated. Packing and installing happen once for the file.
 */
import { SERVICES } from '../../src/graph/types.ts';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINIMUM_NODE } from '../../src/cli/node-version.ts';
import { venvDir } from '../../src/emulator/moto.ts';
import { packageRoot, packageVersion } from '../../src/resources.ts';
import { cleanEnv, type CliRun } from '../support/cli.ts';

const root = packageRoot.replace(/\/$/, '');
/** npm and the installed CLI run on this Node (the project's own, first on the PATH). */
const PATH = `${dirname(process.execPath)}:${process.env['PATH'] ?? ''}`;

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, PATH },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 << 20,
  });
}

function gitFiles(under: string): string[] {
  return execFileSync('git', ['ls-files', under], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter((f) => f !== '');
}

let packed: string[] = [];
let install = '';
let installedMiB = 0;
const temporary: string[] = [];

function runInstalled(args: string[], env: NodeJS.ProcessEnv = cleanEnv()): Promise<CliRun & { cwd: string }> {
  const cwd = mkdtempSync(join(tmpdir(), 'cp-user-'));
  return new Promise((resolve, reject) => {
    const child = spawn(join(install, 'node_modules', '.bin', 'cryptoposture'), args, {
      cwd,
      env: { ...env, PATH },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, cwd }));
  });
}

function du(dir: string): number {
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) bytes += du(path);
    else if (entry.isFile()) bytes += statSync(path).size;
  }
  return bytes;
}

/** Every copy of every @smithy/* package under node_modules: name -> the versions of its copies. */
function smithyCopies(dir: string, found = new Map<string, string[]>()): Map<string, string[]> {
  const modules = join(dir, 'node_modules');
  if (!existsSync(modules)) return found;
  for (const entry of readdirSync(modules)) {
    const packages = entry.startsWith('@') ? readdirSync(join(modules, entry)).map((n) => `${entry}/${n}`) : [entry];
    for (const name of packages) {
      const pkg = join(modules, name);
      if (!existsSync(join(pkg, 'package.json'))) continue;
      if (name.startsWith('@smithy/')) {
        const { version } = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { version: string };
        found.set(name, [...(found.get(name) ?? []), version]);
      }
      smithyCopies(pkg, found);
    }
  }
  return found;
}

beforeAll(() => {
  // The dry run builds dist/ (prepack) and lists what would ship.
  packed = (JSON.parse(npm(['pack', '--dry-run', '--json'], root)) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path).sort();
  const dest = mkdtempSync(join(tmpdir(), 'cp-pack-'));
  const [tarball] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dest], root)) as {
    filename: string;
  }[];
  install = mkdtempSync(join(tmpdir(), 'cp-install-'));
  temporary.push(dest, install);
  writeFileSync(join(install, 'package.json'), JSON.stringify({ name: 'cp-install-test', private: true }));
  npm(['install', '--no-audit', '--no-fund', '--no-package-lock', join(dest, tarball!.filename)], install);
  installedMiB = du(join(install, 'node_modules')) / 2 ** 20;
  console.log(`installed size of cryptoposture and its dependencies: ${installedMiB.toFixed(1)} MiB`);
}, 900_000);

afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

describe('npm pack', () => {
  it('ships every file the CLI reads at run time and nothing else', () => {
    const compiled = execFileSync('git', ['ls-files', 'src'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter((f) => f.endsWith('.ts') && !f.startsWith('src/lambda/') && f !== 'src/report/html/client.ts')
      .map((f) => f.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js'));
    const expected = [
      'LICENSE',
      'README.md',
      'package.json',
      'emulator/requirements.txt',
      ...gitFiles('schemas'),
      ...gitFiles('rules'),
      ...gitFiles('fixtures/demo'),
      ...gitFiles('fixtures/rules'),
      ...compiled,
    ].sort();
    expect(packed).toEqual(expected);
    expect(packed).toEqual(
      expect.arrayContaining(['dist/cli/entry.js', 'dist/cli/main.js', 'schemas/snapshot.schema.json', 'rules/rule.schema.json']),
    );
  });

  it('declares the license, where the code and the issues are, and the supported Node versions', () => {
    const pkg = JSON.parse(readFileSync(join(install, 'node_modules', 'cryptoposture', 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg['license']).toBe('Apache-2.0');
    expect(readFileSync(join(install, 'node_modules', 'cryptoposture', 'LICENSE'), 'utf8')).toContain(
      'Apache License\n                           Version 2.0, January 2004',
    );
    expect(pkg['repository']).toMatchObject({ type: 'git', url: expect.stringMatching(/^git\+https:\/\//) });
    expect(pkg['bugs']).toMatchObject({ url: expect.stringMatching(/^https:\/\/.*\/issues$/) });
    expect(pkg['homepage']).toMatch(/^https:\/\//);
    expect(pkg['engines']).toEqual({ node: `>=${MINIMUM_NODE.replace(/\.0$/, '')}` });
    expect(pkg['scripts']).not.toHaveProperty('prepare');
  });
});

describe('the installed package', () => {
  it('has one copy of each @smithy/* version the SDK clients need', () => {
    const copies = smithyCopies(install);
    expect([...copies.keys()]).toContain('@smithy/core');
    const duplicated = [...copies].filter(([, versions]) => versions.length !== new Set(versions).size);
    expect(duplicated).toEqual([]);
    // The README states the installed size. Each service's SDK client adds about 1.5 MiB: the
    // budget is 40 MiB plus 2 MiB a service.
    expect(installedMiB).toBeLessThan(40 + 2 * SERVICES.length);
  });

  it('runs --version, demo --offline, rules list and permissions', async () => {
    const [version, demo, rules, permissions] = await Promise.all([
      runInstalled(['--version']),
      runInstalled(['demo', '--offline']),
      runInstalled(['rules', 'list']),
      runInstalled(['permissions']),
    ]);
    expect(version).toMatchObject({ code: 0, stdout: `${packageVersion()}\n`, stderr: '' });
    expect(demo.code).toBe(0);
    expect(demo.stdout).toContain('Open reports/demo/report.html first (in a browser).');
    expect(existsSync(join(demo.cwd, 'reports/demo/report.html'))).toBe(true);
    expect(rules.code).toBe(0);
    expect(rules.stdout).toMatch(/^\d+ rules, \d+ enabled$/m);
    expect(permissions.code).toBe(0);
    expect(JSON.parse(permissions.stdout)).toHaveProperty('Statement');
    for (const run of [version, demo, rules, permissions]) expect(run.stderr).not.toMatch(/Warning/);
  });

  it('without Python, the demo says so and what it does instead, and leaves nothing in node_modules', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'cp-cache-'));
    const run = await runInstalled(['demo'], cleanEnv({ PYTHON: join(cache, 'no-python'), XDG_CACHE_HOME: cache }));
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      `The AWS emulator is not available: Python 3 was not found (tried \`${join(cache, 'no-python')}\`, from PYTHON)`,
    );
    expect(run.stderr).toContain('as `demo --offline` does');
    expect(readdirSync(join(install, 'node_modules', 'cryptoposture')).sort()).toEqual([
      'LICENSE',
      'README.md',
      'dist',
      'emulator',
      'fixtures',
      'package.json',
      'rules',
      'schemas',
    ]);
  });

  it('on an older Node, prints the version it needs and exits 2, before any SDK warning', () => {
    const entry = join(install, 'node_modules', 'cryptoposture', 'dist', 'cli', 'entry.js');
    const line = (version: string) => `cryptoposture needs Node.js ${MINIMUM_NODE} or later; this is Node.js ${version}.\n`;
    const fake = 'data:text/javascript,Object.defineProperty(process.versions,"node",{value:"20.9.0"})';
    const faked = spawnSync(process.execPath, ['--import', fake, entry, 'scan', '--regions', 'eu-west-1'], {
      encoding: 'utf8',
      env: cleanEnv(),
    });
    expect({ status: faked.status, stdout: faked.stdout, stderr: faked.stderr }).toEqual({ status: 2, stdout: '', stderr: line('20.9.0') });
    // A real older Node too, where the machine has one (Debian's nodejs package is older than the project's).
    for (const node of ['/usr/bin/node', '/usr/local/bin/node'].filter(existsSync)) {
      const version = spawnSync(node, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim();
      if (Number(version.split('.')[0]) >= 22) continue;
      const real = spawnSync(node, [entry, 'scan', '--regions', 'eu-west-1'], { encoding: 'utf8', env: cleanEnv() });
      expect({ node, status: real.status, stdout: real.stdout, stderr: real.stderr }).toEqual({
        node,
        status: 2,
        stdout: '',
        stderr: line(version),
      });
    }
  });

  it('runs the demo against the emulator, its virtual environment outside node_modules', async () => {
    // The repository's emulator environment, so that moto is not installed again.
    const run = await runInstalled(['demo'], cleanEnv({ CRYPTOPOSTURE_VENV: venvDir() }));
    expect(run.stderr).toContain('Seeding the demo account into the emulator at http://127.0.0.1:');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/All \d+ gaps are operations the emulator does not implement|Complete: every call succeeded/);
    expect(run.stderr).not.toMatch(/Warning/);
    expect(existsSync(join(install, 'node_modules', 'cryptoposture', '.venv'))).toBe(false);
  });
});
