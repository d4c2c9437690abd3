/**
 * The options every evaluating command shares (`scan`, `evaluate`, `demo`): rule folders,
 * configuration file, the --fail-on gate, and the rule filters named as Prowler users
 * expect them (--severity, --checks, --exclude-checks).
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { prepareRules, SEVERITIES, type RuleSet, type Severity } from '../engine/index.ts';
import { UsageError } from '../errors.ts';
import { closestNames } from './closest.ts';
import type { CliIO } from './io.ts';
import { collect, FAIL_ON, parseList } from './options.ts';

export interface RuleFlags {
  rules?: string[];
  config?: string;
  failOn?: Severity | 'none';
  severity?: Severity[];
  checks?: string[];
  excludeChecks?: string[];
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
    )
    .addOption(
      new Option('--severity <list>', 'only rules of these severities, e.g. high,critical (info, low, medium, high, critical)').argParser(
        parseSeverities,
      ),
    )
    .addOption(new Option('--checks <list>', 'only these rules: ids or patterns with *, e.g. CP-KMS-003,CP-S3-*').argParser(parseList))
    .addOption(new Option('--exclude-checks <list>', 'leave these rules out: ids or patterns with *, e.g. CP-ACM-*').argParser(parseList));
}

/** Loads rules and configuration; a bad rule file or configuration throws (exit 2) before anything else runs. */
export function rulesFromFlags(io: CliIO, flags: RuleFlags): { rules: RuleSet; failOn: Severity | 'none' } {
  const rules = prepareRules({
    ...(flags.rules ? { ruleDirs: flags.rules } : {}),
    ...(flags.config ? { configFile: flags.config } : {}),
    cwd: io.cwd,
  });
  const selected = selectRules(rules, { severity: flags.severity, checks: flags.checks, excludeChecks: flags.excludeChecks });
  return { rules: selected, failOn: flags.failOn ?? rules.failOn ?? 'none' };
}

export function parseSeverities(value: string): Severity[] {
  const list = parseList(value);
  const bad = list.filter((s) => !(SEVERITIES as readonly string[]).includes(s));
  if (bad.length > 0) throw new InvalidArgumentError(`unknown severity ${bad.join(', ')}; known: ${SEVERITIES.join(', ')}`);
  if (list.length === 0) throw new InvalidArgumentError('no severity named');
  return list as Severity[];
}

/** `CP-S3-*` as a regular expression: `*` is any run of characters, the rest is literal. */
function patternOf(glob: string): RegExp {
  return new RegExp(
    `^${glob
      .split('*')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
    'i',
  );
}

/**
 * Narrows the enabled rules by --checks, --exclude-checks and --severity (the effective
 * severity, after the configuration). A pattern that names no rule at all is a usage error
 * with the closest ids: a typo must not silently select nothing.
 */
export function selectRules(set: RuleSet, filters: { severity?: Severity[]; checks?: string[]; excludeChecks?: string[] }): RuleSet {
  const ids = set.rules.map((r) => r.id);
  const matcher = (option: string, globs: string[] | undefined) => {
    const patterns = (globs ?? []).map((g) => ({ g, re: patternOf(g) }));
    for (const { g, re } of patterns) {
      if (!ids.some((id) => re.test(id))) {
        throw new UsageError(`${option}: no rule matches ${g} (closest: ${closestNames(g.toUpperCase(), ids).join(', ')})`);
      }
    }
    return (id: string) => patterns.some(({ re }) => re.test(id));
  };
  const included = matcher('--checks', filters.checks);
  const excluded = matcher('--exclude-checks', filters.excludeChecks);
  const active = set.active.filter(
    (a) =>
      (filters.checks === undefined || included(a.rule.id)) &&
      !excluded(a.rule.id) &&
      (filters.severity === undefined || filters.severity.includes(a.severity)),
  );
  return { ...set, active };
}
