/**
 * What the HTML report shows, computed from the evaluation and the snapshot: the scan
 * summary and coverage, counts (per status, per rule), the certificates and their expiry
 * histogram and the endpoints that present each one, the TLS endpoints ("In transit"), KMS
 * keys with the resources they protect and their key-policy verdicts, and the compliance view (a score per framework, then its controls). Pure; the template and
 * the page's script escape every string.
 */
import type { RuleSummary, Severity, Status } from '../../engine/types.ts';
import { TLS_ENDPOINT_TYPES, USES_CERTIFICATE, type PolicyVerdict, type TlsEndpointAttributes } from '../../graph/attributes.ts';
import { serviceOfType } from '../../engine/edges.ts';
import type { AcmCertificateAttributes } from '../../services/acm/types.ts';
import type { KmsKeyAttributes } from '../../services/kms/types.ts';
import type { Snapshot, SnapshotNode } from '../../graph/snapshot-types.ts';
import type { EdgeKind, Gap, NodeType } from '../../graph/types.ts';
import { frameworkName } from '../remediation.ts';
import { failuresByService, isFinding, SEVERITIES_DESC, type ReportInput } from '../input.ts';

const DAY_MS = 86_400_000;

export interface CertificateRow {
  id: string;
  name: string;
  domain: string;
  account: string;
  region: string;
  type: string;
  status: string;
  notAfter: string;
  /** Whole days from the scan to expiry (negative once expired). */
  daysLeft: number;
  renewal: string;
  /** Where it falls in the expiry histogram. */
  bucket: ExpiryBucket;
  /** The endpoints that present it: what stops serving TLS when it expires. */
  endpoints: CertificateUser[];
}

/** A resource that presents a certificate to its clients (a `uses-certificate` edge). */
export interface CertificateUser {
  id: string;
  name: string;
  type: string;
  /** `internet`, `internal` or `unknown`. */
  exposure: Exposure;
}

export type Exposure = 'internet' | 'internal' | 'unknown';

/** A certificate an endpoint presents, with its expiry when the certificate was collected. */
export interface PresentedCertificate {
  id: string;
  name: string;
  /** Whole days from the scan to expiry (ACM's `notAfter`, an IAM server certificate's `expiration`); null when the certificate was not collected (another region or account). */
  daysLeft: number | null;
}

/** A TLS endpoint (a node type declared `tlsEndpoint`): how its clients connect. */
export interface EndpointRow {
  id: string;
  name: string;
  type: string;
  service: string;
  account: string;
  region: string;
  exposure: Exposure;
  /** `HTTPS`, `TLS`, `HTTP`, ...; `unknown` when not read. */
  protocol: string;
  port: number | null;
  /** The oldest TLS version accepted; `none` without TLS, `unknown` when not read. */
  minTls: string;
  /** The security policy; `none` without TLS, `unknown` when not read. */
  policy: string;
  /** Whether clients can still be served without TLS: `yes`, `no` or `unknown`. */
  plaintext: 'yes' | 'no' | 'unknown';
  certificates: PresentedCertificate[];
  /** The fewest days left among its certificates that were collected; null when none was. */
  daysLeft: number | null;
  /** Its failures, errors and unknowns. */
  failing: number;
}

/** The expiry histogram's bars: expired, under 7, 30, 45 and 90 days, and later. */
export const EXPIRY_BUCKETS = [
  { bucket: 'expired', label: 'expired', below: 0 },
  { bucket: '7d', label: '< 7 days', below: 7 },
  { bucket: '30d', label: '< 30 days', below: 30 },
  { bucket: '45d', label: '< 45 days', below: 45 },
  { bucket: '90d', label: '< 90 days', below: 90 },
  { bucket: 'later', label: '90 days or later', below: Infinity },
] as const;
export type ExpiryBucket = (typeof EXPIRY_BUCKETS)[number]['bucket'];

/** The certificates inside the window the report lists: expired, or expiring within 90 days. */
export const EXPIRY_WINDOW_DAYS = 90;

export interface ProtectedResource {
  id: string;
  name: string;
  type: string;
  /** How it depends on the key: `encrypted-by`, `default-key` (new resources), `replica-encrypted-by`. */
  via: EdgeKind;
}

export interface KeyRow {
  id: string;
  name: string;
  account: string;
  region: string;
  manager: string;
  health: string;
  rotation: string;
  aliases: string[];
  protects: ProtectedResource[];
  verdict?: PolicyVerdict;
  /** Allow statements that grant access to someone, with who and why. */
  grants: { statement: string; who: string; reason: string }[];
  failing: number;
}

export interface ControlRow {
  control: string;
  rules: string[];
  pass: number;
  fail: number;
  unknown: number;
  notApplicable: number;
  /** `fail` when any resource fails, `unknown` when none fails but some are undecided, else `pass` (or `n/a` when nothing applied). */
  status: 'pass' | 'fail' | 'unknown' | 'n/a';
  notes: string[];
}

export interface FrameworkView {
  framework: string;
  name: string;
  /** Controls whose status is pass, of those evaluated (any status but n/a). */
  score: { passing: number; evaluated: number };
  /** Resources whose every result under the framework's rules passes, of the resources those rules evaluated. */
  resources: { passing: number; evaluated: number };
  controls: ControlRow[];
}

/** Per rule: how many results of each status (the page lists only some; these count them all). */
export type RuleCounts = Record<Status, number>;

export interface ReportModel {
  title: string;
  generatedFor: string;
  scan: Snapshot['scan'];
  toolVersion: string;
  complete: boolean;
  gaps: Gap[];
  coverage: { type: string; count: number }[];
  statusCounts: { status: Status; count: number }[];
  severityCounts: { severity: Severity; count: number }[];
  serviceCounts: { service: string; count: number }[];
  maxCount: number;
  certificates: CertificateRow[];
  endpoints: EndpointRow[];
  histogram: { bucket: ExpiryBucket; label: string; count: number }[];
  keys: KeyRow[];
  compliance: FrameworkView[];
  rules: (RuleSummary & { counts: RuleCounts })[];
  suppressions?: ReportInput['evaluation']['suppressions'];
  baseline?: ReportInput['evaluation']['baseline'];
}

export function buildModel(input: ReportInput): ReportModel {
  const { evaluation, snapshot } = input;
  const s = evaluation.summary;
  const severityCounts = SEVERITIES_DESC.map((severity) => ({ severity, count: s.failuresBySeverity[severity] }));
  const serviceCounts = Object.entries(failuresByService(input)).map(([service, count]) => ({ service, count }));
  const coverage = new Map<string, number>();
  for (const n of snapshot.graph.nodes) coverage.set(n.type, (coverage.get(n.type) ?? 0) + 1);
  const certificates = certificateRows(snapshot);
  const counts = ruleCounts(input);
  const endpoints = endpointRows(input, certificates);
  return {
    title: `cryptoposture report: ${snapshot.scan.accounts.join(', ')}`,
    generatedFor: snapshot.scan.accounts.join(', '),
    scan: snapshot.scan,
    toolVersion: snapshot.tool.version,
    complete: snapshot.scan.complete,
    gaps: snapshot.gaps,
    coverage: [...coverage].map(([type, count]) => ({ type, count })).sort((a, b) => (a.type < b.type ? -1 : 1)),
    statusCounts: (['fail', 'error', 'unknown', 'pass', 'not_applicable'] as const).map((status) => ({
      status,
      count: s.byStatus[status],
    })),
    severityCounts,
    serviceCounts,
    maxCount: Math.max(1, ...severityCounts.map((c) => c.count), ...serviceCounts.map((c) => c.count)),
    certificates,
    endpoints,
    histogram: EXPIRY_BUCKETS.map(({ bucket, label }) => ({
      bucket,
      label,
      count: certificates.filter((c) => c.bucket === bucket).length,
    })),
    keys: keyRows(input),
    compliance: complianceView(input, counts),
    rules: evaluation.rules.map((r) => ({ ...r, counts: counts.get(r.id) ?? emptyCounts() })),
    ...(evaluation.suppressions ? { suppressions: evaluation.suppressions } : {}),
    ...(evaluation.baseline ? { baseline: evaluation.baseline } : {}),
  };
}

/** `2026-12-04 20:36 UTC`: a time from AWS, in UTC to the minute (the page shows the exact ISO time on hover). */
export function humanTime(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** `1 resource`, `2 resources`. */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? singular : pluralForm}`;
}

function expiryBucket(msLeft: number): ExpiryBucket {
  const days = msLeft / DAY_MS;
  return EXPIRY_BUCKETS.find((b) => days < b.below)!.bucket;
}

const emptyCounts = (): RuleCounts => ({ pass: 0, fail: 0, error: 0, unknown: 0, not_applicable: 0 });

function ruleCounts(input: ReportInput): Map<string, RuleCounts> {
  const counts = new Map<string, RuleCounts>();
  for (const r of input.evaluation.results) {
    let c = counts.get(r.ruleId);
    if (!c) counts.set(r.ruleId, (c = emptyCounts()));
    c[r.status]++;
  }
  return counts;
}

/** Reachability of a TLS endpoint from its collected `internetFacing`. */
function exposureOf(node: SnapshotNode | undefined): Exposure {
  const facing = (node?.attributes as TlsEndpointAttributes | undefined)?.internetFacing;
  return facing === true ? 'internet' : facing === false ? 'internal' : 'unknown';
}

/** Per certificate id, the resources that present it, internet-facing ones first. */
function certificateUsers(snapshot: Snapshot): Map<string, CertificateUser[]> {
  const byId = new Map<string, SnapshotNode>(snapshot.graph.nodes.map((n) => [n.id, n]));
  const users = new Map<string, CertificateUser[]>();
  for (const e of snapshot.graph.edges) {
    if (e.kind !== USES_CERTIFICATE) continue;
    const from = byId.get(e.from);
    if (!from) continue;
    const list = users.get(e.to) ?? [];
    if (list.some((u) => u.id === from.id)) continue;
    list.push({ id: from.id, name: from.name, type: from.type, exposure: exposureOf(from) });
    users.set(e.to, list);
  }
  const rank = (u: CertificateUser) => (u.exposure === 'internet' ? 0 : u.exposure === 'unknown' ? 1 : 2);
  for (const list of users.values()) list.sort((x, y) => rank(x) - rank(y) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return users;
}

export function certificateRows(snapshot: Snapshot): CertificateRow[] {
  const now = Date.parse(snapshot.scan.startedAt);
  const users = certificateUsers(snapshot);
  const rows: CertificateRow[] = [];
  for (const node of snapshot.graph.nodes) {
    if (node.type !== 'acm.certificate') continue;
    const a = node.attributes as AcmCertificateAttributes;
    if (!a.notAfter) continue;
    const msLeft = Date.parse(a.notAfter) - now;
    const daysLeft = Math.floor(msLeft / DAY_MS);
    rows.push({
      id: node.id,
      name: node.name,
      domain: a.domainName ?? node.name,
      account: node.account,
      region: node.region,
      type: a.type ?? '',
      status: a.status ?? '',
      notAfter: a.notAfter,
      daysLeft,
      renewal: a.type === 'IMPORTED' ? 'imported: no managed renewal' : (a.renewalEligibility ?? 'unknown'),
      bucket: expiryBucket(msLeft),
      endpoints: users.get(node.id) ?? [],
    });
  }
  return rows.sort((x, y) => x.daysLeft - y.daysLeft || (x.id < y.id ? -1 : 1));
}

function endpointRows(input: ReportInput, certificates: readonly CertificateRow[]): EndpointRow[] {
  const { snapshot, evaluation } = input;
  const types: readonly string[] = TLS_ENDPOINT_TYPES;
  const now = Date.parse(snapshot.scan.startedAt);
  const byId = new Map<string, SnapshotNode>(snapshot.graph.nodes.map((n) => [n.id, n]));
  const certificateById = new Map(certificates.map((c) => [c.id, c]));
  const presented = new Map<string, PresentedCertificate[]>();
  for (const e of snapshot.graph.edges) {
    if (e.kind !== USES_CERTIFICATE) continue;
    const list = presented.get(e.from) ?? [];
    if (list.some((c) => c.id === e.to)) continue;
    const row = certificateById.get(e.to);
    const target = byId.get(e.to);
    // An IAM server certificate has no row of its own: its days left come from its expiration.
    const expiration = (target?.attributes as Record<string, unknown> | undefined)?.['expiration'];
    const daysLeft = row ? row.daysLeft : typeof expiration === 'string' ? Math.floor((Date.parse(expiration) - now) / DAY_MS) : null;
    list.push({ id: e.to, name: row?.domain ?? target?.name ?? e.to, daysLeft: Number.isNaN(daysLeft) ? null : daysLeft });
    presented.set(e.from, list);
  }
  const failing = new Map<string, number>();
  for (const r of evaluation.results) if (isFinding(r)) failing.set(r.resource.id, (failing.get(r.resource.id) ?? 0) + 1);
  const rows: EndpointRow[] = [];
  for (const node of snapshot.graph.nodes) {
    if (!types.includes(node.type)) continue;
    const a = node.attributes as TlsEndpointAttributes;
    const certs = presented.get(node.id) ?? [];
    const known = certs.flatMap((c) => (c.daysLeft === null ? [] : [c.daysLeft]));
    rows.push({
      id: node.id,
      name: node.name,
      type: node.type,
      service: serviceOfType(node.type as NodeType) ?? 'other',
      account: node.account,
      region: node.region,
      exposure: exposureOf(node),
      protocol: a.protocol ?? 'unknown',
      port: a.port ?? null,
      minTls: a.minTlsVersion === undefined ? 'unknown' : (a.minTlsVersion ?? 'none'),
      policy: a.tlsPolicy === undefined ? 'unknown' : (a.tlsPolicy ?? 'none'),
      plaintext: a.plaintextAccepted === undefined ? 'unknown' : a.plaintextAccepted ? 'yes' : 'no',
      certificates: certs,
      daysLeft: known.length > 0 ? Math.min(...known) : null,
      failing: failing.get(node.id) ?? 0,
    });
  }
  // What is exposed and accepts plaintext first, then the soonest certificate expiry.
  const rank = (r: EndpointRow) => (r.exposure === 'internet' ? 0 : 1) + (r.plaintext === 'yes' ? 0 : 2);
  return rows.sort(
    (x, y) => rank(x) - rank(y) || (x.daysLeft ?? Infinity) - (y.daysLeft ?? Infinity) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
  );
}

const PROTECTION_EDGES: readonly EdgeKind[] = ['encrypted-by', 'default-key', 'replica-encrypted-by'];

function keyRows(input: ReportInput): KeyRow[] {
  const { snapshot, evaluation } = input;
  const byId = new Map<string, SnapshotNode>(snapshot.graph.nodes.map((n) => [n.id, n]));
  const protects = new Map<string, ProtectedResource[]>();
  const aliases = new Map<string, string[]>();
  for (const e of snapshot.graph.edges) {
    if (PROTECTION_EDGES.includes(e.kind)) {
      const from = byId.get(e.from);
      if (!from) continue;
      const list = protects.get(e.to) ?? [];
      list.push({ id: from.id, name: from.name, type: from.type, via: e.kind });
      protects.set(e.to, list);
    } else if (e.kind === 'alias-of') {
      const list = aliases.get(e.to) ?? [];
      list.push(byId.get(e.from)?.name ?? e.from);
      aliases.set(e.to, list);
    }
  }
  const failing = new Map<string, number>();
  for (const r of evaluation.results) if (isFinding(r)) failing.set(r.resource.id, (failing.get(r.resource.id) ?? 0) + 1);
  const rows: KeyRow[] = [];
  for (const node of snapshot.graph.nodes) {
    if (node.type !== 'kms.key') continue;
    const a = node.attributes as KmsKeyAttributes;
    const verdict = a.policyAnalysis;
    rows.push({
      id: node.id,
      name: node.name,
      account: node.account,
      region: node.region,
      manager: a.keyManager ?? 'unknown',
      health: a.health ?? a.keyState ?? 'unknown',
      rotation:
        a.rotationEnabled === true
          ? `on${a.rotationPeriodInDays ? ` (${a.rotationPeriodInDays} days)` : ''}`
          : a.rotationEnabled === false
            ? 'off'
            : a.rotationSkippedReason
              ? `n/a (${a.rotationSkippedReason})`
              : 'unknown',
      aliases: (aliases.get(node.id) ?? a.aliases ?? []).slice().sort(),
      protects: (protects.get(node.id) ?? []).sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)),
      ...(verdict ? { verdict } : {}),
      grants: grants(verdict),
      failing: failing.get(node.id) ?? 0,
    });
  }
  // The widest blast radius first.
  return rows.sort((x, y) => y.protects.length - x.protects.length || (x.id < y.id ? -1 : 1));
}

function grants(verdict: PolicyVerdict | undefined): KeyRow['grants'] {
  if (!verdict) return [];
  return verdict.statements
    .filter((st) => st.effect === 'Allow')
    .map((st) => {
      const who = [
        ...(st.public ? ['anyone (public)'] : []),
        ...(st.accounts ?? []).map((a) => `account ${a}`),
        ...(st.services ?? []).map((sv) => `service ${sv}`),
        ...(st.principals ?? []),
        ...(st.scopes ?? []).map((sc) => `${sc.kind} ${sc.values.join(', ')}`),
      ];
      return { statement: st.statement, who: who.join('; ') || 'no one', reason: st.reason };
    });
}

function frameworkKey(m: { framework: string; version?: string }): string {
  return m.version ? `${m.framework} ${m.version}` : m.framework;
}

/** Per framework, each resource's worst result under the framework's rules: fail (or error) over unknown over pass. */
function resourcesByFramework(input: ReportInput): Map<string, Map<string, 'pass' | 'fail' | 'unknown'>> {
  const frameworksOf = new Map<string, string[]>();
  for (const rule of input.evaluation.rules) frameworksOf.set(rule.id, [...new Set(rule.compliance.map(frameworkKey))]);
  const byFramework = new Map<string, Map<string, 'pass' | 'fail' | 'unknown'>>();
  for (const r of input.evaluation.results) {
    if (r.status === 'not_applicable') continue;
    const state = isFinding(r) ? 'fail' : r.status === 'unknown' ? 'unknown' : 'pass';
    for (const f of frameworksOf.get(r.ruleId) ?? []) {
      let resources = byFramework.get(f);
      if (!resources) byFramework.set(f, (resources = new Map()));
      const before = resources.get(r.resource.id);
      if (before === 'fail' || (before === 'unknown' && state === 'pass')) continue;
      resources.set(r.resource.id, state);
    }
  }
  return byFramework;
}

function complianceView(input: ReportInput, counts: Map<string, RuleCounts>): FrameworkView[] {
  const { evaluation } = input;
  const frameworks = new Map<string, Map<string, ControlRow>>();
  for (const rule of evaluation.rules) {
    for (const m of rule.compliance) {
      const key = frameworkKey(m);
      const controls = frameworks.get(key) ?? new Map<string, ControlRow>();
      frameworks.set(key, controls);
      const row = controls.get(m.control) ?? {
        control: m.control,
        rules: [],
        pass: 0,
        fail: 0,
        unknown: 0,
        notApplicable: 0,
        status: 'n/a' as const,
        notes: [],
      };
      if (!row.rules.includes(rule.id)) {
        row.rules.push(rule.id);
        const c = counts.get(rule.id) ?? emptyCounts();
        row.pass += c.pass;
        row.fail += c.fail + c.error;
        row.unknown += c.unknown;
        row.notApplicable += c.not_applicable;
      }
      if (m.note && !row.notes.includes(m.note)) row.notes.push(m.note);
      controls.set(m.control, row);
    }
  }
  const resources = resourcesByFramework(input);
  return [...frameworks]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, controlMap]) => {
      const controls = [...controlMap.values()]
        .map((c) => ({
          ...c,
          status: c.fail > 0 ? ('fail' as const) : c.unknown > 0 ? ('unknown' as const) : c.pass > 0 ? ('pass' as const) : ('n/a' as const),
        }))
        .sort((x, y) => x.control.localeCompare(y.control, 'en', { numeric: true }));
      const states = [...(resources.get(key)?.values() ?? [])];
      return {
        framework: key,
        name: `${frameworkName(key.split(' ')[0]!)}${key.includes(' ') ? ` ${key.split(' ').slice(1).join(' ')}` : ''}`,
        score: {
          passing: controls.filter((c) => c.status === 'pass').length,
          evaluated: controls.filter((c) => c.status !== 'n/a').length,
        },
        resources: { passing: states.filter((st) => st === 'pass').length, evaluated: states.length },
        controls,
      };
    });
}
