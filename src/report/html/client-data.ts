/**
 * The data the report page's script reads (embedded as JSON): rules once, resources once,
 * every failure, error and unknown as a small record that points at both (passing and
 * not-applicable results only as counts, unless asked for), and the rows of the KMS key,
 * key policy, certificate and TLS endpoint tables.
 */
import type { BaselineState, Evidence, Reference, Remediation, Severity, Status } from '../../engine/types.ts';
import { serviceOfType } from '../../engine/edges.ts';
import { SERVICES, type Gap, type NodeType } from '../../graph/types.ts';
import type { ReportInput } from '../input.ts';
import type { CertificateRow, EndpointRow, KeyRow, ProtectedResource } from './model.ts';

export interface HtmlOptions {
  /** Embed passing and not-applicable results too (`--html-passing`); by default the page only counts them. */
  passing?: boolean;
}

/** A key's row: at most PROTECTS_LISTED of the resources it protects are listed, all are counted, per service too. */
export type ClientKey = Omit<KeyRow, 'protects'> & {
  protects: ProtectedResource[];
  protectsCount: number;
  /** How many resources of each service the key protects (services in registry order, those with none left out). */
  protectsByService: { service: string; count: number }[];
};

export const PROTECTS_LISTED = 10;

/** A certificate's row: at most PROTECTS_LISTED of the endpoints that present it are listed, all are counted. */
export type ClientCertificate = CertificateRow & { endpointsCount: number; internetEndpoints: number };

export interface ClientRule {
  id: string;
  title: string;
  service: string;
  rationale: string;
  remediation: Remediation;
  references: Reference[];
}

export interface ClientResource {
  id: string;
  name: string;
  type: string;
  account: string;
  region: string;
}

export interface ClientResult {
  /** Index into `rules`. */
  r: number;
  s: Status;
  v: Severity;
  /** Index into `resources`. */
  x: number;
  m: string;
  e?: Evidence[];
  b?: BaselineState;
  p?: { reason: string; expires?: string };
  g?: Gap[];
  err?: string;
}

export interface ClientData {
  rules: ClientRule[];
  resources: ClientResource[];
  results: ClientResult[];
  /** Results of every status, listed or not. */
  counts: Record<Status, number>;
  /** Whether passing and not-applicable results are listed (`--html-passing`). */
  passingListed: boolean;
  keys: ClientKey[];
  certificates: ClientCertificate[];
  endpoints: EndpointRow[];
}

export function clientData(
  input: ReportInput,
  tables: { keys: KeyRow[]; certificates: CertificateRow[]; endpoints: EndpointRow[] },
  options: HtmlOptions = {},
): ClientData {
  const { evaluation } = input;
  const passingListed = options.passing === true;
  const ruleIndex = new Map(evaluation.rules.map((r, i) => [r.id, i]));
  const resources: ClientResource[] = [];
  const resourceIndex = new Map<string, number>();
  const results: ClientResult[] = [];
  for (const r of evaluation.results) {
    if (!passingListed && (r.status === 'pass' || r.status === 'not_applicable')) continue;
    let x = resourceIndex.get(r.resource.id);
    if (x === undefined) {
      x = resources.length;
      resourceIndex.set(r.resource.id, x);
      resources.push({
        id: r.resource.id,
        name: r.resource.name,
        type: r.resource.type,
        account: r.resource.account,
        region: r.resource.region,
      });
    }
    results.push({
      r: ruleIndex.get(r.ruleId) ?? 0,
      s: r.status,
      v: r.severity,
      x,
      m: r.message,
      ...(r.evidence.length > 0 ? { e: r.evidence } : {}),
      ...(r.baselineState ? { b: r.baselineState } : {}),
      ...(r.suppression
        ? { p: { reason: r.suppression.reason, ...(r.suppression.expires ? { expires: r.suppression.expires } : {}) } }
        : {}),
      ...(r.gaps ? { g: r.gaps } : {}),
      ...(r.error ? { err: r.error } : {}),
    });
  }
  return {
    rules: evaluation.rules.map((r) => ({
      id: r.id,
      title: r.title,
      service: r.service,
      rationale: r.rationale,
      remediation: r.remediation,
      references: r.references,
    })),
    resources,
    results,
    counts: { ...evaluation.summary.byStatus },
    passingListed,
    keys: tables.keys.map((k) => ({
      ...k,
      protects: k.protects.slice(0, PROTECTS_LISTED),
      protectsCount: k.protects.length,
      protectsByService: countByService(k.protects),
    })),
    certificates: tables.certificates.map((c) => ({
      ...c,
      endpoints: c.endpoints.slice(0, PROTECTS_LISTED),
      endpointsCount: c.endpoints.length,
      internetEndpoints: c.endpoints.filter((e) => e.exposure === 'internet').length,
    })),
    endpoints: tables.endpoints,
  };
}

/**
 * JSON for a `<script type="application/json">` element: `<`, `>` and `&` are written as
 * `\u003c`, `\u003e`, `\u0026` (so no `</script>` or `<!--` can appear), and the line
 * separators U+2028 and U+2029 as escapes. `JSON.parse` gives back the same value.
 */
export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Protected resources counted per service, in registry order. */
export function countByService(resources: readonly ProtectedResource[]): { service: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const r of resources) {
    const service = serviceOfType(r.type as NodeType) ?? 'other';
    counts.set(service, (counts.get(service) ?? 0) + 1);
  }
  const order = (s: string) => (SERVICES.includes(s as never) ? SERVICES.indexOf(s as never) : SERVICES.length);
  return [...counts.entries()].sort((a, b) => order(a[0]) - order(b[0])).map(([service, count]) => ({ service, count }));
}
