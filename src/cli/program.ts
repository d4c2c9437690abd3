/**
 * The command line: `cryptoposture <command>`. Every command is built in its own module;
 * this file only assembles them and maps outcomes to exit codes.
 */
import { Command, CommanderError } from 'commander';
import { ExitCode, isCryptopostureError } from '../errors.ts';
import { packageVersion } from '../resources.ts';
import { demoCommand } from './commands/demo.ts';
import { evaluateCommand } from './commands/evaluate.ts';
import { evidenceCommand } from './commands/evidence.ts';
import { permissionsCommand } from './commands/permissions.ts';
import { policyCommand } from './commands/policy.ts';
import { rulesCommand } from './commands/rules.ts';
import { scanCommand } from './commands/scan.ts';
import { terminalSafe } from '../text/terminal-safe.ts';
import { reportInternalError } from './internal-error.ts';
import { colors, isBrokenPipe, type CliIO } from './io.ts';

export const EXIT_CODES_HELP = `
Exit codes:
  0  clean: the scan completed and no finding is at or above --fail-on
  1  findings at or above --fail-on
  2  usage or configuration error (bad option, bad file, no credentials)
  3  scan incomplete: some data could not be collected (gaps) or the scan was interrupted
  4  internal error: a bug in cryptoposture (please report it)
  5  scan mostly not collected: coverage below --min-coverage`;

export function buildProgram(io: CliIO, setExit: (code: number) => void): Command {
  const program = new Command('cryptoposture')
    .description('AWS encryption-posture scanner: KMS keys, ACM certificates, and encryption at rest of S3, EBS, RDS and CloudTrail')
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help for a command')
    .addHelpCommand('help [command]', 'show help for a command')
    .addHelpText('after', EXIT_CODES_HELP)
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, write) => write(colors(io).red(text)) })
    .exitOverride();
  for (const make of [scanCommand, evaluateCommand, demoCommand, rulesCommand, permissionsCommand, policyCommand, evidenceCommand]) {
    const command = make(io, setExit);
    configureTree(command, io);
    program.addCommand(command);
  }
  return program;
}

/** Every command and subcommand: same help option, output streams, and errors as exceptions (never process.exit). */
function configureTree(command: Command, io: CliIO): void {
  command.helpOption('-h, --help', 'show help for this command');
  command.configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, write) => write(colors(io).red(text)) });
  command.showHelpAfterError('(add --help for usage)');
  command.exitOverride();
  for (const sub of command.commands) configureTree(sub, io);
}

/** Runs the CLI with `argv` (without node and script); resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  let exitCode: number = ExitCode.ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end with code 0; every parse error is a usage error.
      return e.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    if (isCryptopostureError(e)) {
      // Messages quote files and values that others may have written: each line is made inert.
      io.stderr(`${colors(io).red('error')}: ${e.message.split('\n').map(terminalSafe).join('\n')}\n`);
      return e.exitCode;
    }
    if (isBrokenPipe(e)) return exitCode;
    reportInternalError(io, e, argv);
    return ExitCode.internal;
  }
}
