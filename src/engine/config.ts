/**
 * The configuration file (`--config`, schema `schemas/config.schema.json`): rule folders,
 * which rules are enabled, parameter and severity overrides, trusted accounts and
 * organizations. Every rule id and tag it names must exist: a typo is an error, never a
 * silently ignored setting.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConfigError, type ValidationProblem } from '../errors.ts';
import { loadJsonResource } from '../resources.ts';
import { compileSchema, escapePointer } from '../schema/validate.ts';
import type { CompiledRule } from './load.ts';
import type { Severity } from './types.ts';

export interface Selector {
  ids?: string[];
  tags?: string[];
  services?: string[];
}

export interface EngineConfig {
  $schema?: string;
  ruleFolders?: string[];
  enable?: Selector;
  disable?: Selector;
  params?: Record<string, Record<string, unknown>>;
  severity?: Record<string, Severity>;
  trustedAccounts?: string[];
  trustedOrganizations?: string[];
  failOn?: Severity | 'none';
}

export interface LoadedConfig {
  /** The file it came from ('' for none). */
  file: string;
  config: EngineConfig;
  /** `ruleFolders`, resolved against the config file's folder. */
  ruleFolders: string[];
}

/** A rule that will run, with its effective parameters and severity. */
export interface ActiveRule {
  rule: CompiledRule;
  params: Record<string, unknown>;
  severity: Severity;
}

export const NO_CONFIG: LoadedConfig = { file: '', config: {}, ruleFolders: [] };

const validator = () => compileSchema<EngineConfig>(loadJsonResource('schemas/config.schema.json'));

export function parseConfig(document: unknown, file: string): LoadedConfig {
  const problems = validator().problems(document);
  if (problems.length > 0) throw new ConfigError(file, problems);
  const config = document as EngineConfig;
  const base = file === '' ? process.cwd() : dirname(resolve(file));
  return { file, config, ruleFolders: (config.ruleFolders ?? []).map((f) => resolve(base, f)) };
}

export function readConfigFile(file: string): LoadedConfig {
  let document: unknown;
  try {
    document = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    const reason = e instanceof SyntaxError ? 'is not valid JSON' : 'cannot be read';
    throw new ConfigError(file, [{ pointer: '', message: `${reason}: ${(e as Error).message}` }], e);
  }
  return parseConfig(document, file);
}

/** Parameters every rule gets from top-level settings, when it declares a parameter of that name. */
const SHARED_PARAMS = ['trustedAccounts', 'trustedOrganizations'] as const;

/** Chooses the enabled rules and their parameters and severities; throws ConfigError naming unknown ids, tags and bad values. */
export function applyConfig(rules: readonly CompiledRule[], loaded: LoadedConfig): ActiveRule[] {
  const { config, file } = loaded;
  const problems: ValidationProblem[] = [];
  const byId = new Map(rules.map((r) => [r.id, r]));
  const tags = new Set(rules.flatMap((r) => r.tags));
  const checkSelector = (selector: Selector | undefined, name: string) => {
    selector?.ids?.forEach((id, i) => {
      if (!byId.has(id)) problems.push({ pointer: `/${name}/ids/${i}`, message: `names no rule (${id})` });
    });
    selector?.tags?.forEach((tag, i) => {
      if (!tags.has(tag)) problems.push({ pointer: `/${name}/tags/${i}`, message: `is the tag of no rule (${tag})` });
    });
  };
  checkSelector(config.enable, 'enable');
  checkSelector(config.disable, 'disable');
  config.disable?.ids?.forEach((id, i) => {
    if (config.enable?.ids?.includes(id)) problems.push({ pointer: `/disable/ids/${i}`, message: `${id} is also enabled by id` });
  });
  for (const id of Object.keys(config.severity ?? {})) {
    if (!byId.has(id)) problems.push({ pointer: `/severity/${escapePointer(id)}`, message: `names no rule (${id})` });
  }

  const active: ActiveRule[] = [];
  for (const [id, values] of Object.entries(config.params ?? {})) {
    const rule = byId.get(id);
    if (!rule) {
      problems.push({ pointer: `/params/${escapePointer(id)}`, message: `names no rule (${id})` });
      continue;
    }
    const merged = { ...rule.defaults, ...values };
    for (const p of rule.checkParams(merged)) problems.push({ pointer: `/params/${escapePointer(id)}${p.pointer}`, message: p.message });
  }
  if (problems.length > 0) throw new ConfigError(file || 'configuration', problems);

  for (const rule of rules) {
    if (!isEnabled(rule, config)) continue;
    const params: Record<string, unknown> = { ...rule.defaults };
    for (const name of SHARED_PARAMS) {
      if (name in params && config[name] !== undefined) params[name] = [...config[name]];
    }
    Object.assign(params, config.params?.[rule.id] ?? {});
    active.push({ rule, params, severity: config.severity?.[rule.id] ?? rule.doc.severity });
  }
  return active;
}

function matches(rule: CompiledRule, s: Selector | undefined): boolean {
  if (!s) return false;
  return (
    (s.ids ?? []).includes(rule.id) || (s.tags ?? []).some((t) => rule.tags.includes(t)) || (s.services ?? []).includes(rule.doc.service)
  );
}

function isEnabled(rule: CompiledRule, config: EngineConfig): boolean {
  if (config.enable?.ids?.includes(rule.id)) return true;
  if (config.enable && !matches(rule, config.enable)) return false;
  return !matches(rule, config.disable);
}
