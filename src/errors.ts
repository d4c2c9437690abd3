/**
 * One error hierarchy with stable codes. Expected failures (AccessDenied, a missing
 * operation in an emulator) are values (collection gaps), not exceptions; these classes
 * are for what stops a command: bad input, bad configuration, a broken rule file.
 */

/** Exit codes, documented in the README; the CLI maps every outcome to one of these. */
export const ExitCode = {
  ok: 0,
  findings: 1,
  usage: 2,
  incomplete: 3,
  /** A bug in cryptoposture (an invariant did not hold, a reporter crashed); the message says where the stack went. */
  internal: 4,
  /** The scan completed but collected less than `--min-coverage` of its planned calls ("mostly not collected"). */
  lowCoverage: 5,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export type ErrorCode =
  | 'CP_USAGE'
  | 'CP_CONFIG_INVALID'
  | 'CP_NO_CREDENTIALS'
  | 'CP_SNAPSHOT_UNREADABLE'
  | 'CP_SNAPSHOT_INVALID'
  | 'CP_RULE_INVALID'
  | 'CP_POLICY_INVALID'
  | 'CP_BASELINE_INVALID'
  | 'CP_EMULATOR_UNAVAILABLE'
  | 'CP_INTERNAL'
  | FirstCallCode;

export class CryptopostureError extends Error {
  readonly code: ErrorCode;
  readonly exitCode: ExitCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; exitCode?: ExitCode }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.exitCode = options?.exitCode ?? ExitCode.usage;
  }
}

/** The command line or its arguments are wrong. */
export class UsageError extends CryptopostureError {
  constructor(message: string) {
    super('CP_USAGE', message);
  }
}

/** No AWS credentials could be found for a live scan. */
export class CredentialsError extends CryptopostureError {
  constructor(message: string, cause?: unknown) {
    super('CP_NO_CREDENTIALS', message, { cause });
  }
}

/** A JSON document (snapshot, rule, config, policy) failed validation at a JSON path. */
export interface ValidationProblem {
  /** JSON pointer into the document, '' for the root. */
  pointer: string;
  message: string;
}

/** Formats problems as "file at /json/pointer: message" lines. */
export function describeProblems(file: string, problems: readonly ValidationProblem[]): string {
  return problems.map((p) => `${file} at ${p.pointer === '' ? '/' : p.pointer}: ${p.message}`).join('\n');
}

abstract class DocumentError extends CryptopostureError {
  readonly file: string;
  readonly problems: readonly ValidationProblem[];

  constructor(code: ErrorCode, file: string, problems: readonly ValidationProblem[], cause?: unknown) {
    super(code, describeProblems(file, problems), { cause });
    this.file = file;
    this.problems = problems;
  }
}

/** A snapshot file that is not JSON or does not match the snapshot schema. */
export class SnapshotError extends DocumentError {
  constructor(file: string, problems: readonly ValidationProblem[], cause?: unknown) {
    super('CP_SNAPSHOT_INVALID', file, problems, cause);
  }
}

/** A configuration file (scan config, suppressions) that does not match its schema. */
export class ConfigError extends DocumentError {
  constructor(file: string, problems: readonly ValidationProblem[], cause?: unknown) {
    super('CP_CONFIG_INVALID', file, problems, cause);
  }
}

/** A rule file that does not match the rule schema or uses an unknown operator. */
export class RuleLoadError extends DocumentError {
  constructor(file: string, problems: readonly ValidationProblem[], cause?: unknown) {
    super('CP_RULE_INVALID', file, problems, cause);
  }
}

/** A file given as a policy document that is not one (not JSON, or no `Statement`). */
export class PolicyFileError extends DocumentError {
  constructor(file: string, problems: readonly ValidationProblem[], cause?: unknown) {
    super('CP_POLICY_INVALID', file, problems, cause);
  }
}

/** A baseline (`--baseline`) that is not a SARIF file or findings.json written by cryptoposture. */
export class BaselineError extends DocumentError {
  constructor(file: string, problems: readonly ValidationProblem[], cause?: unknown) {
    super('CP_BASELINE_INVALID', file, problems, cause);
  }
}

/** The AWS emulator (moto) could not be installed or started. */
export class EmulatorError extends CryptopostureError {
  constructor(message: string, cause?: unknown) {
    super('CP_EMULATOR_UNAVAILABLE', message, { cause });
  }
}

/** A bug: an invariant did not hold. */
export class InternalError extends CryptopostureError {
  constructor(message: string, cause?: unknown) {
    super('CP_INTERNAL', message, { cause, exitCode: ExitCode.internal });
  }
}

/** Why a scan's first AWS call (sts:GetCallerIdentity) failed, when not because the credentials were refused. */
export type FirstCallCode =
  'CP_CREDENTIALS_EXPIRED' | 'CP_REGION_NOT_ENABLED' | 'CP_AWS_THROTTLED' | 'CP_AWS_UNREACHABLE' | 'CP_AWS_FAILED' | 'CP_STOPPED_EARLY';

const FIRST_CALL_EXIT: Record<FirstCallCode, ExitCode> = {
  // Fixed by the user: new credentials, another home region.
  CP_CREDENTIALS_EXPIRED: ExitCode.usage,
  CP_REGION_NOT_ENABLED: ExitCode.usage,
  // Nothing could be collected: coverage is nil, below any --min-coverage.
  CP_AWS_THROTTLED: ExitCode.lowCoverage,
  CP_AWS_UNREACHABLE: ExitCode.lowCoverage,
  CP_AWS_FAILED: ExitCode.lowCoverage,
  // Interrupted (or out of time) before the first answer.
  CP_STOPPED_EARLY: ExitCode.incomplete,
};

/** A scan that could not start: its first AWS call failed (or it was stopped before), and nothing was collected. */
export class ScanStartError extends CryptopostureError {
  constructor(code: FirstCallCode, message: string, cause?: unknown) {
    super(code, message, { cause, exitCode: FIRST_CALL_EXIT[code] });
  }
}

export function isCryptopostureError(e: unknown): e is CryptopostureError {
  return e instanceof CryptopostureError;
}
