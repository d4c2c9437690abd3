/**
 * A synthetic AWS account of any size, for the benchmark and the call-count test. Nothing is
 * stored per resource: every resource is a pure function of (region, index), produced when a
 * page asks for it, so that an account of 100,000 resources costs no memory until the scan
 * under test holds it. The same description gives the true census (what the call model needs)
 * and the node counts a lossless scan must produce.
 *
 * Resources are spread evenly over the regions (the first regions get one more when the
 * numbers do not divide), except certificates, of which `certificatesIn` may pin a share to
 * one region. Fixed, documented proportions give every code path of the collectors work:
 * - KMS: every 8th key is AWS managed (alias `alias/aws/...`), every 10th customer key is
 *   asymmetric (no rotation status), every 50th customer key has 120 grants (2 pages); each
 *   key has one alias, each customer key 3 tags.
 * - S3: every 3rd bucket uses SSE-KMS, every 5th has a bucket policy, every 7th replicates.
 * - EBS: every 4th volume is unencrypted; every 100th snapshot is public.
 * - RDS: a sixth of the databases are clusters and a sixth of the snapshots cluster
 *   snapshots; two snapshots in three are manual, every 50th manual one is public.
 * - CloudTrail: the first trail is multi-region (seen as a shadow trail in every region),
 *   homed in the first region; the others are single-region trails spread over the regions.
 * - DynamoDB: every 3rd table uses a customer managed key, every 3rd after it the AWS
 *   managed key, the rest the AWS owned key; every 10th table is a global table with a
 *   replica in the next region.
 * - EFS: every 4th file system is unencrypted; of the others, every 2nd uses a customer
 *   managed key and the rest the AWS managed key.
 * - Secrets Manager: every 4th secret uses the AWS managed key (no KmsKeyId), every 3rd rotates.
 * - SSM: every 4th SecureString parameter uses the AWS managed key `alias/aws/ssm`.
 * - CloudWatch Logs: every 3rd log group has a (customer managed) KMS key.
 * - ECR: every 3rd repository is AES256, every 7th of the others KMS_DSSE, the rest KMS.
 * - SQS: queue i is unencrypted, SSE-SQS, SSE-KMS with a customer managed key, or SSE-KMS with
 *   `alias/aws/sqs`, as i mod 4 is 0, 1, 2 or 3.
 * - SNS: every other topic has a customer managed key.
 * - Lambda: function i has environment variables unless i mod 3 is 0; every 2nd function
 *   names a customer managed key (the others with variables use `aws/lambda`).
 * - AWS Backup: every 2nd vault uses a customer managed key, the others `aws/backup`.
 * - AMIs: image i is backed by snapshot i of its region (so encrypted as that snapshot is);
 *   every 20th image is public.
 * - CloudFront (global): distribution i allows viewers HTTP on its default behavior when i mod 4
 *   is 0; every distribution has a path behavior and a custom origin (http-only every 5th);
 *   every 3rd uses an ACM certificate in the first region.
 * - API Gateway: custom domain i of a region is an HTTP/WebSocket (v2) domain when i mod 3 is
 *   2, else a REST one; REST domain i uses TLS_1_0 when i mod 4 is 0, the others TLS_1_2.
 * - ELBv2: load balancer i is a gateway one (no listeners read) when i mod 20 is 19, a Network
 *   Load Balancer (TLS 443 and TCP 22) when i mod 4 is 1, otherwise an Application Load Balancer
 *   (HTTP 80, redirecting to HTTPS when i is even, and HTTPS 443); internal when i mod 3 is 0.
 *   A TLS listener's policy cycles through four documented ones; when i mod 50 is 7 it is an
 *   undocumented name that DescribeSSLPolicies describes. Its default certificate is an ACM
 *   certificate of the region (an IAM server certificate when i mod 7 is 3 and the account has
 *   some), plus an SNI one when i mod 3 is 2.
 * - Classic Load Balancers: each has HTTP 80; every even one also HTTPS 443 with a negotiation
 *   policy (its own Protocol-* attributes when i mod 4 is 0, else a referenced predefined one).
 * - IAM: server certificates, global (listed once, under the first region).
 * - Redshift: cluster i is unencrypted, encrypted with a customer managed key, or with the AWS
 *   owned key, as i mod 3 is 0, 1 or 2; every 4th cluster uses the default parameter group,
 *   the others one of 3 custom groups (`bench-pg-1` requires TLS).
 * - ElastiCache: replication group i is unencrypted at rest, encrypted with a customer managed
 *   key, or with the default key, as i mod 3 is 0, 1 or 2, and requires TLS when i is even;
 *   every other serverless cache uses a customer managed key.
 * - Kinesis: stream i is unencrypted, encrypted with a customer managed key (by ARN), or with
 *   `alias/aws/kinesis`, as i mod 3 is 0, 1 or 2.
 * - OpenSearch: every 4th domain is not encrypted at rest; the others use a customer managed
 *   key (even i) or `aws/es`; every 3rd has no node-to-node encryption, every 5th accepts
 *   HTTP, odd ones keep the TLS 1.0 policy.
 */
import type { NodeType } from '../../src/graph/types.ts';
import type { TaskCensus } from '../../src/collect/plan.ts';

export interface AccountSpec {
  account: string;
  regions: readonly string[];
  keys: number;
  certificates: number;
  /** Certificates pinned to one region (the rest spread over the others). */
  certificatesIn?: { region: string; count: number };
  buckets: number;
  volumes: number;
  snapshots: number;
  /** RDS instances and clusters. */
  databases: number;
  /** RDS DB and cluster snapshots. */
  dbSnapshots: number;
  trails: number;
  /** DynamoDB tables (default 0). */
  tables?: number;
  /** EFS file systems (default 0). */
  fileSystems?: number;
  /** Secrets Manager secrets. */
  secrets: number;
  /** SSM SecureString parameters. */
  parameters: number;
  /** CloudWatch Logs log groups (none when absent). */
  logGroups?: number;
  /** ECR repositories (none when absent). */
  repositories?: number;
  /** SQS queues. */
  queues: number;
  /** SNS topics. */
  topics: number;
  /** Lambda functions (none when absent). */
  functions?: number;
  /** AWS Backup vaults (none when absent). */
  vaults?: number;
  /** EC2 AMIs owned by the account (none when absent). */
  images?: number;
  /** CloudFront distributions, in the account (global; none when absent). */
  distributions?: number;
  /** API Gateway custom domain names (REST and v2; none when absent). */
  customDomains?: number;
  /** Application, Network and Gateway Load Balancers (none when absent). */
  loadBalancers?: number;
  /** Classic Load Balancers (none when absent). */
  classicLoadBalancers?: number;
  /** IAM server certificates, global (none when absent). */
  serverCertificates?: number;
  /** Redshift clusters (none when absent). */
  redshiftClusters?: number;
  /** ElastiCache replication groups (none when absent). */
  replicationGroups?: number;
  /** ElastiCache serverless caches (none when absent). */
  serverlessCaches?: number;
  /** Kinesis data streams (none when absent). */
  streams?: number;
  /** OpenSearch Service domains (none when absent). */
  domains?: number;
}

/** The TLS policies synthetic ELBv2 listeners cycle through (all in the documented table), and the undocumented one. */
export const SIM_TLS_POLICIES = [
  'ELBSecurityPolicy-2016-08',
  'ELBSecurityPolicy-TLS13-1-2-2021-06',
  'ELBSecurityPolicy-TLS-1-2-2017-01',
  'ELBSecurityPolicy-TLS13-1-0-2021-06',
] as const;
export const SIM_UNDOCUMENTED_POLICY = 'ELBSecurityPolicy-Sim-2030-01';

export interface SyntheticListener {
  arn: string;
  protocol: 'HTTP' | 'HTTPS' | 'TLS' | 'TCP';
  port: number;
  redirect: boolean;
  policy?: string;
  certificates: string[];
}

export interface SyntheticLoadBalancer {
  name: string;
  arn: string;
  type: 'application' | 'network' | 'gateway';
  scheme: 'internal' | 'internet-facing';
  listeners: SyntheticListener[];
}

/** The share of `total` that falls to region number `index` of `count`. */
export function share(total: number, count: number, index: number): number {
  return Math.floor(total / count) + (index < total % count ? 1 : 0);
}

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

export interface SyntheticKey {
  id: string;
  arn: string;
  awsManaged: boolean;
  asymmetric: boolean;
  grants: number;
  alias: string;
}

export interface SyntheticTrail {
  name: string;
  arn: string;
  home: string;
  multiRegion: boolean;
}

export class SyntheticAccount {
  readonly spec: AccountSpec;

  constructor(spec: AccountSpec) {
    this.spec = spec;
  }

  get account(): string {
    return this.spec.account;
  }

  get regions(): readonly string[] {
    return this.spec.regions;
  }

  regionIndex(region: string): number {
    return this.spec.regions.indexOf(region);
  }

  #count(total: number, region: string): number {
    const i = this.regionIndex(region);
    return i < 0 ? 0 : share(total, this.spec.regions.length, i);
  }

  // ---- KMS

  keyCount(region: string): number {
    return this.#count(this.spec.keys, region);
  }

  key(region: string, i: number): SyntheticKey {
    const id = `${hex(this.regionIndex(region), 8)}-0000-4000-8000-${hex(i, 12)}`;
    const awsManaged = i % 8 === 0;
    const customerIndex = i - Math.floor(i / 8) - 1;
    return {
      id,
      arn: `arn:aws:kms:${region}:${this.account}:key/${id}`,
      awsManaged,
      asymmetric: !awsManaged && customerIndex % 10 === 9,
      grants: !awsManaged && customerIndex % 50 === 49 ? 120 : 2,
      alias: awsManaged ? `alias/aws/service${i}` : `alias/app-${i}`,
    };
  }

  /** The key that encrypts resource `i` of a region (customer managed keys only), if the region has one. */
  keyFor(region: string, i: number): SyntheticKey | undefined {
    const n = this.keyCount(region);
    if (n < 2) return undefined;
    let k = 1 + (i % (n - 1));
    if (k % 8 === 0) k = k === n - 1 ? k - 1 : k + 1;
    return this.key(region, k);
  }

  // ---- ACM

  certificateCount(region: string): number {
    const pin = this.spec.certificatesIn;
    if (!pin || !this.regions.includes(pin.region)) return this.#count(this.spec.certificates, region);
    if (region === pin.region) return pin.count;
    const others = this.regions.filter((r) => r !== pin.region);
    const i = others.indexOf(region);
    return i < 0 ? 0 : share(this.spec.certificates - pin.count, others.length, i);
  }

  certificateArn(region: string, i: number): string {
    return `arn:aws:acm:${region}:${this.account}:certificate/${hex(this.regionIndex(region), 8)}-0000-4000-8000-${hex(i, 12)}`;
  }

  // ---- S3 (buckets are global; bucket j lives in region j mod R)

  bucketName(j: number): string {
    return `bench-${this.account}-${j}`;
  }

  bucketRegion(j: number): string {
    return this.regions[j % this.regions.length]!;
  }

  bucketIndex(name: string): number | undefined {
    const m = /^bench-\d+-(\d+)$/.exec(name);
    const j = m ? Number(m[1]) : NaN;
    return Number.isInteger(j) && j < this.spec.buckets ? j : undefined;
  }

  // ---- EBS

  volumeCount(region: string): number {
    return this.#count(this.spec.volumes, region);
  }

  snapshotCount(region: string): number {
    return this.#count(this.spec.snapshots, region);
  }

  /** Snapshot indexes that are public (every 100th). */
  publicSnapshotCount(region: string): number {
    return Math.ceil(this.snapshotCount(region) / 100);
  }

  // ---- RDS

  instanceCount(region: string): number {
    const d = this.#count(this.spec.databases, region);
    return d - Math.floor(d / 6);
  }

  clusterCount(region: string): number {
    return Math.floor(this.#count(this.spec.databases, region) / 6);
  }

  dbSnapshotCount(region: string): number {
    const p = this.#count(this.spec.dbSnapshots, region);
    return p - Math.floor(p / 6);
  }

  clusterSnapshotCount(region: string): number {
    return Math.floor(this.#count(this.spec.dbSnapshots, region) / 6);
  }

  /** The DB parameter group of instance i: every fourth uses the engine's default group, the others one of three custom groups. */
  static dbParameterGroupOf(i: number): string {
    return i % 4 === 0 ? 'default.postgres16' : `pg-tls-${i % 3}`;
  }

  /** The DB cluster parameter group of cluster i: the default group or one custom group. */
  static clusterParameterGroupOf(i: number): string {
    return i % 2 === 0 ? 'default.aurora-postgresql16' : 'apg-tls';
  }

  /** The CA certificates RDS lists in every region. */
  static readonly caCertificates = ['rds-ca-ecc384-g1', 'rds-ca-rsa2048-g1', 'rds-ca-rsa4096-g1'] as const;

  static #distinct(count: number, of: (i: number) => string): number {
    return new Set(Array.from({ length: count }, (_, i) => of(i))).size;
  }

  dbParameterGroupCount(region: string): number {
    return SyntheticAccount.#distinct(this.instanceCount(region), SyntheticAccount.dbParameterGroupOf);
  }

  clusterParameterGroupCount(region: string): number {
    return SyntheticAccount.#distinct(this.clusterCount(region), SyntheticAccount.clusterParameterGroupOf);
  }

  /** Snapshot i is manual unless i is a multiple of 3. */
  static isManual(i: number): boolean {
    return i % 3 !== 0;
  }

  static manualCount(n: number): number {
    return n - Math.ceil(n / 3);
  }

  // ---- DynamoDB, EFS

  tableCount(region: string): number {
    return this.#count(this.spec.tables ?? 0, region);
  }

  /** Table `i`'s name: zero-padded, so that names sort as their indexes do (ListTables order). */
  static tableName(i: number): string {
    return `bench-table-${String(i).padStart(6, '0')}`;
  }

  fileSystemCount(region: string): number {
    return this.#count(this.spec.fileSystems ?? 0, region);
  }

  // ---- CloudTrail

  trail(t: number): SyntheticTrail {
    const home = this.regions[t % this.regions.length]!;
    const name = `bench-trail-${t}`;
    return { name, arn: `arn:aws:cloudtrail:${home}:${this.account}:trail/${name}`, home, multiRegion: t === 0 };
  }

  /** What DescribeTrails (shadow trails included) returns in a region. */
  trailsVisibleIn(region: string): SyntheticTrail[] {
    const out: SyntheticTrail[] = [];
    for (let t = 0; t < this.spec.trails; t++) {
      const trail = this.trail(t);
      if (trail.home === region || trail.multiRegion) out.push(trail);
    }
    return out;
  }

  // ---- Secrets Manager and SSM Parameter Store

  secretCount(region: string): number {
    return this.#count(this.spec.secrets, region);
  }

  parameterCount(region: string): number {
    return this.#count(this.spec.parameters, region);
  }

  // ---- CloudWatch Logs, ECR

  logGroupCount(region: string): number {
    return this.#count(this.spec.logGroups ?? 0, region);
  }

  repositoryCount(region: string): number {
    return this.#count(this.spec.repositories ?? 0, region);
  }

  // ---- AMIs

  imageCount(region: string): number {
    return this.#count(this.spec.images ?? 0, region);
  }

  // ---- SQS and SNS

  queueCount(region: string): number {
    return this.#count(this.spec.queues, region);
  }

  queueName(i: number): string {
    return `bench-queue-${i}`;
  }

  topicCount(region: string): number {
    return this.#count(this.spec.topics, region);
  }

  topicArn(region: string, i: number): string {
    return `arn:aws:sns:${region}:${this.account}:bench-topic-${i}`;
  }

  // ---- Lambda and AWS Backup

  functionCount(region: string): number {
    return this.#count(this.spec.functions ?? 0, region);
  }

  vaultCount(region: string): number {
    return this.#count(this.spec.vaults ?? 0, region);
  }

  // ---- CloudFront

  distributionCount(): number {
    return this.spec.distributions ?? 0;
  }

  // ---- API Gateway

  customDomainCount(region: string): number {
    return this.#count(this.spec.customDomains ?? 0, region);
  }

  /** Whether custom domain i of a region is an HTTP/WebSocket (v2) one. */
  static v2Domain(i: number): boolean {
    return i % 3 === 2;
  }

  /** Domains of each kind among the first n (the REST ones, then the v2 ones). */
  static domainKinds(n: number): { rest: number; v2: number } {
    const v2 = Math.floor((n + 1) / 3);
    return { rest: n - v2, v2 };
  }

  // ---- ELBv2, Classic Load Balancers, IAM server certificates

  loadBalancerCount(region: string): number {
    return this.#count(this.spec.loadBalancers ?? 0, region);
  }

  loadBalancer(region: string, i: number): SyntheticLoadBalancer {
    const type = i % 20 === 19 ? 'gateway' : i % 4 === 1 ? 'network' : 'application';
    const name = `bench-lb-${i}`;
    const id = hex(i, 16);
    const kind = type === 'gateway' ? 'gwy' : type === 'network' ? 'net' : 'app';
    const arn = `arn:aws:elasticloadbalancing:${region}:${this.account}:loadbalancer/${kind}/${name}/${id}`;
    const listenerArn = (port: number) =>
      `arn:aws:elasticloadbalancing:${region}:${this.account}:listener/${kind}/${name}/${id}/${hex(port, 16)}`;
    const certificates = this.#listenerCertificates(region, i);
    const policy = i % 50 === 7 ? SIM_UNDOCUMENTED_POLICY : SIM_TLS_POLICIES[i % SIM_TLS_POLICIES.length]!;
    const secure = (protocol: 'HTTPS' | 'TLS'): SyntheticListener => ({
      arn: listenerArn(443),
      protocol,
      port: 443,
      redirect: false,
      policy,
      certificates,
    });
    const listeners: SyntheticListener[] =
      type === 'gateway'
        ? []
        : type === 'network'
          ? [secure('TLS'), { arn: listenerArn(22), protocol: 'TCP', port: 22, redirect: false, certificates: [] }]
          : [{ arn: listenerArn(80), protocol: 'HTTP', port: 80, redirect: i % 2 === 0, certificates: [] }, secure('HTTPS')];
    return { name, arn, type, scheme: i % 3 === 0 ? 'internal' : 'internet-facing', listeners };
  }

  /** The certificates a TLS listener of load balancer i presents: its default one first. */
  #listenerCertificates(region: string, i: number): string[] {
    const acm = this.certificateCount(region);
    const iam = this.spec.serverCertificates ?? 0;
    const fallback = `arn:aws:acm:${region}:${this.account}:certificate/missing-${i}`;
    const first = iam > 0 && i % 7 === 3 ? this.serverCertificateArn(i % iam) : acm > 0 ? this.certificateArn(region, i % acm) : fallback;
    const sni = i % 3 === 2 && acm > 1 ? [this.certificateArn(region, (i + 1) % acm)] : [];
    return [first, ...sni.filter((c) => c !== first)];
  }

  classicLoadBalancerCount(region: string): number {
    return this.#count(this.spec.classicLoadBalancers ?? 0, region);
  }

  /** Classic Load Balancer i: HTTP 80, and HTTPS 443 when i is even. */
  classicHasTls(i: number): boolean {
    return i % 2 === 0;
  }

  serverCertificateArn(i: number): string {
    return `arn:aws:iam::${this.account}:server-certificate/bench-cert-${i}`;
  }

  // ---- Redshift

  redshiftClusterCount(region: string): number {
    return this.#count(this.spec.redshiftClusters ?? 0, region);
  }

  /** The parameter group of cluster `i`: the default one for every 4th, else one of 3 custom groups. */
  static redshiftParameterGroup(i: number): string {
    return i % 4 === 0 ? 'default.redshift-1.0' : `bench-pg-${i % 3}`;
  }

  redshiftParameterGroupCount(region: string): number {
    const groups = new Set<string>();
    for (let i = 0; i < this.redshiftClusterCount(region); i++) groups.add(SyntheticAccount.redshiftParameterGroup(i));
    return groups.size;
  }

  // ---- ElastiCache

  replicationGroupCount(region: string): number {
    return this.#count(this.spec.replicationGroups ?? 0, region);
  }

  serverlessCacheCount(region: string): number {
    return this.#count(this.spec.serverlessCaches ?? 0, region);
  }

  // ---- Kinesis

  streamCount(region: string): number {
    return this.#count(this.spec.streams ?? 0, region);
  }

  /** Stream `i`'s name: zero-padded, so that names sort as their indexes do (ListStreams order). */
  static streamName(i: number): string {
    return `bench-stream-${String(i).padStart(6, '0')}`;
  }

  // ---- OpenSearch Service

  domainCount(region: string): number {
    return this.#count(this.spec.domains ?? 0, region);
  }

  static domainName(i: number): string {
    return `bench-domain-${i}`;
  }

  // ---- What a lossless scan must find, and what the call model needs

  /** The true census of every task (S3 under the first region, where its global calls go). */
  census(): TaskCensus[] {
    const out: TaskCensus[] = [];
    const account = this.account;
    for (const region of this.regions) {
      const keys = Array.from({ length: this.keyCount(region) }, (_, i) => this.key(region, i));
      const customer = keys.filter((k) => !k.awsManaged);
      out.push({
        account,
        region,
        census: {
          service: 'kms',
          keys: keys.length,
          aliases: keys.length,
          customerKeys: customer.length,
          rotatableKeys: customer.filter((k) => !k.asymmetric).length,
          tagPages: customer.length,
          grantPages: customer.reduce((n, k) => n + Math.max(1, Math.ceil(k.grants / 100)), 0),
        },
      });
      out.push({ account, region, census: { service: 'acm', certificates: this.certificateCount(region) } });
      out.push({
        account,
        region,
        census: {
          service: 'ebs',
          volumes: this.volumeCount(region),
          snapshots: this.snapshotCount(region),
          publicCandidates: this.publicSnapshotCount(region),
        },
      });
      out.push({
        account,
        region,
        census: {
          service: 'rds',
          instances: this.instanceCount(region),
          clusters: this.clusterCount(region),
          dbSnapshots: this.dbSnapshotCount(region),
          clusterSnapshots: this.clusterSnapshotCount(region),
          manualDbSnapshots: SyntheticAccount.manualCount(this.dbSnapshotCount(region)),
          manualClusterSnapshots: SyntheticAccount.manualCount(this.clusterSnapshotCount(region)),
          caCertificates: SyntheticAccount.caCertificates.length,
          dbParameterGroups: this.dbParameterGroupCount(region),
          clusterParameterGroups: this.clusterParameterGroupCount(region),
        },
      });
      out.push({
        account,
        region,
        census: { service: 'cloudtrail', trailsHomedHere: this.trailsVisibleIn(region).filter((t) => t.home === region).length },
      });
      out.push({ account, region, census: { service: 'dynamodb', tables: this.tableCount(region) } });
      out.push({ account, region, census: { service: 'efs', fileSystems: this.fileSystemCount(region) } });
      out.push({ account, region, census: { service: 'secretsmanager', secrets: this.secretCount(region) } });
      out.push({ account, region, census: { service: 'ssm', parameters: this.parameterCount(region) } });
      out.push({ account, region, census: { service: 'logs', logGroups: this.logGroupCount(region) } });
      out.push({ account, region, census: { service: 'ecr', repositories: this.repositoryCount(region) } });
      out.push({ account, region, census: { service: 'sqs', queues: this.queueCount(region) } });
      out.push({ account, region, census: { service: 'sns', topics: this.topicCount(region) } });
      out.push({ account, region, census: { service: 'lambda', functions: this.functionCount(region) } });
      out.push({ account, region, census: { service: 'backup', vaults: this.vaultCount(region) } });
      out.push({ account, region, census: { service: 'ami', images: this.imageCount(region) } });
      const domains = SyntheticAccount.domainKinds(this.customDomainCount(region));
      out.push({ account, region, census: { service: 'apigateway', restDomains: domains.rest, v2Domains: domains.v2 } });
      const balancers = Array.from({ length: this.loadBalancerCount(region) }, (_, i) => this.loadBalancer(region, i));
      const secure = balancers.flatMap((b) => b.listeners).filter((l) => l.policy !== undefined);
      out.push({
        account,
        region,
        census: {
          service: 'elbv2',
          loadBalancers: balancers.length,
          listenerLoadBalancers: balancers.filter((b) => b.type !== 'gateway').length,
          secureListeners: secure.length,
          undocumentedPolicies: secure.some((l) => l.policy === SIM_UNDOCUMENTED_POLICY) ? 1 : 0,
        },
      });
      const classic = this.classicLoadBalancerCount(region);
      out.push({
        account,
        region,
        census: {
          service: 'elb',
          loadBalancers: classic,
          tlsLoadBalancers: Array.from({ length: classic }, (_, i) => this.classicHasTls(i)).filter(Boolean).length,
        },
      });
      out.push({
        account,
        region,
        census: {
          service: 'redshift',
          clusters: this.redshiftClusterCount(region),
          parameterGroups: this.redshiftParameterGroupCount(region),
        },
      });
      out.push({
        account,
        region,
        census: {
          service: 'elasticache',
          replicationGroups: this.replicationGroupCount(region),
          serverlessCaches: this.serverlessCacheCount(region),
        },
      });
      out.push({ account, region, census: { service: 'kinesis', streams: this.streamCount(region) } });
      out.push({ account, region, census: { service: 'opensearch', domains: this.domainCount(region) } });
    }
    out.push({ account, region: this.regions[0]!, census: { service: 'iam', serverCertificates: this.spec.serverCertificates ?? 0 } });
    const inScope: Record<string, number> = {};
    for (let j = 0; j < this.spec.buckets; j++) inScope[this.bucketRegion(j)] = (inScope[this.bucketRegion(j)] ?? 0) + 1;
    out.push({ account, region: this.regions[0]!, census: { service: 's3', buckets: this.spec.buckets, withoutRegion: 0, inScope } });
    out.push({ account, region: this.regions[0]!, census: { service: 'cloudfront', distributions: this.distributionCount() } });
    return out;
  }

  /** Nodes a complete scan produces, by type (external nodes left out). */
  expectedNodes(): Partial<Record<NodeType, number>> {
    const sum = (f: (region: string) => number) => this.regions.reduce((n, r) => n + f(r), 0);
    return {
      'kms.key': this.spec.keys,
      'kms.alias': this.spec.keys,
      'acm.certificate': sum((r) => this.certificateCount(r)),
      's3.bucket': this.spec.buckets,
      'ec2.volume': this.spec.volumes,
      'ec2.snapshot': this.spec.snapshots,
      'ec2.ebs-defaults': this.regions.length,
      'rds.instance': sum((r) => this.instanceCount(r)),
      'rds.cluster': sum((r) => this.clusterCount(r)),
      'rds.snapshot': sum((r) => this.dbSnapshotCount(r)),
      'rds.cluster-snapshot': sum((r) => this.clusterSnapshotCount(r)),
      'cloudtrail.trail': this.spec.trails,
      'cloudtrail.region': this.regions.length,
      ...((this.spec.tables ?? 0) > 0 ? { 'dynamodb.table': this.spec.tables } : {}),
      ...((this.spec.fileSystems ?? 0) > 0 ? { 'efs.file-system': this.spec.fileSystems } : {}),
      'secretsmanager.secret': this.spec.secrets,
      'ssm.parameter': this.spec.parameters,
      'logs.log-group': this.spec.logGroups ?? 0,
      'ecr.repository': this.spec.repositories ?? 0,
      'sqs.queue': this.spec.queues,
      'sns.topic': this.spec.topics,
      ...((this.spec.functions ?? 0) > 0 ? { 'lambda.function': this.spec.functions } : {}),
      ...((this.spec.vaults ?? 0) > 0 ? { 'backup.vault': this.spec.vaults } : {}),
      ...((this.spec.images ?? 0) > 0 ? { 'ec2.image': this.spec.images } : {}),
      ...(this.distributionCount() > 0 ? { 'cloudfront.distribution': this.distributionCount() } : {}),
      ...((this.spec.customDomains ?? 0) > 0 ? { 'apigateway.domain-name': this.spec.customDomains } : {}),
      ...((this.spec.loadBalancers ?? 0) > 0
        ? {
            'elbv2.load-balancer': this.spec.loadBalancers,
            'elbv2.listener': sum((r) =>
              Array.from({ length: this.loadBalancerCount(r) }, (_, i) => this.loadBalancer(r, i).listeners.length).reduce(
                (a, b) => a + b,
                0,
              ),
            ),
          }
        : {}),
      ...((this.spec.classicLoadBalancers ?? 0) > 0
        ? {
            'elb.load-balancer': this.spec.classicLoadBalancers,
            'elb.listener': sum((r) =>
              Array.from({ length: this.classicLoadBalancerCount(r) }, (_, i) => (this.classicHasTls(i) ? 2 : 1)).reduce(
                (a, b) => a + b,
                0,
              ),
            ),
          }
        : {}),
      ...((this.spec.serverCertificates ?? 0) > 0 ? { 'iam.server-certificate': this.spec.serverCertificates } : {}),
      ...((this.spec.redshiftClusters ?? 0) > 0 ? { 'redshift.cluster': this.spec.redshiftClusters } : {}),
      ...((this.spec.replicationGroups ?? 0) > 0 ? { 'elasticache.replication-group': this.spec.replicationGroups } : {}),
      ...((this.spec.serverlessCaches ?? 0) > 0 ? { 'elasticache.serverless-cache': this.spec.serverlessCaches } : {}),
      ...((this.spec.streams ?? 0) > 0 ? { 'kinesis.stream': this.spec.streams } : {}),
      ...((this.spec.domains ?? 0) > 0 ? { 'opensearch.domain': this.spec.domains } : {}),
    };
  }
}
