import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { RuleResult } from '../../../src/engine/types.ts';
import { parseSnapshot } from '../../../src/graph/snapshot.ts';
import { postprocess, resultFingerprint } from '../../../src/postprocess/index.ts';
import { renderJson, renderJunit, renderMarkdown, renderOcsf, renderReports, renderSarif } from '../../../src/report/index.ts';
import { loadJsonResource } from '../../../src/resources.ts';
import { compileSchema } from '../../../src/schema/validate.ts';
import { evaluateSnapshot, prepareRules } from '../../../src/engine/index.ts';
import { demoInput, syntheticInput } from '../../support/synthetic-report.ts';
import type * as Sarif from 'sarif';

describe('findings.json', () => {
  it('validates against schemas/findings.schema.json and holds every result with its fingerprint, in rule then resource order', async () => {
    const input = await demoInput();
    const doc = JSON.parse(renderJson(input)) as {
      results: (RuleResult & { fingerprint: string })[];
      summary: { failuresByService: Record<string, number> };
    };
    const validate = compileSchema(loadJsonResource('schemas/findings.schema.json'));
    expect(validate.problems(doc)).toEqual([]);
    expect(doc.results).toHaveLength(input.evaluation.results.length);
    for (const r of doc.results) expect(r.fingerprint).toBe(resultFingerprint(r.ruleId, r.resource.id));
    const keys = doc.results.map((r) => `${r.ruleId}\u0000${r.resource.id}`);
    expect(keys).toEqual([...keys].sort());
    expect(doc.summary.failuresByService).toMatchObject({ s3: 27, acm: 5, elbv2: 1, cloudfront: 1, apigateway: 1 });
    // Stable: the same input gives the same bytes.
    expect(renderJson(input)).toBe(renderJson(await demoInput()));
  });
});

describe('fingerprints', () => {
  it('depend on the rule id and the ARN only: another scan of the same account, new messages, times and tags change none', async () => {
    const first = await demoInput();
    const raw = structuredClone(first.snapshot);
    raw.scan.id = 'another-scan';
    raw.scan.startedAt = '2027-03-01T00:00:00.000Z';
    raw.scan.finishedAt = '2027-03-01T00:05:00.000Z';
    for (const n of raw.graph.nodes) n.tags = { ...n.tags, scanned: 'again' };
    const again = parseSnapshot(raw, 'second scan');
    const evaluation = evaluateSnapshot(again, prepareRules());
    // A rewritten message (as a new rule version would word it) keeps the fingerprint.
    for (const r of evaluation.results) r.message = `Reworded: ${r.message}`;
    const fingerprints = (log: Sarif.Log) =>
      new Map(log.runs[0]!.results!.map((r) => [`${r.ruleId} ${r.properties!['arn'] as string}`, r.partialFingerprints]));
    const a = fingerprints(JSON.parse(renderSarif(first)) as Sarif.Log);
    const b = fingerprints(JSON.parse(renderSarif({ evaluation, snapshot: again.snapshot })) as Sarif.Log);
    const shared = [...a.keys()].filter((k) => b.has(k));
    expect(shared.length).toBeGreaterThan(40);
    for (const k of shared) expect(b.get(k)).toEqual(a.get(k));
  });
});

describe('JUnit XML', () => {
  it('parses back: one test case per rule x resource, failures and errors counted, hostile text escaped', async () => {
    const input = await demoInput();
    const hostile = input.evaluation.results.find((r) => r.status === 'fail')!;
    hostile.message = 'Bucket <img src=x onerror=alert(1)> & "quotes" \' ]]> \u0000\u0007 done';
    hostile.resource = { ...hostile.resource, name: '</testcase><testcase name="x">' };
    const xml = renderJunit(input);
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (name) => ['testsuite', 'testcase'].includes(name),
    }).parse(xml) as {
      testsuites: {
        tests: string;
        failures: string;
        testsuite: { name: string; testcase: { classname: string; name: string; failure?: { message: string }; skipped?: unknown }[] }[];
      };
    };
    const suites = parsed.testsuites.testsuite;
    expect(suites).toHaveLength(input.evaluation.rules.length);
    const cases = suites.flatMap((s) => s.testcase ?? []);
    expect(cases).toHaveLength(input.evaluation.results.length);
    expect(Number(parsed.testsuites.tests)).toBe(input.evaluation.results.length);
    expect(Number(parsed.testsuites.failures)).toBe(input.evaluation.summary.byStatus.fail);
    expect(cases.filter((c) => c.failure)).toHaveLength(input.evaluation.summary.byStatus.fail);
    const back = cases.find((c) => c.classname === hostile.ruleId && c.name === hostile.resource.id)!;
    expect(back.failure?.message).toBe('Bucket <img src=x onerror=alert(1)> & "quotes" \' ]]>  done');
  });
});

/**
 * The OCSF 1.3.0 Compliance Finding class, as far as a test can check it: the required
 * attributes of base_event, finding and compliance_finding and of the objects used, the
 * enumerations used, and types (integers, strings, timestamp_t in milliseconds). Sources:
 * the OCSF schema repository (github.com/ocsf/ocsf-schema): events/findings/compliance_finding.json
 * (class uid 3 in category findings = 2003; `compliance` required; `resource` deprecated since
 * 1.3.0 for `resources`), events/findings/finding.json (`finding_info` required; activity_id
 * 1 Create, 2 Update, 3 Close; status_id 1 New ... 3 Suppressed ...), objects/compliance.json
 * (`standards` required; status_id 1 Pass, 2 Warning, 3 Fail), objects/metadata.json
 * (`product` and `version` required), objects/product.json, objects/finding_info.json
 * (`uid` required), and the published class page schema.ocsf.io/1.3.0/classes/compliance_finding
 * (category_uid 2, class_uid 2003, type_uid = class_uid * 100 + activity_id, severity_id 0-6, 99).
 */
const OCSF_SCHEMA = {
  type: 'object',
  required: [
    'activity_id',
    'category_uid',
    'class_uid',
    'type_uid',
    'severity_id',
    'time',
    'metadata',
    'finding_info',
    'compliance',
    'cloud',
  ],
  additionalProperties: false,
  properties: {
    activity_id: { enum: [0, 1, 2, 3, 99] },
    activity_name: { type: 'string' },
    category_uid: { const: 2 },
    category_name: { const: 'Findings' },
    class_uid: { const: 2003 },
    class_name: { const: 'Compliance Finding' },
    type_uid: { const: 200301 },
    type_name: { type: 'string' },
    severity_id: { enum: [0, 1, 2, 3, 4, 5, 6, 99] },
    severity: { enum: ['Unknown', 'Informational', 'Low', 'Medium', 'High', 'Critical', 'Fatal', 'Other'] },
    time: { type: 'integer', minimum: 1_000_000_000_000 },
    message: { type: 'string' },
    status_id: { enum: [0, 1, 2, 3, 4, 5, 6, 99] },
    status: { type: 'string' },
    metadata: {
      type: 'object',
      required: ['product', 'version'],
      properties: {
        version: { const: '1.3.0' },
        product: {
          type: 'object',
          required: ['name'],
          properties: { name: { type: 'string' }, vendor_name: { type: 'string' }, version: { type: 'string' } },
        },
        profiles: { type: 'array', items: { type: 'string' } },
        uid: { type: 'string' },
      },
      additionalProperties: false,
    },
    cloud: {
      type: 'object',
      required: ['provider'],
      properties: {
        provider: { type: 'string' },
        region: { type: 'string' },
        account: { type: 'object', required: ['uid'], properties: { uid: { type: 'string' } } },
      },
      additionalProperties: false,
    },
    finding_info: {
      type: 'object',
      required: ['uid', 'title'],
      properties: {
        uid: { type: 'string' },
        title: { type: 'string' },
        desc: { type: 'string' },
        created_time: { type: 'integer' },
        types: { type: 'array', items: { type: 'string' } },
        src_url: { type: 'string' },
      },
      additionalProperties: false,
    },
    compliance: {
      type: 'object',
      required: ['standards'],
      properties: {
        standards: { type: 'array', minItems: 1, items: { type: 'string' } },
        control: { type: 'string' },
        requirements: { type: 'array', items: { type: 'string' } },
        status_id: { enum: [0, 1, 2, 3, 99] },
        status: { type: 'string' },
        status_detail: { type: 'string' },
      },
      additionalProperties: false,
    },
    resources: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          uid: { type: 'string' },
          name: { type: 'string' },
          type: { type: 'string' },
          region: { type: 'string' },
          cloud_partition: { type: 'string' },
        },
        additionalProperties: false,
      },
    },
    remediation: {
      type: 'object',
      required: ['desc'],
      properties: { desc: { type: 'string' }, references: { type: 'array', items: { type: 'string' } } },
      additionalProperties: false,
    },
    unmapped: { type: 'object' },
  },
};

describe('OCSF Compliance Finding', () => {
  it('validates against the class attributes: required ones, enumerations and types', async () => {
    const input = await demoInput();
    const events = JSON.parse(renderOcsf(input)) as { compliance: { status_id: number }; severity_id: number; status_id: number }[];
    const validate = compileSchema({ $id: 'test:ocsf-1.3.0-compliance-finding', ...OCSF_SCHEMA });
    for (const [i, e] of events.entries()) expect(validate.problems(e), `event ${i}`).toEqual([]);
    const applicable = input.evaluation.results.filter((r) => r.status !== 'not_applicable');
    expect(events).toHaveLength(applicable.length);
    const byStatus = (s: number) => events.filter((e) => e.compliance.status_id === s).length;
    expect(byStatus(3)).toBe(input.evaluation.summary.byStatus.fail);
    expect(byStatus(1)).toBe(input.evaluation.summary.byStatus.pass);
    expect(byStatus(2)).toBe(input.evaluation.summary.byStatus.unknown);
  });
});

describe('Markdown summary', () => {
  it('stays within its bound with many findings, counts what it left out, and escapes AWS strings', async () => {
    const input = await syntheticInput(5_000);
    // The first result (smallest rule id and resource), made critical: the first row of the table.
    input.evaluation.results[0]!.severity = 'critical';
    input.evaluation.results[0]!.resource.name = '<script>alert(1)</script> | @octocat [x](javascript:1)';
    const md = renderMarkdown(input);
    expect(md.length).toBeLessThanOrEqual(60_000);
    expect(md).toMatch(/…and \d+ more failing findings \(see report\.html\)\./);
    // A code span: shown as written, never HTML, a link or a mention; the table's `|` escaped.
    expect(md).toContain('| `<script>alert(1)</script> \\| @octocat [x](javascript:1)`<br>');
  });

  it('lists new findings first with a baseline', async () => {
    const input = await demoInput();
    const evaluation = postprocess(input.evaluation, { baseline: { source: 'prev.json', format: 'findings', failures: new Map() } });
    const md = renderMarkdown({ evaluation, snapshot: input.snapshot });
    expect(md).toContain('**Since the baseline** (prev.json): 82 new, 0 unchanged, 0 fixed or gone');
    expect(md).toMatch(/\| critical \(new\) \| CP-EBS-005 \|/);
  });
});

describe('renderReports', () => {
  it('returns one file per chosen format with its media type, without touching the file system', async () => {
    const input = await demoInput();
    const reports = renderReports(input, ['json', 'sarif', 'ocsf']);
    expect(reports.map((r) => [r.file, r.contentType])).toEqual([
      ['results.sarif', 'application/sarif+json'],
      ['findings.json', 'application/json'],
      ['findings.ocsf.json', 'application/json'],
    ]);
    expect(renderReports(input).map((r) => r.file)).toEqual(['results.sarif', 'report.html', 'findings.json']);
  });
});
