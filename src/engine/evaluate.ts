/**
 * `evaluate(graph, snapshot, rules, config)`: every enabled rule over every node of its
 * target types, each (rule, node) giving one result. Pure: the same graph, scan metadata,
 * rules and configuration give the same results, in the same order, whether the graph was
 * just collected or read back from a saved snapshot.
 */
import type { Graph } from '../graph/graph.ts';
import type { Snapshot } from '../graph/snapshot-types.ts';
import type { GraphNode, Service } from '../graph/types.ts';
import { applyConfig, NO_CONFIG, type ActiveRule, type LoadedConfig } from './config.ts';
import { EvalError, F, rootEnv, T, U, type EvalEnv, type TV } from './conditions.ts';
import { Coverage } from './coverage.ts';
import type { CompiledRule } from './load.ts';
import { formatValue, renderMessage } from './message.ts';
import {
  SEVERITIES,
  STATUSES,
  severityRank,
  type Evaluation,
  type Evidence,
  type RuleResult,
  type RuleSummary,
  type Severity,
  type Status,
} from './types.ts';

/** The scan metadata evaluation needs (a subset of the snapshot's). */
export interface ScanInfo {
  id: string;
  /** Date arithmetic is relative to this time, never the wall clock. */
  startedAt: string;
  accounts: string[];
  regions: string[];
  services: Service[];
  complete: boolean;
  unfinished?: { account: string; region: string; service: string }[];
}

export function evaluate(
  graph: Graph,
  snapshot: Pick<Snapshot, 'scan'>,
  rules: readonly CompiledRule[],
  config: LoadedConfig = NO_CONFIG,
): Evaluation {
  return evaluateRules(graph, snapshot.scan, applyConfig(rules, config));
}

export function evaluateRules(graph: Graph, scan: ScanInfo, active: readonly ActiveRule[]): Evaluation {
  const now = Date.parse(scan.startedAt);
  const coverage = new Coverage(graph, scan);
  const results: RuleResult[] = [];
  const rules: RuleSummary[] = [];
  for (const a of [...active].sort((x, y) => compare(x.rule.id, y.rule.id))) {
    rules.push(summarize(a));
    const nodes = a.rule.targets.flatMap((t) => graph.nodesOfType(t));
    if (a.rule.targets.length > 1) nodes.sort((x, y) => compare(x.id, y.id));
    for (const node of nodes) results.push(evaluateOne(a, node, { graph, coverage, params: a.params, now }));
  }
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  const failuresBySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const r of results) {
    byStatus[r.status]++;
    if (r.status === 'fail' || r.status === 'error') failuresBySeverity[r.severity]++;
  }
  return {
    evaluatedAt: scan.startedAt,
    scan: { id: scan.id, accounts: [...scan.accounts], regions: [...scan.regions], complete: scan.complete },
    rules,
    results,
    summary: { byStatus, failuresBySeverity },
  };
}

type Base = Pick<EvalEnv, 'graph' | 'coverage' | 'params' | 'now'>;

export function evaluateOne(active: ActiveRule, node: GraphNode, base: Base): RuleResult {
  const { rule } = active;
  // Not-applicable results (the most common) carry no evidence: `applies` is first evaluated
  // without collecting any, which keeps a full evaluation of a large account fast.
  if (rule.applies && !quietlyApplies(rule, node, base)) {
    return {
      ruleId: rule.id,
      status: 'not_applicable',
      severity: active.severity,
      message: `Not applicable to ${node.name}.`,
      resource: { id: node.id, type: node.type, account: node.account, region: node.region, name: node.name },
      evidence: [],
      params: active.params,
    };
  }
  const env = rootEnv(base, node, true);
  let status: Status;
  let severity = active.severity;
  let ladderStep: number | undefined;
  let error: string | undefined;
  try {
    status = decide(rule, env);
    for (const bind of rule.related) bind(env);
    if (status === 'fail') {
      for (const [i, step] of rule.ladder.entries()) {
        if (step.when(rootEnv(base, node, false)) === T) {
          if (severityRank(step.severity) > severityRank(severity)) {
            severity = step.severity;
            ladderStep = i;
          }
          break;
        }
      }
    }
  } catch (e) {
    if (!(e instanceof EvalError)) throw e;
    status = 'error';
    error = e.message;
  }
  const evidence = env.evidence ?? [];
  for (const path of rule.doc.evidence ?? []) {
    const value = readPath(node.attributes, path);
    evidence.push({ kind: 'included', node: node.id, path, ...(value === undefined ? {} : { value }) });
  }
  const result: RuleResult = {
    ruleId: rule.id,
    status,
    severity,
    message: message(active, node, status, env, evidence, error),
    resource: { id: node.id, type: node.type, account: node.account, region: node.region, name: node.name },
    evidence,
    params: active.params,
  };
  if (status === 'unknown') {
    const gaps = base.coverage.nodeGaps(node);
    if (gaps.length > 0) result.gaps = gaps;
  }
  if (ladderStep !== undefined) result.ladderStep = ladderStep;
  if (error !== undefined) result.error = error;
  return result;
}

function quietlyApplies(rule: CompiledRule, node: GraphNode, base: Base): boolean {
  try {
    return rule.applies!(rootEnv(base, node, false)) !== F;
  } catch (e) {
    if (e instanceof EvalError) return true; // evaluated again below, where the error is reported
    throw e;
  }
}

function decide(rule: CompiledRule, env: EvalEnv): Status {
  if (rule.applies) {
    const a: TV = rule.applies(env);
    if (a === F) return 'not_applicable';
    if (a === U) return 'unknown';
  }
  if (rule.unknownWhen) {
    const mark = env.evidence?.length ?? 0;
    const u = rule.unknownWhen(env);
    if (u === T) {
      env.evidence?.splice(0, mark); // what made it undecidable is the explanation
      undecidable.add(env);
    }
    if (u !== F) return 'unknown';
  }
  const c = rule.check(env);
  return c === T ? 'pass' : c === F ? 'fail' : 'unknown';
}

function message(active: ActiveRule, node: GraphNode, status: Status, env: EvalEnv, evidence: Evidence[], error?: string): string {
  const ctx = { node, params: active.params, bindings: env.bindings ?? {}, now: env.now };
  const doc = active.rule.doc;
  switch (status) {
    case 'fail':
      return renderMessage(doc.message.fail, ctx);
    case 'pass':
      return doc.message.pass ? renderMessage(doc.message.pass, ctx) : `Not found on ${node.name}: ${doc.title}.`;
    case 'not_applicable':
      return `Not applicable to ${node.name}.`;
    case 'error':
      return `The rule could not be evaluated on ${node.name}: ${error ?? 'unknown error'}.`;
    case 'unknown':
      return unknownMessage(node, evidence, env);
  }
}

/** Environments whose rule said, through `unknownWhen`, that the data cannot decide. */
const undecidable = new WeakSet<EvalEnv>();

function unknownMessage(node: GraphNode, evidence: Evidence[], env: EvalEnv): string {
  if (undecidable.has(env)) {
    const facts = evidence
      .filter((e) => e.kind === 'attribute' && e.outcome === 'true')
      .map((e) => `${(e as { path: string }).path} is ${formatValue((e as { value?: unknown }).value)}`);
    return `Could not be decided for ${node.name}: ${facts.join(', ')}.`;
  }
  const missing = new Set<string>();
  let hidden = false;
  for (const e of evidence) {
    if (e.kind === 'attribute' && e.outcome === 'unknown' && !('value' in e))
      missing.add(e.node === node.id ? e.path : `${e.path} of ${e.node}`);
    if (e.kind === 'attribute' && e.outcome === 'unknown' && 'value' in e && e.expected === undefined)
      missing.add(`the value compared with ${e.path}`);
    if (e.kind === 'related' && e.outcome === 'unknown' && e.incomplete) hidden = true;
  }
  const parts: string[] = [];
  if (missing.size > 0) parts.push(`not collected: ${formatValue([...missing])}`);
  if (hidden) parts.push('related resources may be missing (a service was not scanned or had collection gaps)');
  return `Could not be decided for ${node.name}${parts.length > 0 ? `: ${parts.join('; ')}` : ''}.`;
}

function readPath(value: unknown, path: string): unknown {
  let v = value;
  for (const seg of path.split('.')) {
    if (v === undefined || v === null || typeof v !== 'object') return v === null ? null : undefined;
    v = (v as Record<string, unknown>)[seg];
  }
  return v;
}

function summarize(a: ActiveRule): RuleSummary {
  const d = a.rule.doc;
  return {
    id: d.id,
    slug: d.slug,
    title: d.title,
    severity: a.severity,
    service: d.service,
    target: a.rule.targets,
    tags: a.rule.tags,
    ...(d.description ? { description: d.description } : {}),
    params: a.params,
    rationale: d.rationale,
    remediation: d.remediation,
    references: d.references,
    compliance: d.compliance ?? [],
    origin: a.rule.origin,
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Failures (and errors) at or above `threshold`, most severe first, then by rule and resource. */
export function failuresAtOrAbove(evaluation: Evaluation, threshold: Severity | 'none'): RuleResult[] {
  if (threshold === 'none') return [];
  const min = severityRank(threshold);
  return sortFindings(evaluation.results.filter((r) => (r.status === 'fail' || r.status === 'error') && severityRank(r.severity) >= min));
}

export function sortFindings(results: RuleResult[]): RuleResult[] {
  return results.sort(
    (a, b) => severityRank(b.severity) - severityRank(a.severity) || compare(a.ruleId, b.ruleId) || compare(a.resource.id, b.resource.id),
  );
}
