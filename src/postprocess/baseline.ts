/**
 * Baselines: a previous scan's SARIF (`results.sarif`) or `findings.json`, compared with
 * this scan by fingerprint (rule id + canonical ARN). Failures become `new` or
 * `unchanged`; a baseline failure that is `unknown` now is `updated` (kept as an alert);
 * the other baseline failures are `absent` and listed apart. Pure: the driver reads the file.
 */
import { BaselineError } from '../errors.ts';
import { loadJsonResource } from '../resources.ts';
import { compileSchema } from '../schema/validate.ts';
import {
  SEVERITIES,
  type AbsentResult,
  type BaselineReport,
  type BaselineState,
  type Evaluation,
  type RuleResult,
  type Severity,
  type Status,
} from '../engine/types.ts';
import { isFailure, resultFingerprint } from './fingerprint.ts';

export const SARIF_FINGERPRINT = 'cryptoposture/v1';

export interface BaselineFailure {
  ruleId: string;
  resourceId: string;
  severity?: Severity;
  message?: string;
}

export interface Baseline {
  source: string;
  format: 'sarif' | 'findings';
  /** The baseline's failures by fingerprint. */
  failures: Map<string, BaselineFailure>;
}

const findingsValidator = () => compileSchema(loadJsonResource('schemas/findings.schema.json'));

/** Reads a parsed baseline document of either kind; throws BaselineError naming the file and JSON path. */
export function parseBaseline(document: unknown, source: string): Baseline {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new BaselineError(source, [{ pointer: '', message: 'is neither a SARIF file nor a findings.json written by cryptoposture' }]);
  }
  const doc = document as Record<string, unknown>;
  if (doc['version'] === '2.1.0' && Array.isArray(doc['runs'])) return fromSarif(doc, source);
  if ('schemaVersion' in doc && (doc['tool'] as { name?: unknown } | undefined)?.name === 'cryptoposture') return fromFindings(doc, source);
  throw new BaselineError(source, [{ pointer: '', message: 'is neither a SARIF 2.1.0 file nor a findings.json written by cryptoposture' }]);
}

interface SarifResultLike {
  ruleId?: unknown;
  level?: unknown;
  baselineState?: unknown;
  message?: { text?: unknown };
  partialFingerprints?: Record<string, unknown>;
  properties?: Record<string, unknown>;
}

function fromSarif(doc: Record<string, unknown>, source: string): Baseline {
  const failures = new Map<string, BaselineFailure>();
  const runs = doc['runs'] as unknown[];
  runs.forEach((run, r) => {
    const driver = (run as { tool?: { driver?: { name?: unknown } } }).tool?.driver;
    if (driver?.name !== 'cryptoposture') {
      throw new BaselineError(source, [
        { pointer: `/runs/${r}/tool/driver/name`, message: `is ${JSON.stringify(driver?.name)}: the run was not written by cryptoposture` },
      ]);
    }
    const results = ((run as { results?: unknown }).results ?? []) as SarifResultLike[];
    if (!Array.isArray(results)) throw new BaselineError(source, [{ pointer: `/runs/${r}/results`, message: 'must be an array' }]);
    results.forEach((result, i) => {
      if (result.baselineState === 'absent') return;
      const props = result.properties ?? {};
      const arn = props['arn'];
      const ruleId = result.ruleId;
      if (typeof ruleId !== 'string' || typeof arn !== 'string') {
        throw new BaselineError(source, [{ pointer: `/runs/${r}/results/${i}`, message: 'has no ruleId or properties.arn' }]);
      }
      // A result kept only because a gap hid it (status unknown) was failing before: it still is, for the baseline.
      const fingerprint =
        typeof result.partialFingerprints?.[SARIF_FINGERPRINT] === 'string'
          ? (result.partialFingerprints[SARIF_FINGERPRINT] as string)
          : resultFingerprint(ruleId, arn);
      const severity = props['severity'];
      failures.set(fingerprint, {
        ruleId,
        resourceId: arn,
        ...(isSeverity(severity) ? { severity } : {}),
        ...(typeof result.message?.text === 'string' ? { message: result.message.text } : {}),
      });
    });
  });
  return { source, format: 'sarif', failures };
}

function fromFindings(doc: Record<string, unknown>, source: string): Baseline {
  if (doc['schemaVersion'] !== 1) {
    throw new BaselineError(source, [
      {
        pointer: '/schemaVersion',
        message: `is ${JSON.stringify(doc['schemaVersion'])}; this version of cryptoposture reads findings.json schema version 1`,
      },
    ]);
  }
  const problems = findingsValidator().problems(doc);
  if (problems.length > 0) throw new BaselineError(source, problems);
  const failures = new Map<string, BaselineFailure>();
  for (const r of doc['results'] as {
    fingerprint: string;
    ruleId: string;
    status: string;
    severity: Severity;
    message: string;
    resource: { id: string };
  }[]) {
    if (!isFailure(r.status)) continue;
    failures.set(r.fingerprint, { ruleId: r.ruleId, resourceId: r.resource.id, severity: r.severity, message: r.message });
  }
  return { source, format: 'findings', failures };
}

function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

/** Marks every failure `new` or `unchanged`, baseline failures now `unknown` as `updated`, and lists the absent ones. */
export function applyBaseline(evaluation: Evaluation, baseline: Baseline): Evaluation {
  const counts = { new: 0, unchanged: 0, updated: 0, absent: 0 };
  const seen = new Map<string, Status>();
  const results = evaluation.results.map((result): RuleResult => {
    const fingerprint = resultFingerprint(result.ruleId, result.resource.id);
    seen.set(fingerprint, result.status);
    const before = baseline.failures.has(fingerprint);
    if (isFailure(result.status)) {
      const baselineState: BaselineState = before ? 'unchanged' : 'new';
      counts[baselineState]++;
      return { ...result, baselineState };
    }
    if (result.status === 'unknown' && before) {
      counts.updated++;
      return { ...result, baselineState: 'updated' };
    }
    return result;
  });
  const absent: AbsentResult[] = [];
  for (const [fingerprint, failure] of baseline.failures) {
    const status = seen.get(fingerprint);
    if (status !== undefined && (isFailure(status) || status === 'unknown')) continue;
    absent.push({ fingerprint, ...failure, ...(status !== undefined ? { status } : {}) });
  }
  absent.sort((a, b) =>
    a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : a.resourceId < b.resourceId ? -1 : a.resourceId > b.resourceId ? 1 : 0,
  );
  counts.absent = absent.length;
  const report: BaselineReport = { source: baseline.source, format: baseline.format, counts, absent };
  return { ...evaluation, results, baseline: report };
}
