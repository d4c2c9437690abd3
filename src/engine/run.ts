/**
 * What drivers (the CLI, later the Lambda handler) call: prepare the rules before a scan
 * (so that a broken rule or configuration stops it before any AWS call), then evaluate
 * the snapshot. Collection and evaluation stay separate: a saved snapshot evaluates the same.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Graph } from '../graph/graph.ts';
import type { Snapshot } from '../graph/snapshot-types.ts';
import { applyConfig, NO_CONFIG, readConfigFile, type ActiveRule, type LoadedConfig } from './config.ts';
import { evaluateRules } from './evaluate.ts';
import { loadRules, type CompiledRule } from './load.ts';
import type { Evaluation, Provenance, Severity } from './types.ts';

export interface RuleSetOptions {
  /** Extra rule folders (`--rules`), added to the built-in pack and the config's folders. */
  ruleDirs?: readonly string[];
  /** A configuration file (`--config`). */
  configFile?: string;
  cwd?: string;
}

export interface RuleSet {
  rules: CompiledRule[];
  config: LoadedConfig;
  active: ActiveRule[];
  /** The config's `failOn`, if any. */
  failOn?: Severity | 'none';
}

/** Loads the configuration and every rule, and applies the configuration. Throws ConfigError / RuleLoadError (exit 2). */
export function prepareRules(options: RuleSetOptions = {}): RuleSet {
  const cwd = options.cwd ?? process.cwd();
  const config = options.configFile ? readConfigFile(resolve(cwd, options.configFile)) : NO_CONFIG;
  const dirs = [...config.ruleFolders, ...(options.ruleDirs ?? []).map((d) => resolve(cwd, d))];
  const rules = loadRules(dirs, { cwd });
  const active = applyConfig(rules, config);
  return { rules, config, active, ...(config.config.failOn ? { failOn: config.config.failOn } : {}) };
}

export function evaluateSnapshot(run: { graph: Graph; snapshot: Pick<Snapshot, 'scan'> }, ruleSet: RuleSet): Evaluation {
  return { ...evaluateRules(run.graph, run.snapshot.scan, ruleSet.active), provenance: ruleSetProvenance(ruleSet) };
}

/** Digests of what decides the results: the active rules as configured, and the configuration. */
export function ruleSetProvenance(ruleSet: RuleSet): Provenance {
  const rules = [...ruleSet.active]
    .sort((a, b) => (a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0))
    .map((a) => ({ rule: a.rule.doc, params: a.params, severity: a.severity }));
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
  return {
    rulePack: { digest: sha256(JSON.stringify(rules)), rules: rules.length },
    config: { digest: ruleSet.config.file ? sha256(JSON.stringify(ruleSet.config.config)) : 'none' },
  };
}
