/**
 * Fault injection: the real SDK clients talk to the emulator through a proxy that breaks one
 * operation's answers in one way (`fault-proxy.ts`). For every (fault class, operation)
 * case, generated from the operations the collectors declare, the scan must end within a
 * bound; the gap must be in the snapshot, findings.json and the SARIF file; every resource
 * of the clean scan must be present or covered by a gap; and no rule may pass where the
 * clean scan did not (no `pass` on data the fault hid). CI runs a sample (one case per
 * fault class); `npm run test:faults` runs every case.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { seedAccount, type AccountDefinition } from '../../src/demo/seed/index.ts';
import { evaluateSnapshot, prepareRules, type Evaluation } from '../../src/engine/index.ts';
import type { Graph } from '../../src/graph/graph.ts';
import type { Snapshot } from '../../src/graph/snapshot-types.ts';
import type { Gap } from '../../src/graph/types.ts';
import { renderReports } from '../../src/report/index.ts';
import { resourcePath } from '../../src/resources.ts';
import { takeSnapshot } from '../../src/scan.ts';
import { emulatorClients, emulatorEndpoint } from '../support/emulator.ts';
import { faultCases, sampleCases, type FaultCase } from '../support/fault-cases.ts';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.ts';

const ALL = process.env['CP_FAULTS'] === 'all';
const CASES = ALL ? faultCases() : sampleCases(faultCases());
const REGION = 'eu-west-1';
/** Each attempt's deadline in these scans: a stalled answer costs two of them (one retry). */
const REQUEST_TIMEOUT_MS = 1_500;
/** The longest a faulted scan of one service may take. */
const BOUND_MS = 30_000;

/** Classes that change the emulator's own answer rather than answer in its place. */
const CHANGING: readonly string[] = ['wrongType', 'repeatToken', 'truncatedNoMarker'];

const demo = JSON.parse(readFileSync(resourcePath('fixtures/demo/account.json'), 'utf8')) as AccountDefinition;
const rules = prepareRules();

let proxy: FaultProxy | undefined;
afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
});

function scan(endpoint: string, service: FaultCase['service']) {
  return takeSnapshot({ endpoint, regions: [REGION], services: [service], maxAttempts: 2, requestTimeoutMs: REQUEST_TIMEOUT_MS });
}

/** Whether a gap may hide this node: its own, or one of its service's listings where it lives. */
function covered(gaps: readonly Gap[], node: { id: string; account: string; region: string }, service: string): boolean {
  return gaps.some(
    (g) =>
      g.service === service &&
      g.account === node.account &&
      (g.resource === node.id || (g.resource === undefined && (g.region === '' || g.region === node.region))),
  );
}

function passes(evaluation: Evaluation): Set<string> {
  return new Set(evaluation.results.filter((r) => r.status === 'pass').map((r) => `${r.ruleId} ${r.resource.id}`));
}

describe(`fault injection (${ALL ? 'every case' : 'a sample; npm run test:faults runs every case'})`, () => {
  it('covers every declared operation of every collector, with each fault class', () => {
    const all = faultCases();
    expect(new Set(all.map((c) => c.fault)).size).toBe(8);
    expect(all.some((c) => c.service === 'rds' && c.operation === 'DescribeDBClusterSnapshotAttributes')).toBe(true);
    expect(all.filter((c) => c.fault === 'truncatedNoMarker').every((c) => c.client === 'kms')).toBe(true);
  });

  it.each(CASES)('$fault on $client:$operation', { timeout: 90_000 }, async ({ fault, service, client, operation }) => {
    // The demo account's resources of this service, and the keys they use.
    await seedAccount(emulatorClients(), { ...(demo.kms ? { kms: demo.kms } : {}), [service]: demo[service as keyof AccountDefinition] });
    const clean = await scan(emulatorEndpoint(), service);

    proxy = await startFaultProxy(emulatorEndpoint(), [{ service: client, operation, fault }]);
    const started = Date.now();
    const faulted = await scan(proxy.endpoint, service);
    expect(Date.now() - started).toBeLessThan(BOUND_MS);
    const lacking = clean.snapshot.gaps.some((g) => g.operation === operation && g.code === 'NonAwsResponse');
    if (lacking && CHANGING.includes(fault)) {
      // The emulator lacks the operation: there is no answer of its to change (the classes that
      // answer in its place fault it), and the fault must leave the scan as it was.
      expect(proxy.faulted).toEqual([]);
      expect(faulted.snapshot.gaps).toEqual(clean.snapshot.gaps);
      return;
    }
    expect(proxy.faulted.length, 'the fault was injected').toBeGreaterThan(0);

    // The gap, in the snapshot and in the reports.
    const gaps = faulted.snapshot.gaps.filter((g) => g.service === service && g.operation === operation);
    expect(gaps.length, JSON.stringify(faulted.snapshot.gaps)).toBeGreaterThan(0);
    expect(faulted.snapshot.scan.complete).toBe(false);
    const evaluation = evaluateSnapshot(faulted, rules);
    const reports = renderReports({ evaluation, snapshot: faulted.snapshot }, ['json', 'sarif']);
    const findings = JSON.parse(reports.find((r) => r.file === 'findings.json')!.content) as { gaps: Gap[] };
    expect(findings.gaps).toEqual(expect.arrayContaining(gaps));
    const sarif = JSON.parse(reports.find((r) => r.file.endsWith('.sarif'))!.content) as {
      runs: { invocations: { executionSuccessful: boolean; toolExecutionNotifications?: { properties?: Gap }[] }[] }[];
    };
    const notified = sarif.runs.flatMap((r) => r.invocations.flatMap((i) => i.toolExecutionNotifications ?? []));
    expect(notified.some((n) => n.properties?.operation === operation && n.properties.service === service)).toBe(true);
    expect(sarif.runs.every((r) => r.invocations.every((i) => !i.executionSuccessful))).toBe(true);

    // Nothing lost: every resource of the clean scan is there, or a gap says it may be missing.
    expectPresentOrCovered(clean.graph, faulted.graph, faulted.snapshot, service);

    // No rule passes on what the fault hid.
    const cleanPasses = passes(evaluateSnapshot(clean, rules));
    const wrongPasses = [...passes(evaluation)].filter((p) => !cleanPasses.has(p));
    expect(wrongPasses).toEqual([]);
  });
});

function expectPresentOrCovered(clean: Graph, faulted: Graph, snapshot: Snapshot, service: string): void {
  const lost = clean.nodes.filter((n) => n.type !== 'external' && faulted.node(n.id) === undefined && !covered(snapshot.gaps, n, service));
  expect(lost.map((n) => n.id)).toEqual([]);
}
