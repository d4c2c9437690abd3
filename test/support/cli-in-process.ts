/** Runs the CLI in this process with captured output: faster than a child process, same code path. */
import type { CliIO } from '../../src/cli/io.ts';
import { runCli } from '../../src/cli/program.ts';

export interface InProcessRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Wall time of the run. */
  ms: number;
}

export async function runCliInProcess(args: string[], cwd = process.cwd()): Promise<InProcessRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    stderrIsTTY: false,
    color: false,
    env: { NO_COLOR: '1' },
    cwd,
    handleSignals: false,
    readStdin: async () => '',
  };
  const start = performance.now();
  const code = await runCli(args, io);
  return { code, stdout, stderr, ms: performance.now() - start };
}
