/**
 * Failures as AWS Security Finding Format (ASFF) findings for AWS Security Hub, and the
 * plan that keeps Security Hub in step with a scan: import every failure (new or updated,
 * one finding per rule x resource, its id derived from our fingerprint so that a re-import
 * updates it), and archive our active findings that no longer fail.
 *
 * Imported under the custom-integration product of the account that owns the findings,
 * `arn:<partition>:securityhub:<region>:<account>:product/<account>/default`: with that
 * product, Security Hub accepts only findings whose AwsAccountId is the calling account
 * (Security Hub API Reference, BatchImportFindings).
 */
import type { Evaluation, RuleResult, RuleSummary, Severity } from '../engine/types.ts';
import type { Snapshot } from '../graph/snapshot-types.ts';
import { isFailure, resultFingerprint } from '../postprocess/fingerprint.ts';
import { SERVICE_LIST } from '../services/registry.ts';

/** BatchImportFindings takes at most 100 findings per request. */
export const ASFF_BATCH_SIZE = 100;
export const ASFF_SCHEMA_VERSION = '2018-10-08';
const ID_PREFIX = 'cryptoposture/';

/** The fields of an ASFF finding this exporter writes and reads (a subset of AwsSecurityFinding). */
export interface AsffFinding {
  SchemaVersion: string;
  Id: string;
  ProductArn: string;
  ProductName: string;
  CompanyName: string;
  GeneratorId: string;
  AwsAccountId: string;
  Region: string;
  Types: string[];
  CreatedAt: string;
  UpdatedAt: string;
  Severity: { Label: AsffSeverity; Original: string };
  FindingProviderFields: { Severity: { Label: AsffSeverity; Original: string }; Types: string[] };
  Title: string;
  Description: string;
  Remediation?: { Recommendation: { Text: string; Url?: string } };
  ProductFields: Record<string, string>;
  Resources: { Type: string; Id: string; Partition: string; Region: string }[];
  Compliance: { Status: 'FAILED' | 'WARNING' };
  RecordState: 'ACTIVE' | 'ARCHIVED';
}

export type AsffSeverity = 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';

const SEVERITY_LABEL: Record<Severity, AsffSeverity> = {
  info: 'INFORMATIONAL',
  low: 'LOW',
  medium: 'MEDIUM',
  high: 'HIGH',
  critical: 'CRITICAL',
};

/** ASFF resource types (Security Hub User Guide, "Resources" in the ASFF syntax) by node type, as the service modules declare them; `Other` otherwise. */
const RESOURCE_TYPE: ReadonlyMap<string, string> = new Map(
  SERVICE_LIST.flatMap((m) => Object.entries(m.nodeTypes).flatMap(([type, t]) => (t.asffType ? [[type, t.asffType] as const] : []))),
);

const FINDING_TYPES = ['Software and Configuration Checks/AWS Security Best Practices'];

export function productArn(partition: string, region: string, account: string): string {
  return `arn:${partition}:securityhub:${region}:${account}:product/${account}/default`;
}

/** The finding id of a (rule, resource): stable across scans. */
export function asffId(ruleId: string, resourceArn: string): string {
  return `${ID_PREFIX}${resultFingerprint(ruleId, resourceArn)}`;
}

const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

export interface AsffContext {
  partition: string;
  /** The Security Hub region the findings are imported into. */
  region: string;
  account: string;
  /** When this import happens (UpdatedAt). */
  now: string;
  /** CreatedAt of findings Security Hub already has, by id (kept on update). */
  createdAt?: ReadonlyMap<string, string>;
}

export function toAsff(result: RuleResult, rule: RuleSummary | undefined, context: AsffContext): AsffFinding {
  const id = asffId(result.ruleId, result.resource.id);
  const severity = { Label: SEVERITY_LABEL[result.severity], Original: result.severity };
  const reference = rule?.references.find((r) => /^https:\/\//.test(r.url));
  return {
    SchemaVersion: ASFF_SCHEMA_VERSION,
    Id: id,
    ProductArn: productArn(context.partition, context.region, context.account),
    ProductName: 'cryptoposture',
    CompanyName: 'cryptoposture',
    GeneratorId: `cryptoposture/${result.ruleId}`,
    AwsAccountId: result.resource.account,
    Region: context.region,
    Types: FINDING_TYPES,
    CreatedAt: context.createdAt?.get(id) ?? context.now,
    UpdatedAt: context.now,
    Severity: severity,
    FindingProviderFields: { Severity: severity, Types: FINDING_TYPES },
    Title: cut(`${result.ruleId} ${rule?.title ?? ''}`.trim(), 256),
    Description: cut(result.status === 'error' ? `${result.message} (rule error: ${result.error ?? 'unknown'})` : result.message, 1024),
    ...(rule
      ? {
          Remediation: {
            Recommendation: {
              Text: cut(rule.remediation.console ?? rule.remediation.cli, 512),
              ...(reference ? { Url: reference.url } : {}),
            },
          },
        }
      : {}),
    ProductFields: {
      'cryptoposture/ruleId': result.ruleId,
      'cryptoposture/fingerprint': resultFingerprint(result.ruleId, result.resource.id),
      'cryptoposture/resourceRegion': result.resource.region,
    },
    Resources: [
      {
        Type: RESOURCE_TYPE.get(result.resource.type) ?? 'Other',
        Id: result.resource.id,
        Partition: context.partition,
        Region: result.resource.region === '' ? context.region : result.resource.region,
      },
    ],
    Compliance: { Status: result.status === 'error' ? 'WARNING' : 'FAILED' },
    RecordState: 'ACTIVE',
  };
}

export interface SecurityHubPlan {
  /** Every current failure of the account, created or updated. */
  imports: AsffFinding[];
  /** Our active findings that no longer fail, re-imported with RecordState ARCHIVED. */
  archives: AsffFinding[];
  /** Failures of other accounts, which this account's product cannot import. */
  skipped: number;
}

/**
 * What to send for `context.account`. `existing` is what Security Hub has of our product
 * (active). A finding is archived only when this scan could have seen it fail again: its
 * rule was evaluated, its resource's region and the rule's service were scanned, and the
 * result is not unknown or still failing (an unreadable resource does not close a finding).
 */
export function planSecurityHubSync(
  evaluation: Evaluation,
  snapshot: Snapshot,
  context: AsffContext,
  existing: readonly AsffFinding[],
): SecurityHubPlan {
  const rules = new Map(evaluation.rules.map((r) => [r.id, r]));
  const createdAt = new Map(existing.map((f) => [f.Id, f.CreatedAt]));
  const withCreated = { ...context, createdAt };
  const imports: AsffFinding[] = [];
  const keep = new Set<string>();
  let skipped = 0;
  for (const r of evaluation.results) {
    if (!isFailure(r.status) && r.status !== 'unknown') continue;
    if (r.resource.account !== context.account) {
      if (isFailure(r.status)) skipped++;
      continue;
    }
    // A suppressed failure was accepted: it is archived like a fixed one.
    if (isFailure(r.status) && r.suppression === undefined) imports.push(toAsff(r, rules.get(r.ruleId), withCreated));
    else if (r.status === 'unknown') keep.add(asffId(r.ruleId, r.resource.id));
  }
  const imported = new Set(imports.map((f) => f.Id));
  const regions = new Set(['', ...snapshot.scan.regions]);
  const services = new Set<string>(snapshot.scan.services);
  const archives = existing
    .filter((f) => f.Id.startsWith(ID_PREFIX) && f.RecordState === 'ACTIVE' && f.AwsAccountId === context.account)
    .filter((f) => !imported.has(f.Id) && !keep.has(f.Id))
    .filter((f) => {
      const rule = rules.get(f.ProductFields['cryptoposture/ruleId'] ?? '');
      return rule !== undefined && services.has(rule.service) && regions.has(f.ProductFields['cryptoposture/resourceRegion'] ?? '?');
    })
    .map((f) => ({ ...f, RecordState: 'ARCHIVED' as const, UpdatedAt: context.now }));
  return { imports, archives, skipped };
}

/** Splits findings into BatchImportFindings requests. */
export function batches<T>(items: readonly T[], size = ASFF_BATCH_SIZE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
