/** A CliIO that records what a command writes, for running the CLI in-process (runCli). */
import type { CliIO } from '../../src/cli/io.ts';

export interface RecordingIO extends CliIO {
  out: string[];
  err: string[];
}

export function recordingIO(overrides: Partial<CliIO> = {}): RecordingIO {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    stderrIsTTY: false,
    color: false,
    env: {},
    cwd: process.cwd(),
    handleSignals: false,
    readStdin: async () => '',
    ...overrides,
  };
}
