/**
 * Python tools the project installs for itself (the moto emulator, cfn-lint): a virtual
 * environment per tool, filled from a requirements file pinned with hashes, reinstalled
 * when that file changes.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { EmulatorError } from '../errors.ts';

/** No Python 3 interpreter: the emulator cannot be installed (the demo says what --offline does instead). */
export class PythonMissingError extends EmulatorError {}
import { resourcePath } from '../resources.ts';

export interface PythonTool {
  /** What it is, for messages: "the AWS emulator (moto)". */
  label: string;
  /** The virtual environment's folder. */
  dir: string;
  /** The hashed requirements file, relative to the package root. */
  requirements: string;
  /** The executable that proves the install, by name (`moto_server`), found in the environment's bin/ (Scripts\ on Windows). */
  executable: string;
}

function digest(tool: PythonTool): string {
  return createHash('sha256')
    .update(readFileSync(resourcePath(tool.requirements)))
    .digest('hex');
}

function stamp(tool: PythonTool): string {
  return `${tool.dir}/.cryptoposture-requirements`;
}

const windows = process.platform === 'win32';

/** A program installed in a virtual environment: bin/NAME, or Scripts\\NAME.exe on Windows. */
function venvProgram(dir: string, name: string): string {
  return windows ? `${dir}\\Scripts\\${name}.exe` : `${dir}/bin/${name}`;
}

export function toolPath(tool: PythonTool): string {
  return venvProgram(tool.dir, tool.executable);
}

export function toolInstalled(tool: PythonTool): boolean {
  return existsSync(toolPath(tool)) && existsSync(stamp(tool)) && readFileSync(stamp(tool), 'utf8').trim() === digest(tool);
}

/**
 * Creates the virtual environment and installs the pinned requirements when they are
 * missing or changed. Throws EmulatorError saying what is missing.
 */
export function ensureTool(tool: PythonTool, log: (line: string) => void = () => {}): void {
  if (toolInstalled(tool)) return;
  const python = process.env['PYTHON'] ?? (windows ? 'python' : 'python3');
  const version = spawnSync(python, ['--version'], { encoding: 'utf8' });
  if (version.error || version.status !== 0 || !/^Python 3\./.test(`${version.stdout}${version.stderr}`.trim())) {
    throw new PythonMissingError(
      `Python 3 was not found (tried \`${python}\`${process.env['PYTHON'] ? ', from PYTHON' : '; set PYTHON to use another interpreter'}); ${tool.label} needs it. Install python3 and python3-venv (Debian: apt-get install python3 python3-venv).`,
    );
  }
  log(`Installing ${tool.label} (pinned in ${tool.requirements}) into ${tool.dir} ...`);
  const created = !existsSync(venvProgram(tool.dir, 'python'));
  if (created) {
    mkdirSync(dirname(tool.dir), { recursive: true });
    const venv = spawnSync(python, ['-m', 'venv', tool.dir], { encoding: 'utf8' });
    if (venv.status !== 0) {
      if (existsSync(tool.dir)) rmSync(tool.dir, { recursive: true, force: true });
      throw new EmulatorError(
        `Could not create a Python virtual environment in ${tool.dir}: ${(venv.stderr || venv.stdout).trim()}. On Debian, install python3-venv.`,
      );
    }
  }
  const pip = spawnSync(
    venvProgram(tool.dir, 'python'),
    ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--require-hashes', '-r', resourcePath(tool.requirements)],
    { encoding: 'utf8' },
  );
  if (pip.status !== 0) {
    // A half-filled environment that this call made is removed, so that the next run starts clean.
    if (created) rmSync(tool.dir, { recursive: true, force: true });
    const output = (pip.stderr || pip.stdout).trim();
    // Blame the network only when pip says so (a missing requirements file is not the index's fault).
    const network = /connection|resolve|network|timed out|Max retries/i.test(output) ? ' (is PyPI reachable?)' : '';
    throw new EmulatorError(
      `Could not install ${tool.label} from PyPI into ${tool.dir}${network}: ${output.split('\n').slice(-3).join(' ')}`,
    );
  }
  if (!existsSync(toolPath(tool))) throw new EmulatorError(`${tool.label} was installed but ${toolPath(tool)} is missing`);
  writeFileSync(stamp(tool), `${digest(tool)}\n`);
}
