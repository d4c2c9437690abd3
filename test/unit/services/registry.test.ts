/**
 * The registry's modules are complete, consistent with each other and with their
 * collectors, and every file generated from the registry lists exactly its services.
 * (`npm run generate --check`, run by the drift tests, fails when a generated file is stale.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COLLECTORS } from '../../../src/collect/registry.ts';
import { actionForOperation, isReadOnlyAction, permissionsPolicy, requiredActions } from '../../../src/collect/permissions.ts';
import { DEFAULT_QUOTAS } from '../../../src/collect/pacing.ts';
import { SCOPE_ACTIONS } from '../../../src/collect/scope.ts';
import { EDGE_ENDS } from '../../../src/engine/edges.ts';
import { EDGE_KINDS, NODE_TYPES, SERVICES } from '../../../src/graph/types.ts';
import { SERVICE_LIST } from '../../../src/services/registry.ts';
import { moduleClients } from '../../../src/services/service.ts';

const json = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

/** Every `enum` in a JSON document that holds one of `probe`'s values, by JSON path. */
function enumsHolding(document: unknown, probe: string, path = ''): { path: string; values: unknown[] }[] {
  if (Array.isArray(document)) return document.flatMap((v, i) => enumsHolding(v, probe, `${path}/${i}`));
  if (document === null || typeof document !== 'object') return [];
  return Object.entries(document).flatMap(([k, v]) =>
    k === 'enum' && Array.isArray(v) && v.includes(probe) ? [{ path, values: v }] : enumsHolding(v, probe, `${path}/${k}`),
  );
}

describe('the service registry', () => {
  it.each(SERVICE_LIST.map((m) => [m.name, m] as const))('%s declares node types, actions, quotas and a call model', async (_name, m) => {
    expect(m.title).not.toBe('');
    expect(Object.keys(m.nodeTypes).length).toBeGreaterThan(0);
    for (const t of Object.values(m.nodeTypes)) expect(t.title).not.toBe('');
    expect(m.actions.length).toBeGreaterThan(0);
    for (const action of m.actions) expect(isReadOnlyAction(action), action).toBe(true);
    expect(typeof m.quotas).toBe('object');
    expect(typeof m.calls).toBe('function');
    expect(typeof m.roundTrips).toBe('function');

    // The collector calls exactly the declared actions; each quota is of an operation it calls.
    const collector = await m.collector();
    expect(collector.service).toBe(m.name);
    expect(collector.scope).toBe(m.scope);
    const operations = Object.keys(collector.responses);
    const clients = moduleClients(m);
    expect(
      operations.every((o) => clients.includes(o.slice(0, o.indexOf(':')))),
      operations.join(', '),
    ).toBe(true);
    const called = operations.map((o) => actionForOperation(o.slice(0, o.indexOf(':')), o.slice(o.indexOf(':') + 1)));
    expect([...new Set(called)].sort()).toEqual([...m.actions].sort());
    for (const quoted of Object.keys(m.quotas)) expect(operations, `${m.name} quota ${quoted}`).toContain(quoted);

    // Its edges start at its own node types and end at known ones.
    for (const edge of Object.values(m.edges)) {
      for (const from of edge.from) expect(Object.keys(m.nodeTypes)).toContain(from);
      for (const to of edge.to) expect(NODE_TYPES).toContain(to);
    }
  });

  it('has unique names, node types and clients, and one meaning per edge kind', () => {
    expect(new Set(SERVICES).size).toBe(SERVICE_LIST.length);
    expect(new Set(NODE_TYPES).size).toBe(NODE_TYPES.length);
    // A client may serve several modules (EC2: EBS and AMIs), in one protocol; each action belongs to one module.
    const protocols = new Map<string, string>();
    for (const m of SERVICE_LIST) {
      for (const client of moduleClients(m)) {
        expect(protocols.get(client) ?? m.api.protocol, m.name).toBe(m.api.protocol);
        protocols.set(client, m.api.protocol);
      }
    }
    // Each module declares an action once; two modules may share one (the two Elastic Load
    // Balancing APIs both call elasticloadbalancing:DescribeLoadBalancers).
    for (const m of SERVICE_LIST) expect(new Set(m.actions).size, m.name).toBe(m.actions.length);
    const docs = new Map<string, string>();
    for (const m of SERVICE_LIST) {
      for (const [kind, edge] of Object.entries(m.edges)) {
        expect(docs.get(kind) ?? edge.doc, `${m.name} ${kind}`).toBe(edge.doc);
        docs.set(kind, edge.doc);
      }
    }
    expect([...docs.keys()].sort()).toEqual([...EDGE_KINDS].sort());
  });

  it('is what the derived lists hold: services, node types, edges, collectors, quotas, permissions', () => {
    expect(SERVICES).toEqual(SERVICE_LIST.map((m) => m.name));
    expect(NODE_TYPES).toEqual([...SERVICE_LIST.flatMap((m) => Object.keys(m.nodeTypes)), 'external']);
    expect(Object.keys(COLLECTORS)).toEqual(SERVICES);
    expect(Object.keys(EDGE_ENDS).sort()).toEqual([...EDGE_KINDS].sort());
    for (const m of SERVICE_LIST) for (const [op, quota] of Object.entries(m.quotas)) expect(DEFAULT_QUOTAS[op]).toEqual(quota);
    const actions = [...new Set([...SCOPE_ACTIONS, ...SERVICE_LIST.flatMap((m) => m.actions)])].sort();
    expect(requiredActions()).toEqual(actions);
    expect(
      permissionsPolicy()
        .Statement.flatMap((s) => s.Action)
        .sort(),
    ).toEqual(actions);
  });

  it('is what the generated schemas list', () => {
    const files = [
      'rules/rule.schema.json',
      'schemas/rule-fixture.schema.json',
      'schemas/config.schema.json',
      'schemas/snapshot.schema.json',
    ];
    for (const file of files) {
      const services = enumsHolding(json(file), 'cloudtrail');
      expect(services.length, file).toBeGreaterThan(0);
      for (const e of services) expect(e.values, `${file}${e.path}`).toEqual(SERVICES);
    }
    for (const file of ['rules/rule.schema.json', 'schemas/snapshot.schema.json']) {
      const types = enumsHolding(json(file), 'kms.alias');
      expect(types.length, file).toBeGreaterThan(0);
      for (const e of types)
        expect(
          [...e.values].filter((v) => v !== 'external'),
          `${file}${e.path}`,
        ).toEqual(NODE_TYPES.filter((t) => t !== 'external'));
    }
    for (const e of enumsHolding(json('schemas/snapshot.schema.json'), 'alias-of'))
      expect([...e.values].sort()).toEqual([...EDGE_KINDS].sort());
  });

  it('is what the deployment templates grant and offer', () => {
    const member = parse(readFileSync('deploy/member-role.yaml', 'utf8')) as unknown;
    const granted = new Set<string>();
    const collect = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) {
          if (k === 'Action') for (const a of [x].flat()) if (typeof a === 'string') granted.add(a);
          collect(x);
        }
    };
    collect(member);
    for (const action of requiredActions()) expect(granted, action).toContain(action);
    const main = readFileSync('deploy/cryptoposture.yaml', 'utf8');
    expect(main).toContain(`Comma-separated services to scan: ${SERVICES.join(', ')} (empty: all)`);
  });
});
