/**
 * The options every evaluating command shares (`scan`, `evaluate`, `demo`): rule folders,
 * configuration file, and the --fail-on gate.
 */
import { Option, type Command } from 'commander';
import { prepareRules, type RuleSet, type Severity } from '../engine/index.ts';
import type { CliIO } from './io.ts';
import { collect, FAIL_ON } from './options.ts';

export interface RuleFlags {
  rules?: string[];
  config?: string;
  failOn?: Severity | 'none';
}

export function addRuleOptions(command: Command): Command {
  return command
    .addOption(new Option('--rules <dir>', 'a folder of custom rules, added to the built-in pack (repeatable)').argParser(collect))
    .addOption(
      new Option(
        '--config <file>',
        'a configuration file: enabled rules, parameters, severities, trusted accounts (schemas/config.schema.json)',
      ),
    )
    .addOption(
      new Option(
        '--fail-on <severity>',
        "exit 1 when a failure at or above this severity is found (default: the config's failOn, else none)",
      ).choices(FAIL_ON),
    );
}

/** Loads rules and configuration; a bad rule file or configuration throws (exit 2) before anything else runs. */
export function rulesFromFlags(io: CliIO, flags: RuleFlags): { rules: RuleSet; failOn: Severity | 'none' } {
  const rules = prepareRules({
    ...(flags.rules ? { ruleDirs: flags.rules } : {}),
    ...(flags.config ? { configFile: flags.config } : {}),
    cwd: io.cwd,
  });
  return { rules, failOn: flags.failOn ?? rules.failOn ?? 'none' };
}
