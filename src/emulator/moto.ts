/**
 * The AWS emulator (moto) that the demo and the integration tests run against: installed
 * from PyPI into a virtual environment of the project's own, started on a free loopback
 * port, and stopped by its PID.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { EmulatorError } from '../errors.ts';
import { packageRoot, resourcePath } from '../resources.ts';
import { isInstalledPackage, userCacheDir } from './cache-dir.ts';
import { ensureTool, toolInstalled, toolPath, type PythonTool } from './venv.ts';

/**
 * The emulator's virtual environment: CRYPTOPOSTURE_VENV when set; else the repository's
 * `.venv/` in a source checkout, or `<user cache>/emulator-venv` in an installed package.
 */
export function venvDir(): string {
  const chosen = process.env['CRYPTOPOSTURE_VENV'];
  if (chosen) return chosen;
  return isInstalledPackage(packageRoot) ? `${userCacheDir()}/emulator-venv` : resourcePath('.venv');
}

/** moto and its server extras, pinned with hashes in emulator/requirements.txt. */
export function emulatorTool(): PythonTool {
  return { label: 'the AWS emulator (moto)', dir: venvDir(), requirements: 'emulator/requirements.txt', executable: 'moto_server' };
}

function motoServerPath(): string {
  return toolPath(emulatorTool());
}

export function emulatorInstalled(): boolean {
  return toolInstalled(emulatorTool());
}

/**
 * Creates the virtual environment and installs the pinned emulator when it is missing or
 * its requirements changed. Throws EmulatorError saying what is missing.
 */
export function ensureEmulatorInstalled(log: (line: string) => void = () => {}): void {
  ensureTool(emulatorTool(), log);
}

export interface RunningEmulator {
  endpoint: string;
  port: number;
  pid: number;
  stop(): Promise<void>;
}

export async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts moto_server on a free loopback port and waits until it answers. */
export async function startEmulator(options: { timeoutMs?: number } = {}): Promise<RunningEmulator> {
  if (!existsSync(motoServerPath()))
    throw new EmulatorError(`The AWS emulator is not installed (${motoServerPath()} is missing); run npm run setup:emulator`);
  const timeoutMs = options.timeoutMs ?? 30_000;
  for (let attempt = 0; ; attempt++) {
    const port = await freeLoopbackPort();
    const child = spawn(motoServerPath(), ['-H', '127.0.0.1', '-p', String(port)], {
      env: { ...process.env, MOTO_EC2_LOAD_DEFAULT_AMIS: 'false', MOTO_ACM_VALIDATION_WAIT: '0', AWS_DEFAULT_REGION: 'us-east-1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    const endpoint = `http://127.0.0.1:${port}`;
    const ready = await waitUntilReady(endpoint, child, timeoutMs);
    if (ready) {
      child.stderr?.removeAllListeners('data');
      child.stderr?.resume();
      return { endpoint, port, pid: child.pid as number, stop: () => stopProcess(child) };
    }
    await stopProcess(child);
    // Another process may have taken the port between our probe and moto's bind.
    if (attempt >= 2 || !/Address already in use/i.test(stderr)) {
      throw new EmulatorError(`moto_server did not start on ${endpoint}: ${stderr.trim().split('\n').slice(-3).join(' ') || 'no answer'}`);
    }
  }
}

async function waitUntilReady(endpoint: string, child: ChildProcess, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) return false;
    try {
      const response = await fetch(`${endpoint}/moto-api/data.json`, { signal: AbortSignal.timeout(1000) });
      if (response.ok) {
        await response.body?.cancel();
        return true;
      }
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
}

/** Clears all of the emulator's state (every account and region). */
export async function resetEmulator(endpoint: string): Promise<void> {
  const response = await fetch(`${endpoint}/moto-api/reset`, { method: 'POST' });
  if (!response.ok) throw new EmulatorError(`resetting the emulator at ${endpoint} failed with HTTP ${response.status}`);
  await response.body?.cancel();
}
