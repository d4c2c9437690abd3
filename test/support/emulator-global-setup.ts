/**
 * Starts one AWS emulator (moto) for the integration tests, installing it first when the
 * project's virtual environment lacks it, and stops it by PID at the end. When it cannot
 * be installed or started, the tests fail with the reason; they are never skipped.
 */
import type { TestProject } from 'vitest/node';
import { ensureEmulatorInstalled, startEmulator, type RunningEmulator } from '../../src/emulator/moto.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    emulatorEndpoint: string;
  }
}

let emulator: RunningEmulator | undefined;

export async function setup(project: TestProject): Promise<void> {
  ensureEmulatorInstalled((line) => console.log(line));
  emulator = await startEmulator();
  project.provide('emulatorEndpoint', emulator.endpoint);
}

export async function teardown(): Promise<void> {
  await emulator?.stop();
}
