/**
 * What a command writes to and reads from, so that the CLI runs the same in a terminal,
 * in CI, and in-process in tests. Results go to stdout; progress and errors to stderr.
 */
import pc from 'picocolors';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** stderr is a terminal: progress lines may be drawn. */
  stderrIsTTY: boolean;
  /** Colors on (off with NO_COLOR, or when output is not a terminal). */
  color: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Install SIGINT/SIGTERM handlers (only when running as the real process). */
  handleSignals: boolean;
  /** Read all of standard input (for `-` as a file name). */
  readStdin: () => Promise<string>;
}

export function processIO(): CliIO {
  const noColor = process.env['NO_COLOR'] !== undefined && process.env['NO_COLOR'] !== '';
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stderrIsTTY: process.stderr.isTTY === true,
    color: !noColor && (process.stdout.isTTY === true || process.env['FORCE_COLOR'] !== undefined),
    env: process.env,
    cwd: process.cwd(),
    handleSignals: true,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
  };
}

export type Colors = ReturnType<typeof pc.createColors>;

export function colors(io: CliIO): Colors {
  return pc.createColors(io.color);
}

/** The reader went away (`cryptoposture ... | head`): not an error, the command ends quietly. */
export function isBrokenPipe(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED';
}

/** Ends the process quietly when stdout or stderr is closed by its reader, instead of a stack trace. */
export function exitQuietlyOnBrokenPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
      if (!isBrokenPipe(error)) throw error;
      process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    });
  }
}
