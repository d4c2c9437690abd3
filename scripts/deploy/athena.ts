/**
 * Org-wide results on Athena: the Glue tables over the JSON Lines each account's scan
 * writes (src/report/results-lines.ts) and the named queries the stack creates.
 *
 * The tables use partition projection on `run_date` (no crawler, no partition to add): a
 * `date` projection from the first day below to today. `account` is a folder below it and
 * also a column of every line, so org-wide queries need no account list (Athena reads
 * every object under a partition's location, subfolders included).
 *
 * The queries are plain SQL that both Athena (Trino) and DuckDB accept: the test suite
 * runs them with DuckDB over the JSON Lines of a multi-account scan.
 */
import { FINDING_COLUMNS, GAP_COLUMNS, RESULTS_PREFIX, type ResultColumn } from '../../src/report/results-lines.ts';

export const FIRST_RUN_DATE = '2026-01-01';

export interface NamedQuery {
  /** The resource's logical id in the template. */
  logicalId: string;
  name: string;
  description: string;
  sql: string;
}

const latestRun = '(SELECT max(run_id) FROM findings)';
const latestGapRun = '(SELECT max(run_id) FROM gaps)';

export const NAMED_QUERIES: readonly NamedQuery[] = [
  {
    logicalId: 'PublicKeysQuery',
    name: 'cryptoposture: public KMS keys across the organization',
    description: 'KMS keys whose key policy allows any AWS principal (CP-KMS-003), latest run',
    sql: `SELECT account, region, resource_id, resource_name, severity, message
FROM findings
WHERE run_id = ${latestRun}
  AND rule_id = 'CP-KMS-003'
  AND status = 'fail'
ORDER BY account, region, resource_id`,
  },
  {
    logicalId: 'ExpiringCertificatesQuery',
    name: 'cryptoposture: certificates expiring within 45 days',
    description: 'ACM certificates whose expiry is at most 45 days after the latest run (expired ones included)',
    sql: `SELECT DISTINCT account, region, resource_id, resource_name, not_after, days_to_expiry
FROM findings
WHERE run_id = ${latestRun}
  AND resource_type = 'acm.certificate'
  AND days_to_expiry IS NOT NULL
  AND days_to_expiry <= 45
ORDER BY days_to_expiry, account, resource_id`,
  },
  {
    logicalId: 'PendingDeletionInUseQuery',
    name: 'cryptoposture: KMS keys pending deletion still in use',
    description: 'KMS keys scheduled for deletion that still protect scanned resources (CP-KMS-006), latest run',
    sql: `SELECT account, region, resource_id, resource_name, message
FROM findings
WHERE run_id = ${latestRun}
  AND rule_id = 'CP-KMS-006'
  AND status = 'fail'
ORDER BY account, region, resource_id`,
  },
  {
    logicalId: 'NewCriticalFindingsQuery',
    name: 'cryptoposture: new critical findings of the latest run',
    description: 'Critical failures that were not failing in the previous run of their account',
    sql: `SELECT account, region, rule_id, resource_id, message
FROM findings
WHERE run_id = ${latestRun}
  AND severity = 'critical'
  AND is_new = true
  AND status IN ('fail', 'error')
ORDER BY account, rule_id, resource_id`,
  },
  {
    logicalId: 'CoverageGapsQuery',
    name: 'cryptoposture: coverage gaps of the latest run',
    description: 'What could not be read, by account, service, operation and error code',
    sql: `SELECT account, service, operation, code, count(*) AS gaps
FROM gaps
WHERE run_id = ${latestGapRun}
GROUP BY account, service, operation, code
ORDER BY account, service, operation, code`,
  },
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function glueTable(table: 'findings' | 'gaps', columns: readonly ResultColumn[], description: string): Json {
  const location = `s3://\${ReportsBucket}/${RESULTS_PREFIX}${table}/`;
  return {
    Type: 'AWS::Glue::Table',
    Properties: {
      CatalogId: { Ref: 'AWS::AccountId' },
      DatabaseName: { Ref: 'ResultsDatabase' },
      TableInput: {
        Name: table,
        Description: description,
        TableType: 'EXTERNAL_TABLE',
        PartitionKeys: [{ Name: 'run_date', Type: 'string', Comment: 'the day of the run (yyyy-MM-dd, UTC)' }],
        Parameters: {
          classification: 'json',
          'projection.enabled': 'true',
          'projection.run_date.type': 'date',
          'projection.run_date.format': 'yyyy-MM-dd',
          'projection.run_date.range': `${FIRST_RUN_DATE},NOW`,
          'projection.run_date.interval': '1',
          'projection.run_date.interval.unit': 'DAYS',
          // `${!run_date}` is Fn::Sub's escape for the literal `${run_date}` Athena fills in.
          'storage.location.template': { 'Fn::Sub': `${location}run_date=\${!run_date}/` },
        },
        StorageDescriptor: {
          Columns: columns.map((c) => ({ Name: c.name, Type: c.type, Comment: c.comment })),
          Location: { 'Fn::Sub': location },
          InputFormat: 'org.apache.hadoop.mapred.TextInputFormat',
          OutputFormat: 'org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat',
          SerdeInfo: { SerializationLibrary: 'org.openx.data.jsonserde.JsonSerDe' },
        },
      },
    },
  };
}

/** The Glue database and tables, the Athena workgroup and the named queries. */
export function athenaResources(): Record<string, Json> {
  const resources: Record<string, Json> = {
    ResultsDatabase: {
      Type: 'AWS::Glue::Database',
      Properties: {
        CatalogId: { Ref: 'AWS::AccountId' },
        DatabaseInput: {
          Name: { Ref: 'ResultsDatabaseName' },
          Description: 'cryptoposture: every run of every account, as JSON Lines in the reports bucket',
        },
      },
    },
    FindingsTable: glueTable('findings', FINDING_COLUMNS, 'One line per rule result of each account and run'),
    GapsTable: glueTable('gaps', GAP_COLUMNS, 'One line per collection gap of each account and run'),
    ResultsWorkGroup: {
      Type: 'AWS::Athena::WorkGroup',
      Properties: {
        Name: { 'Fn::Sub': '${AWS::StackName}-results' },
        Description: 'cryptoposture org-wide queries; results encrypted with the stack key',
        State: 'ENABLED',
        WorkGroupConfiguration: {
          EnforceWorkGroupConfiguration: true,
          PublishCloudWatchMetricsEnabled: true,
          ResultConfiguration: {
            OutputLocation: { 'Fn::Sub': 's3://${ReportsBucket}/athena-results/' },
            EncryptionConfiguration: { EncryptionOption: 'SSE_KMS', KmsKey: { 'Fn::GetAtt': ['ReportsKey', 'Arn'] } },
          },
        },
      },
    },
  };
  for (const q of NAMED_QUERIES) {
    resources[q.logicalId] = {
      Type: 'AWS::Athena::NamedQuery',
      Properties: {
        Name: q.name,
        Description: q.description,
        Database: { Ref: 'ResultsDatabase' },
        WorkGroup: { Ref: 'ResultsWorkGroup' },
        QueryString: q.sql,
      },
    };
  }
  return resources;
}
