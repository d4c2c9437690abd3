/**
 * Rule fixtures: small graphs with the expected outcome of one rule per node
 * (`fixtures/rules/<rule id>/*.json` for the built-in pack, `<folder>/fixtures/<rule id>/`
 * for a user's rules). Evaluated by the engine without AWS. Used by the table-driven test
 * and by `cryptoposture rules test`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, type ValidationProblem } from '../errors.ts';
import { Graph } from '../graph/graph.ts';
import { DERIVED_ATTRIBUTES, deriveAttributes } from '../graph/derive.ts';
import {
  NODE_TYPES,
  SERVICES,
  type EdgeKind,
  type Gap,
  type GraphEdge,
  type GraphNode,
  type NodeType,
  type Service,
} from '../graph/types.ts';
import { loadJsonResource } from '../resources.ts';
import { compileSchema } from '../schema/validate.ts';
import { Coverage } from './coverage.ts';
import { serviceOfType } from './edges.ts';
import { EXPECTATION_KEYS } from './fixture-schema.ts';
import { evaluateOne } from './evaluate.ts';
import type { CompiledRule } from './load.ts';
import type { RuleResult, Severity, Status } from './types.ts';

export const FIXTURE_ACCOUNT = '111122223333';
export const FIXTURE_REGION = 'eu-west-1';
export const FIXTURE_SCAN_TIME = '2025-06-01T00:00:00.000Z';

interface FixtureNode {
  id: string;
  type: NodeType;
  account?: string;
  region?: string;
  name?: string;
  tags?: Record<string, string>;
  attributes: Record<string, unknown>;
  expect?: Status;
  expectSeverity?: Severity;
  expectMessage?: string;
  why?: string;
}

export interface FixtureDocument {
  description: string;
  scanTime?: string;
  services?: Service[];
  params?: Record<string, unknown>;
  gaps?: Gap[];
  nodes: FixtureNode[];
  edges?: { from: string; to: string; kind: EdgeKind; via?: { ref: string; field: string } }[];
}

export interface FixtureCase {
  rule: string;
  file: string;
  node: string;
  why?: string;
  expected: { status: Status; severity?: Severity; message?: string };
  actual: RuleResult;
  ok: boolean;
  /** Canonical form of the case's input, to find duplicates. */
  fingerprint: string;
}

export interface FixtureReport {
  cases: FixtureCase[];
  /** Problems that are not a wrong outcome: invalid fixtures, rules without pass and fail cases, duplicates. */
  problems: { file: string; pointer: string; message: string }[];
}

const validator = () => compileSchema<FixtureDocument>(loadJsonResource('schemas/rule-fixture.schema.json'));

export function fixtureFiles(fixturesDir: string, ruleId: string): string[] {
  const dir = join(fixturesDir, ruleId);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}

/** Runs every fixture of every rule; also reports rules lacking a pass or a fail case, and duplicate cases. */
export function runFixtures(rules: readonly CompiledRule[], fixturesDir: string): FixtureReport {
  const report: FixtureReport = { cases: [], problems: [] };
  for (const rule of rules) {
    const files = fixtureFiles(fixturesDir, rule.id);
    const cases: FixtureCase[] = [];
    for (const file of files) {
      let doc: unknown;
      try {
        doc = JSON.parse(readFileSync(file, 'utf8'));
      } catch (e) {
        report.problems.push({ file, pointer: '', message: `is not valid JSON: ${(e as Error).message}` });
        continue;
      }
      try {
        cases.push(...runFixture(rule, doc, file));
      } catch (e) {
        if (!(e instanceof ConfigError)) throw e;
        for (const p of e.problems) report.problems.push({ file, ...p });
      }
    }
    const statuses = new Set(cases.map((c) => c.expected.status));
    for (const needed of ['pass', 'fail'] as const) {
      if (!statuses.has(needed)) {
        report.problems.push({
          file: join(fixturesDir, rule.id),
          pointer: '',
          message: `${rule.id} has no fixture case expecting ${needed}`,
        });
      }
    }
    const seen = new Map<string, FixtureCase>();
    for (const c of cases) {
      const first = seen.get(c.fingerprint);
      if (first) {
        report.problems.push({
          file: c.file,
          pointer: '',
          message: `case ${c.node} duplicates case ${first.node} of ${first.file} (same node, neighbours, parameters and scan)`,
        });
      } else seen.set(c.fingerprint, c);
    }
    report.cases.push(...cases);
  }
  return report;
}

/**
 * Schema problems of a fixture, with messages that say what to do for the usual mistakes:
 * an expectation written inside `attributes`, a derived attribute stated, an unknown node type.
 */
function fixtureProblems(document: unknown): ValidationProblem[] {
  return validator()
    .problems(document)
    .map((p) => {
      const attribute = /^\/nodes\/(\d+)\/attributes\/([^/]+)$/.exec(p.pointer);
      if (attribute && p.message === 'is not an allowed property') {
        const key = attribute[2]!;
        const node = (document as { nodes: { type?: unknown }[] }).nodes[Number(attribute[1])];
        if ((EXPECTATION_KEYS as readonly string[]).includes(key))
          return { ...p, message: `"${key}" is an expectation: write it next to "expect", not inside "attributes"` };
        const derived = DERIVED_ATTRIBUTES[node?.type as NodeType] ?? [];
        if (derived.includes(key))
          return { ...p, message: `"${key}" is derived by the scan: state the raw attributes it is derived from (the runner derives it)` };
        return { ...p, message: `is not an attribute of ${String(node?.type)}` };
      }
      if (/^\/nodes\/\d+$/.test(p.pointer) && p.message.startsWith('value of tag "type"'))
        return { pointer: `${p.pointer}/type`, message: `unknown node type (known: ${NODE_TYPES.join(', ')})` };
      return p;
    });
}

/** Evaluates one fixture document for one rule. Throws ConfigError (with pointers) for an invalid fixture. */
export function runFixture(rule: CompiledRule, document: unknown, file: string): FixtureCase[] {
  const problems: ValidationProblem[] = fixtureProblems(document);
  if (problems.length > 0) throw new ConfigError(file, problems);
  const doc = document as FixtureDocument;
  const nodes: GraphNode[] = doc.nodes.map((n, i) => {
    if (n.expect !== undefined && !rule.targets.includes(n.type)) {
      problems.push({ pointer: `/nodes/${i}/expect`, message: `${n.type} is not a target of ${rule.id}` });
    }
    if (n.expect === undefined && rule.targets.includes(n.type)) {
      problems.push({ pointer: `/nodes/${i}`, message: `a ${n.type} node must say what it expects ("expect")` });
    }
    return {
      id: n.id,
      type: n.type,
      account: n.account ?? FIXTURE_ACCOUNT,
      region: n.region ?? FIXTURE_REGION,
      name: n.name ?? n.id.split(/[:/]/).pop() ?? n.id,
      tags: n.tags ?? {},
      attributes: n.attributes,
    };
  });
  const edges: GraphEdge[] = (doc.edges ?? []).map((e) => ({ from: e.from, to: e.to, kind: e.kind, ...(e.via ? { via: e.via } : {}) }));
  const params = { ...rule.defaults, ...(doc.params ?? {}) };
  for (const p of rule.checkParams(params)) problems.push({ pointer: `/params${p.pointer}`, message: p.message });
  let graph: Graph | undefined;
  try {
    graph = new Graph(nodes, edges, doc.gaps ?? []);
  } catch (e) {
    problems.push({ pointer: '/edges', message: (e as Error).message });
  }
  if (problems.length > 0 || !graph) throw new ConfigError(file, problems);
  // The fixture states raw attributes; derived ones come from the scan's own code.
  deriveAttributes(graph);

  const scanTime = doc.scanTime ?? FIXTURE_SCAN_TIME;
  const services = doc.services ?? [...SERVICES];
  const coverage = new Coverage(graph, { services });
  const base = { graph, coverage, params, now: Date.parse(scanTime) };
  const active = { rule, params, severity: rule.doc.severity };
  const cases: FixtureCase[] = [];
  for (const spec of doc.nodes) {
    if (spec.expect === undefined) continue;
    const node = graph.node(spec.id)!;
    const actual = evaluateOne(active, node, base);
    const expected = {
      status: spec.expect,
      ...(spec.expectSeverity ? { severity: spec.expectSeverity } : {}),
      ...(spec.expectMessage ? { message: spec.expectMessage } : {}),
    };
    const ok =
      actual.status === expected.status &&
      (expected.severity === undefined || actual.severity === expected.severity) &&
      (expected.message === undefined || actual.message === expected.message);
    cases.push({
      rule: rule.id,
      file,
      node: spec.id,
      ...(spec.why ? { why: spec.why } : {}),
      expected,
      actual,
      ok,
      fingerprint: fingerprint(graph, node, { params, scanTime, services }),
    });
  }
  return cases;
}

/** The case's input without names: the node, its neighbours over every edge, the parameters, the scan. */
function fingerprint(graph: Graph, node: GraphNode, scan: object): string {
  const strip = (n: GraphNode) => ({ type: n.type, account: n.account, region: n.region, tags: n.tags, attributes: n.attributes });
  const neighbours = [
    ...graph.outgoing(node.id).map((e) => ({ dir: 'out', kind: e.kind, via: e.via ?? null, node: strip(graph.node(e.to)!) })),
    ...graph.incoming(node.id).map((e) => ({ dir: 'in', kind: e.kind, via: e.via ?? null, node: strip(graph.node(e.from)!) })),
  ]
    .map((x) => canonical(x))
    .sort();
  const service = serviceOfType(node.type);
  const gaps = (service ? graph.gapsFor(node, service) : []).map((g) => canonical({ ...g, resource: g.resource === node.id }));
  return canonical({ node: strip(node), neighbours, gaps: gaps.sort(), scan, allGaps: graph.gaps.length });
}

export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}
