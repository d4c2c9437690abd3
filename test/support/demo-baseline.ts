/**
 * A run-independent form of a demo scan, for the behaviour-unchanged test: the emulator
 * gives resources random identifiers (key ids, volume ids, grant ids) and the demo's dates
 * are relative to the moment it is seeded, so two runs of the same code differ only there.
 *
 * - Every node id becomes a label `<type:region:name>`; a node whose name is itself random (an
 *   `external` key) is labelled by the edges that point at it.
 * - Remaining random tokens (UUIDs, `vol-`/`snap-`/`fs-` ids, long hex ids) become `<id>`,
 *   and the emulator's address in URLs becomes `<emulator>`.
 * - Every ISO date becomes its distance from the scan's start, in hours (`<T-312h>`).
 * - Automated RDS snapshot names lose their minute stamp.
 * - Lists of strings are sorted (the emulator returns a certificate's names in any order).
 *
 * The expectation (`test/expectations/demo-baseline.json`) was written by
 * `npx vitest run test/integration/demo-baseline.test.ts -u` with the code before the service modules.
 */
import type { FindingsDocument } from '../../src/report/findings-document.ts';
import type { Snapshot } from '../../src/graph/snapshot-types.ts';

export interface DemoBaseline {
  results: string[];
  nodes: unknown[];
  edges: string[];
}

const UUID = /\b(?:mrk-)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g;
const EC2_ID = /\b(?:vol|snap|ami|i|fs|vpc|subnet)-[0-9a-f]{8,17}\b/g;
/** The emulator's address in URLs it hands out (SQS queue URLs): a new port every run. */
const LOOPBACK = /http:\/\/127\.0\.0\.1:\d+/g;
const LONG_HEX = /\b[0-9a-f]{32,}\b/g;
/** KMS grant ids (the emulator's are short). */
const GRANT_ID = /("grantId":")[^"]+"/g;
const RDS_AUTOMATED = /(rds:[a-z0-9-]+?)-\d{4}-\d\d-\d\d-\d\d-\d\d\b/g;
/** Dates further than ten years from the scan are the emulator's fixed ones (IAM server certificates' 2010 and 2012): kept as they are. */
const FIXED_DATE_MS = 10 * 365 * 86_400_000;
const ISO_DATE = /\b\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z\b/g;
/** CloudFront distributions' domain names, and ELBv2 target groups' ids: new every run. */
const DISTRIBUTION_DOMAIN = /\b[a-z0-9]{13,14}\.cloudfront\.net\b/g;
const TARGET_GROUP = /(targetgroup\/[^/"]+\/)[0-9a-f]{16}\b/g;

const randomIn = (text: string): boolean => new RegExp(UUID.source).test(text) || new RegExp(EC2_ID.source).test(text);

/** The canonical form of a demo run: its snapshot and its findings document. */
export function demoBaseline(snapshot: Snapshot, findings: FindingsDocument): DemoBaseline {
  const start = Date.parse(snapshot.scan.startedAt);
  const nodes = snapshot.graph.nodes;
  const labels = new Map<string, string>();
  const plainName = (name: string): string => name.replace(RDS_AUTOMATED, '$1-<time>');
  for (const node of nodes) if (!randomIn(node.name)) labels.set(node.id, `<${node.type}:${node.region}:${plainName(node.name)}>`);
  for (const node of nodes) {
    if (labels.has(node.id)) continue;
    const from = snapshot.graph.edges
      .filter((e) => e.to === node.id && labels.has(e.from))
      .map((e) => `${e.kind}<-${labels.get(e.from)}`)
      .sort();
    labels.set(node.id, `<${node.type}:${node.region}:${from.length > 0 ? from.join(',') : 'unreferenced'}>`);
  }
  // Longest ids first, so that an id that contains another is replaced whole.
  const ids = [...labels.keys()].sort((a, b) => b.length - a.length);
  // CloudFront distribution ids are the emulator's random capitals and digits.
  const distributionIds = nodes.flatMap((n) => (n.type === 'cloudfront.distribution' ? [n.id.split('/').pop()!] : []));
  const canonical = (value: unknown): string => {
    let text = JSON.stringify(value);
    for (const id of ids) text = text.split(id).join(labels.get(id) ?? id);
    for (const id of distributionIds) text = text.split(id).join('<distribution-id>');
    return text
      .replace(RDS_AUTOMATED, '$1-<time>')
      .replace(UUID, '<id>')
      .replace(EC2_ID, '<id>')
      .replace(LOOPBACK, '<emulator>')
      .replace(LONG_HEX, '<id>')
      .replace(GRANT_ID, '$1<id>"')
      .replace(DISTRIBUTION_DOMAIN, '<distribution>.cloudfront.net')
      .replace(TARGET_GROUP, '$1<id>')
      .replace(ISO_DATE, (d) => (Math.abs(Date.parse(d) - start) > FIXED_DATE_MS ? d : `<T${hoursFrom(start, d)}h>`));
  };
  return {
    results: findings.results
      .map((r) => canonical(`${r.ruleId} ${r.resource.id} ${r.status} ${r.severity}`))
      .map((s) => JSON.parse(s) as string)
      .sort(),
    nodes: nodes
      .map((n) => sortedStrings(JSON.parse(canonical(n))) as { id: string })
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)),
    edges: snapshot.graph.edges.map((e) => JSON.parse(canonical(`${e.from} ${e.kind} ${e.to} ${e.via?.field ?? ''}`)) as string).sort(),
  };
}

function hoursFrom(start: number, date: string): string {
  const hours = Math.round((Date.parse(date) - start) / 3_600_000);
  return hours >= 0 ? `+${hours}` : `${hours}`;
}

function sortedStrings(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(sortedStrings);
    return items.every((i) => typeof i === 'string') ? [...(items as string[])].sort() : items;
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sortedStrings(v)]));
  }
  return value;
}
