/**
 * Python tools the project installs for itself (the moto emulator, cfn-lint): a virtual
 * environment per tool, filled from a requirements file pinned with hashes, reinstalled
 * when that file changes.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { EmulatorError } from '../errors.ts';
import { resourcePath } from '../resources.ts';

export interface PythonTool {
  /** What it is, for messages: "the AWS emulator (moto)". */
  label: string;
  /** The virtual environment's folder. */
  dir: string;
  /** The hashed requirements file, relative to the package root. */
  requirements: string;
  /** The executable that proves the install, relative to the environment (`bin/moto_server`). */
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

export function toolPath(tool: PythonTool): string {
  return `${tool.dir}/${tool.executable}`;
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
  const python = process.env['PYTHON'] ?? 'python3';
  const version = spawnSync(python, ['--version'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) {
    throw new EmulatorError(
      `${capitalize(tool.label)} needs Python 3 (${python} was not found). Install python3 and python3-venv (Debian: apt-get install python3 python3-venv), or set PYTHON to a Python 3 interpreter.`,
    );
  }
  log(`Installing ${tool.label} (pinned in ${tool.requirements}) into ${tool.dir} ...`);
  if (!existsSync(`${tool.dir}/bin/python`)) {
    const venv = spawnSync(python, ['-m', 'venv', tool.dir], { encoding: 'utf8' });
    if (venv.status !== 0) {
      throw new EmulatorError(
        `Could not create a Python virtual environment in ${tool.dir}: ${(venv.stderr || venv.stdout).trim()}. On Debian, install python3-venv.`,
      );
    }
  }
  const pip = spawnSync(
    `${tool.dir}/bin/python`,
    ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--require-hashes', '-r', resourcePath(tool.requirements)],
    { encoding: 'utf8' },
  );
  if (pip.status !== 0) {
    throw new EmulatorError(
      `Could not install ${tool.label} from PyPI into ${tool.dir} (is PyPI reachable?): ${(pip.stderr || pip.stdout).trim().split('\n').slice(-3).join(' ')}`,
    );
  }
  if (!existsSync(toolPath(tool))) throw new EmulatorError(`${tool.label} was installed but ${toolPath(tool)} is missing`);
  writeFileSync(stamp(tool), `${digest(tool)}\n`);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
