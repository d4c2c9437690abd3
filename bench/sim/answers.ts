/**
 * What AWS answers, operation by operation, for a synthetic account: the response bodies in
 * each service's own wire protocol (JSON 1.1 for KMS, ACM, CloudTrail, CloudWatch Logs and ECR; EC2 query XML; AWS
 * query XML for RDS and STS; REST XML for S3), so that the SDK's real deserializers read
 * them (and JSON 1.0 for SQS, query XML for SNS). Pages are cut from the synthetic account on demand.
 */
import { SIM_TLS_POLICIES, SIM_UNDOCUMENTED_POLICY, SyntheticAccount, type SyntheticKey } from './account.ts';

export interface SimRequest {
  /** SigV4 signing name: kms, acm, cloudtrail, ec2, rds, s3, sts. */
  service: string;
  region: string;
  operation: string;
  /** JSON input (JSON protocols) or query parameters (query protocols and S3). */
  params: Record<string, unknown>;
  /** S3: the bucket the request names. */
  bucket?: string;
}

export interface SimResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const DATE = Date.UTC(2024, 0, 15) / 1000;
/** When the simulated RDS CA certificates expire. */
const CA_VALID_TILL = Date.UTC(2061, 4, 22) / 1000;
const iso = (epochSeconds: number) => new Date(epochSeconds * 1000).toISOString();
const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

function esc(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `{ a: 1, b: [..] }` as XML elements; arrays become repeated `item`-like members via `list()`. */
type XmlValue = string | number | boolean | undefined | { raw: string };
function xml(fields: Record<string, XmlValue>): string {
  let out = '';
  for (const [tag, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    out += typeof value === 'object' ? `<${tag}>${value.raw}</${tag}>` : `<${tag}>${esc(String(value))}</${tag}>`;
  }
  return out;
}
const list = (member: string, items: readonly string[]): { raw: string } => ({
  raw: items.map((i) => `<${member}>${i}</${member}>`).join(''),
});

const json = (body: object): SimResponse => ({
  status: 200,
  headers: { 'content-type': 'application/x-amz-json-1.1' },
  body: JSON.stringify(body),
});
const ec2 = (operation: string, inner: string): SimResponse => ({
  status: 200,
  headers: { 'content-type': 'text/xml;charset=UTF-8' },
  body: `<?xml version="1.0" encoding="UTF-8"?>\n<${operation}Response xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>sim</requestId>${inner}</${operation}Response>`,
});
const query = (operation: string, inner: string): SimResponse => ({
  status: 200,
  headers: { 'content-type': 'text/xml' },
  body: `<${operation}Response><${operation}Result>${inner}</${operation}Result><ResponseMetadata><RequestId>sim</RequestId></ResponseMetadata></${operation}Response>`,
});
const s3xml = (inner: string): SimResponse => ({
  status: 200,
  headers: { 'content-type': 'application/xml' },
  body: `<?xml version="1.0" encoding="UTF-8"?>\n${inner}`,
});
const s3error = (status: number, code: string): SimResponse => ({
  status,
  headers: { 'content-type': 'application/xml', 'x-amz-request-id': 'sim' },
  body: `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${code}</Message><RequestId>sim</RequestId></Error>`,
});
/** DynamoDB and SQS speak JSON 1.0; EFS, Lambda and AWS Backup REST-JSON. */
const json10 = (body: object): SimResponse => ({ ...json(body), headers: { 'content-type': 'application/x-amz-json-1.0' } });
const restJson = (body: object): SimResponse => ({ ...json(body), headers: { 'content-type': 'application/json' } });

/** An error in the JSON or query protocols (not found, validation). */
export function clientError(service: string, code: string, message: string): SimResponse {
  if (service === 'dynamodb' || service === 'elasticfilesystem' || service === 'lambda' || service === 'backup' || service === 'es') {
    const type = service === 'dynamodb' ? 'application/x-amz-json-1.0' : 'application/json';
    return { status: 400, headers: { 'content-type': type }, body: JSON.stringify({ __type: code, message }) };
  }
  if (['kms', 'acm', 'cloudtrail', 'secretsmanager', 'ssm', 'logs', 'ecr', 'sqs', 'kinesis'].includes(service)) {
    return { status: 400, headers: { 'content-type': 'application/x-amz-json-1.1' }, body: JSON.stringify({ __type: code, message }) };
  }
  if (service === 's3') return s3error(400, code);
  if (service === 'ec2') {
    return {
      status: 400,
      headers: { 'content-type': 'text/xml' },
      body: `<Response><Errors><Error><Code>${code}</Code><Message>${esc(message)}</Message></Error></Errors><RequestID>sim</RequestID></Response>`,
    };
  }
  return {
    status: 400,
    headers: { 'content-type': 'text/xml' },
    body: `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${esc(message)}</Message></Error><RequestId>sim</RequestId></ErrorResponse>`,
  };
}

/** A page of indexes [start, end) of `total` and the token of the next page. */
function page(total: number, size: unknown, token: unknown, max: number): { start: number; end: number; next: string | undefined } {
  const start = token === undefined || token === '' ? 0 : Number(token);
  const n = Math.min(max, Number(size ?? max) || max);
  const end = Math.min(total, start + n);
  return { start, end, next: end < total ? String(end) : undefined };
}

/** The index at the end of a synthetic id (`...-<hex>` or `...-<decimal>`). */
const hexIndex = (id: string) => parseInt(id.slice(-12), 16);
const decIndex = (id: string) => Number(/(\d+)$/.exec(id)?.[1] ?? NaN);

export class Answers {
  readonly #a: SyntheticAccount;

  constructor(account: SyntheticAccount) {
    this.#a = account;
  }

  answer(req: SimRequest): SimResponse {
    const handler = (this as unknown as Record<string, ((req: SimRequest) => SimResponse) | undefined>)[`${req.service}_${req.operation}`];
    if (!handler) return clientError(req.service, 'InvalidAction', `the simulation does not answer ${req.service}:${req.operation}`);
    return handler.call(this, req);
  }

  // ---- STS, EC2 regions

  sts_GetCallerIdentity(): SimResponse {
    const a = this.#a.account;
    return query('GetCallerIdentity', xml({ Arn: `arn:aws:iam::${a}:user/bench`, UserId: 'AIDABENCH', Account: a }));
  }

  ec2_DescribeRegions(): SimResponse {
    const items = this.#a.regions.map((r) =>
      xml({ regionName: r, regionEndpoint: `ec2.${r}.amazonaws.com`, optInStatus: 'opt-in-not-required' }),
    );
    return ec2('DescribeRegions', xml({ regionInfo: list('item', items) }));
  }

  // ---- KMS

  #key(region: string, id: unknown): SyntheticKey | undefined {
    const i = hexIndex(String(id ?? ''));
    return Number.isInteger(i) && i < this.#a.keyCount(region) ? this.#a.key(region, i) : undefined;
  }

  kms_ListKeys(req: SimRequest): SimResponse {
    const p = page(this.#a.keyCount(req.region), req.params['Limit'], req.params['Marker'], 1000);
    const keys = [];
    for (let i = p.start; i < p.end; i++) {
      const k = this.#a.key(req.region, i);
      keys.push({ KeyId: k.id, KeyArn: k.arn });
    }
    return json({ Keys: keys, Truncated: p.next !== undefined, ...(p.next ? { NextMarker: p.next } : {}) });
  }

  kms_ListAliases(req: SimRequest): SimResponse {
    const p = page(this.#a.keyCount(req.region), req.params['Limit'], req.params['Marker'], 100);
    const aliases = [];
    for (let i = p.start; i < p.end; i++) {
      const k = this.#a.key(req.region, i);
      aliases.push({ AliasName: k.alias, AliasArn: `arn:aws:kms:${req.region}:${this.#a.account}:${k.alias}`, TargetKeyId: k.id });
    }
    return json({ Aliases: aliases, Truncated: p.next !== undefined, ...(p.next ? { NextMarker: p.next } : {}) });
  }

  kms_DescribeKey(req: SimRequest): SimResponse {
    const k = this.#key(req.region, req.params['KeyId']);
    if (!k) return clientError('kms', 'NotFoundException', 'key not found');
    return json({
      KeyMetadata: {
        AWSAccountId: this.#a.account,
        KeyId: k.id,
        Arn: k.arn,
        CreationDate: DATE,
        Enabled: true,
        Description: k.awsManaged ? 'Default key' : 'bench key',
        KeyUsage: k.asymmetric ? 'SIGN_VERIFY' : 'ENCRYPT_DECRYPT',
        KeyState: 'Enabled',
        Origin: 'AWS_KMS',
        KeyManager: k.awsManaged ? 'AWS' : 'CUSTOMER',
        KeySpec: k.asymmetric ? 'RSA_2048' : 'SYMMETRIC_DEFAULT',
        CustomerMasterKeySpec: k.asymmetric ? 'RSA_2048' : 'SYMMETRIC_DEFAULT',
        MultiRegion: false,
      },
    });
  }

  kms_GetKeyPolicy(req: SimRequest): SimResponse {
    const k = this.#key(req.region, req.params['KeyId']);
    if (!k) return clientError('kms', 'NotFoundException', 'key not found');
    const policy = {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'root', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${this.#a.account}:root` }, Action: 'kms:*', Resource: '*' },
      ],
    };
    return json({ Policy: JSON.stringify(policy), PolicyName: 'default' });
  }

  kms_GetKeyRotationStatus(req: SimRequest): SimResponse {
    const k = this.#key(req.region, req.params['KeyId']);
    if (!k) return clientError('kms', 'NotFoundException', 'key not found');
    return json({ KeyRotationEnabled: hexIndex(k.id) % 2 === 0, RotationPeriodInDays: 365 });
  }

  kms_ListResourceTags(req: SimRequest): SimResponse {
    const k = this.#key(req.region, req.params['KeyId']);
    if (!k) return clientError('kms', 'NotFoundException', 'key not found');
    return json({
      Tags: [
        { TagKey: 'team', TagValue: 'bench' },
        { TagKey: 'env', TagValue: 'prod' },
        { TagKey: 'index', TagValue: String(hexIndex(k.id)) },
      ],
      Truncated: false,
    });
  }

  kms_ListGrants(req: SimRequest): SimResponse {
    const k = this.#key(req.region, req.params['KeyId']);
    if (!k) return clientError('kms', 'NotFoundException', 'key not found');
    const p = page(k.grants, req.params['Limit'], req.params['Marker'], 100);
    const grants = [];
    for (let g = p.start; g < p.end; g++) {
      grants.push({
        KeyId: k.arn,
        GrantId: `${hex(g, 8)}${k.id.replaceAll('-', '')}`,
        Name: `grant-${g}`,
        CreationDate: DATE,
        GranteePrincipal: `arn:aws:iam::${this.#a.account}:role/app-${g}`,
        IssuingAccount: `arn:aws:iam::${this.#a.account}:root`,
        Operations: ['Decrypt', 'GenerateDataKey'],
      });
    }
    return json({ Grants: grants, Truncated: p.next !== undefined, ...(p.next ? { NextMarker: p.next } : {}) });
  }

  // ---- ACM

  acm_ListCertificates(req: SimRequest): SimResponse {
    const p = page(this.#a.certificateCount(req.region), req.params['MaxItems'], req.params['NextToken'], 1000);
    const list = [];
    for (let i = p.start; i < p.end; i++) {
      list.push({
        CertificateArn: this.#a.certificateArn(req.region, i),
        DomainName: `site${i}.example.com`,
        Status: 'ISSUED',
        Type: 'AMAZON_ISSUED',
        KeyAlgorithm: 'RSA-2048',
        InUse: i % 2 === 0,
        NotAfter: DATE + 86400 * (30 + (i % 365)),
      });
    }
    return json({ CertificateSummaryList: list, ...(p.next ? { NextToken: p.next } : {}) });
  }

  acm_DescribeCertificate(req: SimRequest): SimResponse {
    const arn = String(req.params['CertificateArn'] ?? '');
    const i = hexIndex(arn);
    if (!(i < this.#a.certificateCount(req.region))) return clientError('acm', 'ResourceNotFoundException', 'certificate not found');
    const domain = `site${i}.example.com`;
    return json({
      Certificate: {
        CertificateArn: arn,
        DomainName: domain,
        SubjectAlternativeNames: [domain],
        Status: 'ISSUED',
        Type: 'AMAZON_ISSUED',
        KeyAlgorithm: 'RSA-2048',
        SignatureAlgorithm: 'SHA256WITHRSA',
        NotBefore: DATE,
        NotAfter: DATE + 86400 * (30 + (i % 365)),
        InUseBy: i % 2 === 0 ? [`arn:aws:elasticloadbalancing:${req.region}:${this.#a.account}:loadbalancer/app/lb${i}/1`] : [],
        RenewalEligibility: 'ELIGIBLE',
        DomainValidationOptions: [{ DomainName: domain, ValidationMethod: 'DNS', ValidationStatus: 'SUCCESS' }],
        Options: { CertificateTransparencyLoggingPreference: 'ENABLED' },
      },
    });
  }

  // ---- CloudTrail

  cloudtrail_DescribeTrails(req: SimRequest): SimResponse {
    const trails = this.#a.trailsVisibleIn(req.region).map((t) => ({
      Name: t.name,
      TrailARN: t.arn,
      HomeRegion: t.home,
      IsMultiRegionTrail: t.multiRegion,
      S3BucketName: this.#a.bucketName(0),
      IncludeGlobalServiceEvents: t.multiRegion,
      LogFileValidationEnabled: true,
      KmsKeyId: this.#a.keyFor(t.home, 0)?.arn,
      HasCustomEventSelectors: false,
      IsOrganizationTrail: false,
    }));
    return json({ trailList: trails });
  }

  cloudtrail_GetTrailStatus(): SimResponse {
    return json({ IsLogging: true, LatestDeliveryTime: DATE });
  }

  cloudtrail_GetEventSelectors(req: SimRequest): SimResponse {
    return json({
      TrailARN: req.params['TrailName'],
      EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [], ExcludeManagementEventSources: [] }],
    });
  }

  // ---- EC2 (EBS)

  ec2_GetEbsEncryptionByDefault(req: SimRequest): SimResponse {
    return ec2('GetEbsEncryptionByDefault', xml({ ebsEncryptionByDefault: this.#a.regionIndex(req.region) % 2 === 0, sseType: 'sse-ebs' }));
  }

  ec2_GetEbsDefaultKmsKeyId(req: SimRequest): SimResponse {
    return ec2('GetEbsDefaultKmsKeyId', xml({ kmsKeyId: this.#a.keyFor(req.region, 0)?.arn ?? 'alias/aws/ebs' }));
  }

  ec2_GetSnapshotBlockPublicAccessState(): SimResponse {
    return ec2('GetSnapshotBlockPublicAccessState', xml({ state: 'unblocked' }));
  }

  #tags(name: string): { raw: string } {
    return list('item', [xml({ key: 'Name', value: name }), xml({ key: 'team', value: 'bench' })]);
  }

  #volumeId(region: string, i: number): string {
    return `vol-${hex(this.#a.regionIndex(region), 4)}${hex(i, 13)}`;
  }

  ec2_DescribeVolumes(req: SimRequest): SimResponse {
    const p = page(this.#a.volumeCount(req.region), req.params['MaxResults'], req.params['NextToken'], 500);
    const items = [];
    for (let i = p.start; i < p.end; i++) {
      const key = i % 4 === 0 ? undefined : this.#a.keyFor(req.region, i);
      items.push(
        xml({
          volumeId: this.#volumeId(req.region, i),
          size: 8 + (i % 100),
          availabilityZone: `${req.region}a`,
          status: 'in-use',
          createTime: iso(DATE),
          volumeType: 'gp3',
          encrypted: key !== undefined,
          kmsKeyId: key?.arn,
          attachmentSet: list('item', [
            xml({ volumeId: this.#volumeId(req.region, i), instanceId: `i-${hex(i, 17)}`, device: '/dev/xvda', status: 'attached' }),
          ]),
          tagSet: this.#tags(`volume-${i}`),
        }),
      );
    }
    return ec2('DescribeVolumes', xml({ volumeSet: list('item', items), nextToken: p.next }));
  }

  #snapshotId(region: string, i: number): string {
    return `snap-${hex(this.#a.regionIndex(region), 4)}${hex(i, 13)}`;
  }

  #snapshotItem(region: string, i: number): string {
    const key = this.#a.keyFor(region, i);
    const encrypted = i % 100 !== 0 && key !== undefined;
    return xml({
      snapshotId: this.#snapshotId(region, i),
      volumeId: this.#volumeId(region, i % Math.max(1, this.#a.volumeCount(region))),
      status: 'completed',
      startTime: iso(DATE),
      progress: '100%',
      ownerId: this.#a.account,
      volumeSize: 8,
      description: `snapshot ${i}`,
      encrypted,
      kmsKeyId: encrypted ? key.arn : undefined,
      tagSet: this.#tags(`snapshot-${i}`),
    });
  }

  ec2_DescribeSnapshots(req: SimRequest): SimResponse {
    const candidates = Object.keys(req.params).some((k) => k.startsWith('RestorableBy'));
    const total = candidates ? this.#a.publicSnapshotCount(req.region) : this.#a.snapshotCount(req.region);
    const p = page(total, req.params['MaxResults'], req.params['NextToken'], 1000);
    const items = [];
    // Candidates are the public snapshots: every 100th.
    for (let n = p.start; n < p.end; n++) items.push(this.#snapshotItem(req.region, candidates ? n * 100 : n));
    return ec2('DescribeSnapshots', xml({ snapshotSet: list('item', items), nextToken: p.next }));
  }

  ec2_DescribeSnapshotAttribute(req: SimRequest): SimResponse {
    const id = String(req.params['SnapshotId'] ?? '');
    const i = parseInt(id.slice(-13), 16);
    if (!(i < this.#a.snapshotCount(req.region))) return clientError('ec2', 'InvalidSnapshot.NotFound', 'snapshot not found');
    const permissions = i % 100 === 0 ? [xml({ group: 'all' })] : [];
    return ec2('DescribeSnapshotAttribute', xml({ snapshotId: id, createVolumePermission: list('item', permissions) }));
  }

  // ---- EC2 (AMIs)

  ec2_DescribeImages(req: SimRequest): SimResponse {
    const p = page(this.#a.imageCount(req.region), req.params['MaxResults'], req.params['NextToken'], 1000);
    const snapshots = this.#a.snapshotCount(req.region);
    const items = [];
    for (let i = p.start; i < p.end; i++) {
      // Backed by snapshot i of the region, and encrypted as it is.
      const key = this.#a.keyFor(req.region, i);
      const encrypted = i % 100 !== 0 && key !== undefined;
      const ebs = xml({
        snapshotId: i < snapshots ? this.#snapshotId(req.region, i) : undefined,
        volumeSize: 8,
        deleteOnTermination: true,
        volumeType: 'gp3',
        encrypted,
        kmsKeyId: encrypted ? key.arn : undefined,
      });
      items.push(
        xml({
          imageId: `ami-${hex(this.#a.regionIndex(req.region), 4)}${hex(i, 13)}`,
          imageLocation: `${this.#a.account}/bench-image-${i}`,
          imageState: 'available',
          imageOwnerId: this.#a.account,
          creationDate: iso(DATE),
          isPublic: i % 20 === 0,
          architecture: 'x86_64',
          imageType: 'machine',
          name: `bench-image-${i}`,
          rootDeviceType: 'ebs',
          rootDeviceName: '/dev/xvda',
          blockDeviceMapping: list('item', [xml({ deviceName: '/dev/xvda', ebs: { raw: ebs } })]),
          virtualizationType: 'hvm',
        }),
      );
    }
    return ec2('DescribeImages', xml({ imagesSet: list('item', items), nextToken: p.next }));
  }

  // ---- RDS

  #rdsArn(region: string, kind: string, id: string): string {
    return `arn:aws:rds:${region}:${this.#a.account}:${kind}:${id}`;
  }

  #rdsTags(name: string): { raw: string } {
    return list('Tag', [xml({ Key: 'Name', Value: name })]);
  }

  rds_DescribeDBInstances(req: SimRequest): SimResponse {
    const p = page(this.#a.instanceCount(req.region), req.params['MaxRecords'], req.params['Marker'], 100);
    const items = [];
    for (let i = p.start; i < p.end; i++) {
      const id = `db-${i}`;
      const key = i % 5 === 0 ? undefined : this.#a.keyFor(req.region, i);
      items.push(
        xml({
          DBInstanceIdentifier: id,
          DBInstanceArn: this.#rdsArn(req.region, 'db', id),
          DBInstanceClass: 'db.t3.micro',
          Engine: 'postgres',
          EngineVersion: '16.3',
          DBInstanceStatus: 'available',
          StorageType: 'gp3',
          StorageEncrypted: key !== undefined,
          KmsKeyId: key?.arn,
          PubliclyAccessible: false,
          DBParameterGroups: list('DBParameterGroup', [
            xml({ DBParameterGroupName: SyntheticAccount.dbParameterGroupOf(i), ParameterApplyStatus: 'in-sync' }),
          ]),
          CACertificateIdentifier: 'rds-ca-rsa2048-g1',
          CertificateDetails: { raw: xml({ CAIdentifier: 'rds-ca-rsa2048-g1', ValidTill: iso(CA_VALID_TILL) }) },
          TagList: this.#rdsTags(id),
        }),
      );
    }
    return query('DescribeDBInstances', xml({ DBInstances: list('DBInstance', items), Marker: p.next }));
  }

  rds_DescribeDBClusters(req: SimRequest): SimResponse {
    const p = page(this.#a.clusterCount(req.region), req.params['MaxRecords'], req.params['Marker'], 100);
    const items = [];
    for (let i = p.start; i < p.end; i++) {
      const id = `cluster-${i}`;
      const key = this.#a.keyFor(req.region, i);
      items.push(
        xml({
          DBClusterIdentifier: id,
          DBClusterArn: this.#rdsArn(req.region, 'cluster', id),
          Engine: 'aurora-postgresql',
          EngineVersion: '16.3',
          Status: 'available',
          DBClusterParameterGroup: SyntheticAccount.clusterParameterGroupOf(i),
          StorageEncrypted: key !== undefined,
          KmsKeyId: key?.arn,
          TagList: this.#rdsTags(id),
        }),
      );
    }
    return query('DescribeDBClusters', xml({ DBClusters: list('DBCluster', items), Marker: p.next }));
  }

  rds_DescribeDBSnapshots(req: SimRequest): SimResponse {
    const p = page(this.#a.dbSnapshotCount(req.region), req.params['MaxRecords'], req.params['Marker'], 100);
    const items = [];
    for (let i = p.start; i < p.end; i++) {
      const manual = SyntheticAccount.isManual(i);
      const id = manual ? `db-snapshot-${i}` : `rds:db-snapshot-${i}`;
      const key = this.#a.keyFor(req.region, i);
      items.push(
        xml({
          DBSnapshotIdentifier: id,
          DBSnapshotArn: this.#rdsArn(req.region, 'snapshot', id),
          DBInstanceIdentifier: `db-${i % Math.max(1, this.#a.instanceCount(req.region))}`,
          SnapshotCreateTime: iso(DATE),
          Engine: 'postgres',
          Status: 'available',
          SnapshotType: manual ? 'manual' : 'automated',
          Encrypted: key !== undefined,
          KmsKeyId: key?.arn,
          TagList: this.#rdsTags(id),
        }),
      );
    }
    return query('DescribeDBSnapshots', xml({ DBSnapshots: list('DBSnapshot', items), Marker: p.next }));
  }

  rds_DescribeDBClusterSnapshots(req: SimRequest): SimResponse {
    const p = page(this.#a.clusterSnapshotCount(req.region), req.params['MaxRecords'], req.params['Marker'], 100);
    const items = [];
    for (let i = p.start; i < p.end; i++) {
      const manual = SyntheticAccount.isManual(i);
      const id = manual ? `cluster-snapshot-${i}` : `rds:cluster-snapshot-${i}`;
      const key = this.#a.keyFor(req.region, i);
      items.push(
        xml({
          DBClusterSnapshotIdentifier: id,
          DBClusterSnapshotArn: this.#rdsArn(req.region, 'cluster-snapshot', id),
          DBClusterIdentifier: `cluster-${i % Math.max(1, this.#a.clusterCount(req.region))}`,
          SnapshotCreateTime: iso(DATE),
          Engine: 'aurora-postgresql',
          Status: 'available',
          SnapshotType: manual ? 'manual' : 'automated',
          StorageEncrypted: key !== undefined,
          KmsKeyId: key?.arn,
          TagList: this.#rdsTags(id),
        }),
      );
    }
    return query('DescribeDBClusterSnapshots', xml({ DBClusterSnapshots: list('DBClusterSnapshot', items), Marker: p.next }));
  }

  rds_DescribeCertificates(req: SimRequest): SimResponse {
    const p = page(SyntheticAccount.caCertificates.length, req.params['MaxRecords'], req.params['Marker'], 100);
    const items = SyntheticAccount.caCertificates.slice(p.start, p.end).map((id) =>
      xml({
        CertificateIdentifier: id,
        CertificateType: 'CA',
        CertificateArn: `arn:aws:rds:${req.region}::cert:${id}`,
        ValidFrom: iso(DATE),
        ValidTill: iso(CA_VALID_TILL),
      }),
    );
    return query('DescribeCertificates', xml({ Certificates: list('Certificate', items), Marker: p.next }));
  }

  /** A custom group sets its TLS parameter (the filter asks for it by name); a default group lists it with the engine's value. */
  #tlsParameters(group: string): { raw: string } {
    const custom = !group.startsWith('default.');
    return list('Parameter', [
      xml({
        ParameterName: 'rds.force_ssl',
        ParameterValue: custom ? '1' : '0',
        Source: custom ? 'user' : 'engine-default',
        ApplyMethod: 'pending-reboot',
      }),
    ]);
  }

  rds_DescribeDBParameters(req: SimRequest): SimResponse {
    return query('DescribeDBParameters', xml({ Parameters: this.#tlsParameters(String(req.params['DBParameterGroupName'] ?? '')) }));
  }

  rds_DescribeDBClusterParameters(req: SimRequest): SimResponse {
    return query(
      'DescribeDBClusterParameters',
      xml({ Parameters: this.#tlsParameters(String(req.params['DBClusterParameterGroupName'] ?? '')) }),
    );
  }

  #restore(i: number, member: string): { raw: string } {
    const values = i % 50 === 1 ? [esc('all')] : [];
    return list(member, [xml({ AttributeName: 'restore', AttributeValues: list('AttributeValue', values) })]);
  }

  rds_DescribeDBSnapshotAttributes(req: SimRequest): SimResponse {
    const id = String(req.params['DBSnapshotIdentifier'] ?? '');
    const i = decIndex(id);
    if (!(i < this.#a.dbSnapshotCount(req.region))) return clientError('rds', 'DBSnapshotNotFound', 'snapshot not found');
    return query(
      'DescribeDBSnapshotAttributes',
      xml({
        DBSnapshotAttributesResult: {
          raw: xml({ DBSnapshotIdentifier: id, DBSnapshotAttributes: this.#restore(i, 'DBSnapshotAttribute') }),
        },
      }),
    );
  }

  rds_DescribeDBClusterSnapshotAttributes(req: SimRequest): SimResponse {
    const id = String(req.params['DBClusterSnapshotIdentifier'] ?? '');
    const i = decIndex(id);
    if (!(i < this.#a.clusterSnapshotCount(req.region))) return clientError('rds', 'DBClusterSnapshotNotFoundFault', 'snapshot not found');
    return query(
      'DescribeDBClusterSnapshotAttributes',
      xml({
        DBClusterSnapshotAttributesResult: {
          raw: xml({ DBClusterSnapshotIdentifier: id, DBClusterSnapshotAttributes: this.#restore(i, 'DBClusterSnapshotAttribute') }),
        },
      }),
    );
  }

  // ---- DynamoDB

  dynamodb_ListTables(req: SimRequest): SimResponse {
    const total = this.#a.tableCount(req.region);
    const after = req.params['ExclusiveStartTableName'];
    const start = typeof after === 'string' ? decIndex(after) + 1 : 0;
    const p = page(total, req.params['Limit'], start === 0 ? undefined : String(start), 100);
    const names = [];
    for (let i = p.start; i < p.end; i++) names.push(SyntheticAccount.tableName(i));
    return json10({ TableNames: names, ...(p.next === undefined ? {} : { LastEvaluatedTableName: names.at(-1) }) });
  }

  dynamodb_DescribeTable(req: SimRequest): SimResponse {
    const name = String(req.params['TableName'] ?? '');
    const i = decIndex(name);
    if (!(i < this.#a.tableCount(req.region)) || name !== SyntheticAccount.tableName(i)) {
      return clientError('dynamodb', 'ResourceNotFoundException', `Requested resource not found: Table: ${name} not found`);
    }
    const key = i % 3 === 0 ? this.#a.keyFor(req.region, i)?.arn : undefined;
    const awsManaged = i % 3 === 1 ? `arn:aws:kms:${req.region}:${this.#a.account}:alias/aws/dynamodb` : undefined;
    const kms = key ?? awsManaged;
    const next = this.#a.regions[(this.#a.regionIndex(req.region) + 1) % this.#a.regions.length]!;
    const global = i % 10 === 0 && next !== req.region;
    return json10({
      Table: {
        TableName: name,
        TableArn: `arn:aws:dynamodb:${req.region}:${this.#a.account}:table/${name}`,
        TableStatus: 'ACTIVE',
        CreationDateTime: DATE,
        BillingModeSummary: { BillingMode: 'PAY_PER_REQUEST' },
        DeletionProtectionEnabled: i % 2 === 0,
        ...(kms === undefined ? {} : { SSEDescription: { Status: 'ENABLED', SSEType: 'KMS', KMSMasterKeyArn: kms } }),
        ...(global
          ? {
              GlobalTableVersion: '2019.11.21',
              Replicas: [{ RegionName: next, ReplicaStatus: 'ACTIVE', ...(key ? { KMSMasterKeyId: this.#a.keyFor(next, i)?.arn } : {}) }],
            }
          : {}),
      },
    });
  }

  // ---- EFS

  elasticfilesystem_DescribeFileSystems(req: SimRequest): SimResponse {
    const p = page(this.#a.fileSystemCount(req.region), req.params['MaxItems'], req.params['Marker'], 100);
    const items = [];
    for (let i = p.start; i < p.end; i++) {
      const id = `fs-${hex(this.#a.regionIndex(req.region), 5)}${hex(i, 12)}`;
      const encrypted = i % 4 !== 0;
      const key = encrypted && i % 2 === 1 ? this.#a.keyFor(req.region, i)?.arn : undefined;
      items.push({
        OwnerId: this.#a.account,
        CreationToken: `bench-fs-${i}`,
        FileSystemId: id,
        FileSystemArn: `arn:aws:elasticfilesystem:${req.region}:${this.#a.account}:file-system/${id}`,
        CreationTime: DATE,
        LifeCycleState: 'available',
        Name: `bench-fs-${i}`,
        NumberOfMountTargets: 2,
        SizeInBytes: { Value: 6144 },
        PerformanceMode: 'generalPurpose',
        Encrypted: encrypted,
        // AWS names the key of every encrypted file system: the AWS managed key's ARN by default.
        ...(encrypted ? { KmsKeyId: key ?? `arn:aws:kms:${req.region}:${this.#a.account}:alias/aws/elasticfilesystem` } : {}),
        ThroughputMode: 'elastic',
        Tags: [{ Key: 'Name', Value: `bench-fs-${i}` }],
      });
    }
    return restJson({ FileSystems: items, ...(p.next === undefined ? {} : { NextMarker: p.next }) });
  }

  // ---- CloudFront (REST XML; the global API, asked once)

  cloudfront_ListDistributions(req: SimRequest): SimResponse {
    const p = page(this.#a.distributionCount(), req.params['MaxItems'], req.params['Marker'], 100);
    const items: string[] = [];
    const a = this.#a.account;
    const certificate = `arn:aws:acm:${this.#a.regions[0]}:${a}:certificate/bench-cdn`;
    const policies = (...names: string[]) => ({ raw: xml({ Quantity: names.length }) + xml({ Items: list('SslProtocol', names) }) });
    for (let i = p.start; i < p.end; i++) {
      const id = `E${String(i).padStart(13, '0')}`;
      const origin = (originId: string, policy: string) =>
        xml({
          Id: originId,
          DomainName: `${originId}-${i}.example.com`,
          CustomOriginConfig: {
            raw: xml({ HTTPPort: 80, HTTPSPort: 443, OriginProtocolPolicy: policy, OriginSslProtocols: policies('TLSv1.2') }),
          },
        });
      const custom = i % 3 === 0;
      items.push(
        xml({
          Id: id,
          ARN: `arn:aws:cloudfront::${a}:distribution/${id}`,
          Status: 'Deployed',
          LastModifiedTime: iso(DATE),
          DomainName: `d${i}.cloudfront.net`,
          Aliases: { raw: xml({ Quantity: 1 }) + xml({ Items: list('CNAME', [`cdn-${i}.example.com`]) }) },
          Origins: {
            raw:
              xml({ Quantity: 2 }) +
              xml({
                Items: list('Origin', [
                  origin('web', i % 5 === 0 ? 'http-only' : 'https-only'),
                  xml({ Id: 's3', DomainName: `b${i}.s3.amazonaws.com`, S3OriginConfig: { raw: xml({ OriginAccessIdentity: '' }) } }),
                ]),
              }),
          },
          DefaultCacheBehavior: {
            raw: xml({ TargetOriginId: 'web', ViewerProtocolPolicy: i % 4 === 0 ? 'allow-all' : 'redirect-to-https' }),
          },
          CacheBehaviors: {
            raw:
              xml({ Quantity: 1 }) +
              xml({
                Items: list('CacheBehavior', [xml({ PathPattern: '/static/*', TargetOriginId: 's3', ViewerProtocolPolicy: 'https-only' })]),
              }),
          },
          ViewerCertificate: {
            raw: custom
              ? xml({
                  ACMCertificateArn: certificate,
                  SSLSupportMethod: 'sni-only',
                  MinimumProtocolVersion: 'TLSv1.2_2021',
                  CertificateSource: 'acm',
                })
              : xml({ CloudFrontDefaultCertificate: true, MinimumProtocolVersion: 'TLSv1', CertificateSource: 'cloudfront' }),
          },
          HttpVersion: 'http2',
          Enabled: true,
        }),
      );
    }
    const body = xml({
      Marker: req.params['Marker'] === undefined ? '' : String(req.params['Marker']),
      NextMarker: p.next,
      MaxItems: p.end - p.start,
      IsTruncated: p.next !== undefined,
      Quantity: items.length,
    });
    return s3xml(`<DistributionList>${body}${xml({ Items: list('DistributionSummary', items) })}</DistributionList>`);
  }

  // ---- API Gateway (REST JSON): REST custom domains, then HTTP/WebSocket (v2) ones

  /** The indexes of a region's custom domains of one kind, in order. */
  #domains(region: string, v2: boolean): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.#a.customDomainCount(region); i++) if (SyntheticAccount.v2Domain(i) === v2) out.push(i);
    return out;
  }

  apigateway_GetDomainNames(req: SimRequest): SimResponse {
    const all = this.#domains(req.region, false);
    const p = page(all.length, req.params['limit'], req.params['position'], 500);
    const certificate = `arn:aws:acm:${req.region}:${this.#a.account}:certificate/bench-api`;
    const items = all.slice(p.start, p.end).map((i) => ({
      domainName: `api-${i}.example.com`,
      regionalCertificateArn: certificate,
      regionalDomainName: `d-${i}.execute-api.${req.region}.amazonaws.com`,
      endpointConfiguration: { types: ['REGIONAL'] },
      domainNameStatus: 'AVAILABLE',
      securityPolicy: i % 4 === 0 ? 'TLS_1_0' : 'TLS_1_2',
    }));
    return restJson({ item: items, ...(p.next === undefined ? {} : { position: p.next }) });
  }

  apigatewayv2_GetDomainNames(req: SimRequest): SimResponse {
    const all = this.#domains(req.region, true);
    const p = page(all.length, req.params['maxResults'], req.params['nextToken'], 100);
    const items = all.slice(p.start, p.end).map((i) => ({
      domainName: `ws-${i}.example.com`,
      domainNameArn: `arn:aws:apigateway:${req.region}::/domainnames/ws-${i}.example.com`,
      apiMappingSelectionExpression: '$request.basepath',
      domainNameConfigurations: [
        {
          apiGatewayDomainName: `d-${i}.execute-api.${req.region}.amazonaws.com`,
          certificateArn: `arn:aws:acm:${req.region}:${this.#a.account}:certificate/bench-api`,
          domainNameStatus: 'AVAILABLE',
          endpointType: 'REGIONAL',
          securityPolicy: 'TLS_1_2',
        },
      ],
    }));
    return restJson({ items, ...(p.next === undefined ? {} : { nextToken: p.next }) });
  }

  // ---- S3

  s3_ListBuckets(req: SimRequest): SimResponse {
    const p = page(this.#a.spec.buckets, req.params['max-buckets'], req.params['continuation-token'], 10000);
    const items = [];
    for (let j = p.start; j < p.end; j++) {
      items.push(xml({ Name: this.#a.bucketName(j), CreationDate: iso(DATE), BucketRegion: this.#a.bucketRegion(j) }));
    }
    return s3xml(
      `<ListAllMyBucketsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">${xml({
        Buckets: list('Bucket', items),
        Owner: { raw: xml({ ID: 'bench-owner' }) },
        ContinuationToken: p.next,
      })}</ListAllMyBucketsResult>`,
    );
  }

  #bucket(req: SimRequest): number | undefined {
    return req.bucket === undefined ? undefined : this.#a.bucketIndex(req.bucket);
  }

  s3_GetBucketLocation(req: SimRequest): SimResponse {
    const j = this.#bucket(req);
    if (j === undefined) return s3error(404, 'NoSuchBucket');
    const region = this.#a.bucketRegion(j);
    return s3xml(`<LocationConstraint>${region === 'us-east-1' ? '' : region}</LocationConstraint>`);
  }

  s3_GetBucketEncryption(req: SimRequest): SimResponse {
    const j = this.#bucket(req);
    if (j === undefined) return s3error(404, 'NoSuchBucket');
    const key = j % 3 === 0 ? this.#a.keyFor(this.#a.bucketRegion(j), j) : undefined;
    const byDefault = key ? xml({ SSEAlgorithm: 'aws:kms', KMSMasterKeyID: key.arn }) : xml({ SSEAlgorithm: 'AES256' });
    return s3xml(
      `<ServerSideEncryptionConfiguration>${xml({
        Rule: { raw: xml({ ApplyServerSideEncryptionByDefault: { raw: byDefault }, BucketKeyEnabled: key !== undefined }) },
      })}</ServerSideEncryptionConfiguration>`,
    );
  }

  s3_GetBucketPolicy(req: SimRequest): SimResponse {
    const j = this.#bucket(req);
    if (j === undefined) return s3error(404, 'NoSuchBucket');
    if (j % 5 !== 0) return s3error(404, 'NoSuchBucketPolicy');
    const policy = {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'DenyInsecureTransport',
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: [`arn:aws:s3:::${req.bucket}`, `arn:aws:s3:::${req.bucket}/*`],
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        },
      ],
    };
    return { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(policy) };
  }

  s3_GetBucketVersioning(req: SimRequest): SimResponse {
    const j = this.#bucket(req);
    if (j === undefined) return s3error(404, 'NoSuchBucket');
    return s3xml(`<VersioningConfiguration>${xml({ Status: j % 2 === 0 ? 'Enabled' : 'Suspended' })}</VersioningConfiguration>`);
  }

  s3_GetBucketReplication(req: SimRequest): SimResponse {
    const j = this.#bucket(req);
    if (j === undefined) return s3error(404, 'NoSuchBucket');
    if (j % 7 !== 0 || j + 1 >= this.#a.spec.buckets) return s3error(404, 'ReplicationConfigurationNotFoundError');
    const rule = xml({
      ID: 'replicate-all',
      Priority: 1,
      Status: 'Enabled',
      Filter: { raw: xml({ Prefix: '' }) },
      DeleteMarkerReplication: { raw: xml({ Status: 'Disabled' }) },
      Destination: { raw: xml({ Bucket: `arn:aws:s3:::${this.#a.bucketName(j + 1)}` }) },
    });
    return s3xml(
      `<ReplicationConfiguration>${xml({ Role: `arn:aws:iam::${this.#a.account}:role/replication`, Rule: { raw: rule } })}</ReplicationConfiguration>`,
    );
  }

  // ---- Secrets Manager (metadata only; the simulation has no values)

  secretsmanager_ListSecrets(req: SimRequest): SimResponse {
    const p = page(this.#a.secretCount(req.region), req.params['MaxResults'], req.params['NextToken'], 100);
    const secrets = [];
    for (let i = p.start; i < p.end; i++) {
      const name = `bench-secret-${i}`;
      const key = i % 4 === 0 ? undefined : this.#a.keyFor(req.region, i);
      const rotates = i % 3 === 0;
      secrets.push({
        ARN: `arn:aws:secretsmanager:${req.region}:${this.#a.account}:secret:${name}-${hex(i, 6)}`,
        Name: name,
        ...(key ? { KmsKeyId: key.arn } : {}),
        ...(rotates
          ? {
              RotationEnabled: true,
              RotationLambdaARN: `arn:aws:lambda:${req.region}:${this.#a.account}:function:rotate`,
              RotationRules: { AutomaticallyAfterDays: 30 },
              LastRotatedDate: DATE,
              NextRotationDate: DATE + 30 * 86400,
            }
          : {}),
        CreatedDate: DATE - 86400,
        LastChangedDate: DATE,
        Tags: [{ Key: 'team', Value: 'bench' }],
      });
    }
    return json({ SecretList: secrets, ...(p.next ? { NextToken: p.next } : {}) });
  }

  // ---- SSM Parameter Store (SecureString metadata only)

  ssm_DescribeParameters(req: SimRequest): SimResponse {
    const p = page(this.#a.parameterCount(req.region), req.params['MaxResults'], req.params['NextToken'], 50);
    const parameters = [];
    for (let i = p.start; i < p.end; i++) {
      const name = `/bench/param-${i}`;
      const key = i % 4 === 0 ? undefined : this.#a.keyFor(req.region, i);
      parameters.push({
        Name: name,
        ARN: `arn:aws:ssm:${req.region}:${this.#a.account}:parameter${name}`,
        Type: 'SecureString',
        KeyId: key ? key.arn : 'alias/aws/ssm',
        LastModifiedDate: DATE,
        LastModifiedUser: `arn:aws:iam::${this.#a.account}:user/bench`,
        Version: 1 + (i % 5),
        Tier: 'Standard',
        DataType: 'text',
      });
    }
    return json({ Parameters: parameters, ...(p.next ? { NextToken: p.next } : {}) });
  }

  // ---- CloudWatch Logs

  logs_DescribeLogGroups(req: SimRequest): SimResponse {
    const p = page(this.#a.logGroupCount(req.region), req.params['limit'], req.params['nextToken'], 50);
    const groups = [];
    for (let i = p.start; i < p.end; i++) {
      const name = `/bench/app-${i}`;
      const arn = `arn:aws:logs:${req.region}:${this.#a.account}:log-group:${name}`;
      const key = i % 3 === 0 ? this.#a.keyFor(req.region, i) : undefined;
      groups.push({
        logGroupName: name,
        arn: `${arn}:*`,
        logGroupArn: arn,
        creationTime: DATE * 1000,
        storedBytes: 1024 * i,
        metricFilterCount: 0,
        logGroupClass: 'STANDARD',
        ...(i % 2 === 0 ? { retentionInDays: 30 } : {}),
        ...(key ? { kmsKeyId: key.arn } : {}),
      });
    }
    return json({ logGroups: groups, ...(p.next ? { nextToken: p.next } : {}) });
  }

  // ---- ECR

  ecr_DescribeRepositories(req: SimRequest): SimResponse {
    const p = page(this.#a.repositoryCount(req.region), req.params['maxResults'], req.params['nextToken'], 1000);
    const repositories = [];
    for (let i = p.start; i < p.end; i++) {
      const name = `bench/app-${i}`;
      const key = i % 3 === 0 ? undefined : this.#a.keyFor(req.region, i);
      repositories.push({
        repositoryArn: `arn:aws:ecr:${req.region}:${this.#a.account}:repository/${name}`,
        registryId: this.#a.account,
        repositoryName: name,
        repositoryUri: `${this.#a.account}.dkr.ecr.${req.region}.amazonaws.com/${name}`,
        createdAt: DATE,
        imageTagMutability: 'IMMUTABLE',
        imageScanningConfiguration: { scanOnPush: true },
        encryptionConfiguration: key ? { encryptionType: i % 7 === 0 ? 'KMS_DSSE' : 'KMS', kmsKey: key.arn } : { encryptionType: 'AES256' },
      });
    }
    return json({ repositories, ...(p.next ? { nextToken: p.next } : {}) });
  }

  // ---- SQS

  sqs_ListQueues(req: SimRequest): SimResponse {
    // Without MaxResults, SQS answers up to 1,000 queues and no NextToken.
    const size = req.params['MaxResults'];
    const p = page(this.#a.queueCount(req.region), size, req.params['NextToken'], 1000);
    const urls = [];
    for (let i = p.start; i < p.end; i++) urls.push(`https://sqs.${req.region}.amazonaws.com/${this.#a.account}/${this.#a.queueName(i)}`);
    return json10({ ...(urls.length > 0 ? { QueueUrls: urls } : {}), ...(p.next && size !== undefined ? { NextToken: p.next } : {}) });
  }

  sqs_GetQueueAttributes(req: SimRequest): SimResponse {
    const url = String(req.params['QueueUrl'] ?? '');
    const i = decIndex(url);
    if (!(i < this.#a.queueCount(req.region))) return clientError('sqs', 'AWS.SimpleQueueService.NonExistentQueue', 'queue not found');
    const key = this.#a.keyFor(req.region, i);
    const all: Record<string, string> = {
      QueueArn: `arn:aws:sqs:${req.region}:${this.#a.account}:${this.#a.queueName(i)}`,
      SqsManagedSseEnabled: String(i % 4 === 1),
      ...(i % 4 === 2 && key ? { KmsMasterKeyId: key.arn, KmsDataKeyReusePeriodSeconds: '300' } : {}),
      ...(i % 4 === 3 ? { KmsMasterKeyId: 'alias/aws/sqs', KmsDataKeyReusePeriodSeconds: '300' } : {}),
    };
    const names = (req.params['AttributeNames'] as string[] | undefined) ?? [];
    return json10({ Attributes: Object.fromEntries(Object.entries(all).filter(([k]) => names.includes('All') || names.includes(k))) });
  }

  // ---- SNS

  sns_ListTopics(req: SimRequest): SimResponse {
    const p = page(this.#a.topicCount(req.region), undefined, req.params['NextToken'], 100);
    const members = [];
    for (let i = p.start; i < p.end; i++) members.push(xml({ TopicArn: this.#a.topicArn(req.region, i) }));
    return query('ListTopics', xml({ Topics: list('member', members), NextToken: p.next }));
  }

  sns_GetTopicAttributes(req: SimRequest): SimResponse {
    const topicArn = String(req.params['TopicArn'] ?? '');
    const i = decIndex(topicArn);
    if (!(i < this.#a.topicCount(req.region))) return clientError('sns', 'NotFound', 'Topic does not exist');
    const key = i % 2 === 1 ? this.#a.keyFor(req.region, i) : undefined;
    const attributes: Record<string, string> = {
      TopicArn: topicArn,
      Owner: this.#a.account,
      DisplayName: '',
      ...(key ? { KmsMasterKeyId: key.arn } : {}),
    };
    const entries = Object.entries(attributes).map(([k, v]) => xml({ key: k, value: v }));
    return query('GetTopicAttributes', xml({ Attributes: list('entry', entries) }));
  }

  // ---- Lambda (REST-JSON; the answer carries variable values, as AWS's does)

  lambda_ListFunctions(req: SimRequest): SimResponse {
    const p = page(this.#a.functionCount(req.region), req.params['MaxItems'], req.params['Marker'], 50);
    const functions = [];
    for (let i = p.start; i < p.end; i++) {
      const name = `bench-function-${i}`;
      const key = i % 2 === 1 ? this.#a.keyFor(req.region, i) : undefined;
      functions.push({
        FunctionName: name,
        FunctionArn: `arn:aws:lambda:${req.region}:${this.#a.account}:function:${name}`,
        Runtime: 'nodejs22.x',
        Role: `arn:aws:iam::${this.#a.account}:role/bench-function`,
        Handler: 'index.handler',
        CodeSize: 1024,
        LastModified: '2024-01-15T00:00:00.000+0000',
        PackageType: 'Zip',
        ...(i % 3 === 0 ? {} : { Environment: { Variables: { STAGE: 'bench', INDEX: String(i) } } }),
        ...(key ? { KMSKeyArn: key.arn } : {}),
      });
    }
    return restJson({ Functions: functions, ...(p.next === undefined ? {} : { NextMarker: p.next }) });
  }

  // ---- AWS Backup (REST-JSON)

  backup_ListBackupVaults(req: SimRequest): SimResponse {
    const p = page(this.#a.vaultCount(req.region), req.params['maxResults'], req.params['nextToken'], 1000);
    const vaults = [];
    for (let i = p.start; i < p.end; i++) {
      const name = `bench-vault-${i}`;
      const key = i % 2 === 1 ? this.#a.keyFor(req.region, i) : undefined;
      vaults.push({
        BackupVaultName: name,
        BackupVaultArn: `arn:aws:backup:${req.region}:${this.#a.account}:backup-vault:${name}`,
        VaultType: 'BACKUP_VAULT',
        VaultState: 'AVAILABLE',
        CreationDate: DATE,
        // AWS names the key of every backup vault: by default the AWS managed key (here by its alias ARN).
        EncryptionKeyArn: key?.arn ?? `arn:aws:kms:${req.region}:${this.#a.account}:alias/aws/backup`,
        NumberOfRecoveryPoints: i % 5,
        Locked: false,
      });
    }
    return restJson({ BackupVaultList: vaults, ...(p.next === undefined ? {} : { NextToken: p.next }) });
  }

  // ---- ELBv2 (query XML, version 2015-12-01)

  elbv2_DescribeLoadBalancers(req: SimRequest): SimResponse {
    const p = page(this.#a.loadBalancerCount(req.region), req.params['PageSize'], req.params['Marker'], 400);
    const members = [];
    for (let i = p.start; i < p.end; i++) {
      const b = this.#a.loadBalancer(req.region, i);
      members.push(
        xml({
          LoadBalancerArn: b.arn,
          LoadBalancerName: b.name,
          Type: b.type,
          Scheme: b.scheme,
          DNSName: `${b.name}-${i}.${req.region}.elb.amazonaws.com`,
          VpcId: 'vpc-0sim',
          IpAddressType: 'ipv4',
          State: { raw: xml({ Code: 'active' }) },
        }),
      );
    }
    return query('DescribeLoadBalancers', xml({ LoadBalancers: list('member', members), NextMarker: p.next }));
  }

  #listenerOf(region: string, arn: string) {
    const i = Number(/bench-lb-(\d+)\//.exec(arn)?.[1] ?? NaN);
    if (!(i < this.#a.loadBalancerCount(region))) return undefined;
    return { i, balancer: this.#a.loadBalancer(region, i) };
  }

  elbv2_DescribeListeners(req: SimRequest): SimResponse {
    const found = this.#listenerOf(req.region, String(req.params['LoadBalancerArn'] ?? ''));
    if (!found) return clientError('elbv2', 'LoadBalancerNotFound', 'load balancer not found');
    const members = found.balancer.listeners.map((l) => {
      const action =
        l.protocol === 'HTTP' && l.redirect
          ? xml({ Type: 'redirect', Order: 1, RedirectConfig: { raw: xml({ Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' }) } })
          : xml({ Type: 'forward', Order: 1, TargetGroupArn: `${found.balancer.arn.replace(':loadbalancer/', ':targetgroup/')}-tg` });
      return xml({
        ListenerArn: l.arn,
        LoadBalancerArn: found.balancer.arn,
        Port: l.port,
        Protocol: l.protocol,
        SslPolicy: l.policy,
        // DescribeListeners gives the default certificate only; the SNI ones come from DescribeListenerCertificates.
        Certificates: l.certificates.length > 0 ? list('member', [xml({ CertificateArn: l.certificates[0]! })]) : undefined,
        DefaultActions: list('member', [action]),
      });
    });
    return query('DescribeListeners', xml({ Listeners: list('member', members) }));
  }

  elbv2_DescribeListenerCertificates(req: SimRequest): SimResponse {
    const arn = String(req.params['ListenerArn'] ?? '');
    const listener = this.#listenerOf(req.region, arn)?.balancer.listeners.find((l) => l.arn === arn);
    if (!listener) return clientError('elbv2', 'ListenerNotFound', 'listener not found');
    const members = listener.certificates.map((c, k) => xml({ CertificateArn: c, IsDefault: k === 0 }));
    return query('DescribeListenerCertificates', xml({ Certificates: list('member', members) }));
  }

  elbv2_DescribeSSLPolicies(req: SimRequest): SimResponse {
    const names = Object.entries(req.params)
      .filter(([k]) => k.startsWith('Names.member.'))
      .map(([, v]) => String(v));
    const known = [...SIM_TLS_POLICIES, SIM_UNDOCUMENTED_POLICY];
    const unknown = names.find((n) => !known.includes(n));
    if (unknown !== undefined) return clientError('elbv2', 'SSLPolicyNotFound', `SSL policy ${unknown} not found`);
    const members = names.map((n) => xml({ Name: n, SslProtocols: list('member', ['TLSv1.2', 'TLSv1.3']) }));
    return query('DescribeSSLPolicies', xml({ SslPolicies: list('member', members) }));
  }

  // ---- Classic Load Balancers (query XML, version 2012-06-01)

  elb_DescribeLoadBalancers(req: SimRequest): SimResponse {
    const p = page(this.#a.classicLoadBalancerCount(req.region), req.params['PageSize'], req.params['Marker'], 400);
    const acm = this.#a.certificateCount(req.region);
    const members = [];
    for (let i = p.start; i < p.end; i++) {
      const name = `bench-clb-${i}`;
      const listener = (protocol: string, port: number, certificate?: string, policies: string[] = []) =>
        xml({
          Listener: {
            raw: xml({
              Protocol: protocol,
              LoadBalancerPort: port,
              InstanceProtocol: 'HTTP',
              InstancePort: 80,
              SSLCertificateId: certificate,
            }),
          },
          PolicyNames: list('member', policies),
        });
      const listeners = [listener('HTTP', 80)];
      if (this.#a.classicHasTls(i)) {
        const certificate =
          acm > 0 ? this.#a.certificateArn(req.region, i % acm) : `arn:aws:acm:${req.region}:${this.#a.account}:certificate/missing-${i}`;
        listeners.push(listener('HTTPS', 443, certificate, [`${name}-ssl`]));
      }
      members.push(
        xml({
          LoadBalancerName: name,
          DNSName: `${name}-${i}.${req.region}.elb.amazonaws.com`,
          Scheme: i % 3 === 0 ? 'internal' : 'internet-facing',
          ListenerDescriptions: list('member', listeners),
        }),
      );
    }
    return query('DescribeLoadBalancers', xml({ LoadBalancerDescriptions: list('member', members), NextMarker: p.next }));
  }

  elb_DescribeLoadBalancerPolicies(req: SimRequest): SimResponse {
    const name = String(req.params['LoadBalancerName'] ?? '');
    const i = decIndex(name);
    if (!(i < this.#a.classicLoadBalancerCount(req.region))) return clientError('elb', 'LoadBalancerNotFound', 'load balancer not found');
    const attribute = (k: string, v: string) => xml({ AttributeName: k, AttributeValue: v });
    const attributes =
      i % 4 === 0
        ? [attribute('Protocol-TLSv1', 'false'), attribute('Protocol-TLSv1.1', 'false'), attribute('Protocol-TLSv1.2', 'true')]
        : [attribute('Reference-Security-Policy', SIM_TLS_POLICIES[i % SIM_TLS_POLICIES.length]!)];
    const policy = xml({
      PolicyName: `${name}-ssl`,
      PolicyTypeName: 'SSLNegotiationPolicyType',
      PolicyAttributeDescriptions: list('member', attributes),
    });
    return query('DescribeLoadBalancerPolicies', xml({ PolicyDescriptions: list('member', this.#a.classicHasTls(i) ? [policy] : []) }));
  }

  // ---- IAM (global; query XML)

  iam_ListServerCertificates(req: SimRequest): SimResponse {
    const p = page(this.#a.spec.serverCertificates ?? 0, req.params['MaxItems'], req.params['Marker'], 1000);
    const members = [];
    for (let i = p.start; i < p.end; i++) {
      members.push(
        xml({
          Path: '/',
          ServerCertificateName: `bench-cert-${i}`,
          ServerCertificateId: `ASCASIM${hex(i, 13).toUpperCase()}`,
          Arn: this.#a.serverCertificateArn(i),
          UploadDate: iso(DATE),
          Expiration: iso(DATE + 400 * 86400),
        }),
      );
    }
    return query(
      'ListServerCertificates',
      xml({ ServerCertificateMetadataList: list('member', members), IsTruncated: p.next !== undefined, Marker: p.next }),
    );
  }

  // ---- Redshift

  redshift_DescribeClusters(req: SimRequest): SimResponse {
    const p = page(this.#a.redshiftClusterCount(req.region), req.params['MaxRecords'], req.params['Marker'], 100);
    const items = [];
    for (let i = p.start; i < p.end; i++) {
      const id = `bench-rs-${i}`;
      const key = i % 3 === 1 ? this.#a.keyFor(req.region, i) : undefined;
      const group = xml({ ParameterGroupName: SyntheticAccount.redshiftParameterGroup(i), ParameterApplyStatus: 'in-sync' });
      items.push(
        xml({
          ClusterIdentifier: id,
          NodeType: 'ra3.xlplus',
          ClusterStatus: 'available',
          ClusterCreateTime: iso(DATE),
          Encrypted: i % 3 !== 0,
          KmsKeyId: key?.arn,
          PubliclyAccessible: false,
          ClusterParameterGroups: list('ClusterParameterGroup', [group]),
          Tags: list('Tag', [xml({ Key: 'Name', Value: id })]),
        }),
      );
    }
    return query('DescribeClusters', xml({ Clusters: list('Cluster', items), Marker: p.next }));
  }

  redshift_DescribeClusterParameters(req: SimRequest): SimResponse {
    const group = String(req.params['ParameterGroupName'] ?? '');
    const values: Record<string, string> = {
      auto_analyze: 'true',
      datestyle: 'ISO, MDY',
      enable_user_activity_logging: 'false',
      extra_float_digits: '0',
      query_group: 'default',
      require_ssl: group === 'bench-pg-1' ? 'true' : 'false',
      search_path: '$user, public',
      statement_timeout: '0',
      use_fips_ssl: 'false',
    };
    const entries = Object.entries(values);
    const p = page(entries.length, req.params['MaxRecords'], req.params['Marker'], 100);
    const items = entries
      .slice(p.start, p.end)
      .map(([name, value]) =>
        xml({ ParameterName: name, ParameterValue: value, Source: name === 'require_ssl' && value === 'true' ? 'user' : 'engine-default' }),
      );
    return query('DescribeClusterParameters', xml({ Parameters: list('Parameter', items), Marker: p.next }));
  }

  // ---- ElastiCache

  #elasticacheArn(region: string, kind: string, id: string): string {
    return `arn:aws:elasticache:${region}:${this.#a.account}:${kind}:${id}`;
  }

  elasticache_DescribeReplicationGroups(req: SimRequest): SimResponse {
    const p = page(this.#a.replicationGroupCount(req.region), req.params['MaxRecords'], req.params['Marker'], 100);
    const items = [];
    for (let i = p.start; i < p.end; i++) {
      const id = `bench-rg-${i}`;
      const key = i % 3 === 1 ? this.#a.keyFor(req.region, i) : undefined;
      items.push(
        xml({
          ReplicationGroupId: id,
          ARN: this.#elasticacheArn(req.region, 'replicationgroup', id),
          Status: 'available',
          Engine: 'valkey',
          MemberClusters: list('ClusterId', [`${id}-001`, `${id}-002`]),
          CacheNodeType: 'cache.r7g.large',
          ClusterEnabled: false,
          AuthTokenEnabled: false,
          AtRestEncryptionEnabled: i % 3 !== 0,
          KmsKeyId: key?.arn,
          TransitEncryptionEnabled: i % 2 === 0,
          TransitEncryptionMode: i % 2 === 0 ? 'required' : undefined,
        }),
      );
    }
    return query('DescribeReplicationGroups', xml({ ReplicationGroups: list('ReplicationGroup', items), Marker: p.next }));
  }

  elasticache_DescribeServerlessCaches(req: SimRequest): SimResponse {
    const p = page(this.#a.serverlessCacheCount(req.region), req.params['MaxResults'], req.params['NextToken'], 50);
    const items = [];
    for (let i = p.start; i < p.end; i++) {
      const name = `bench-cache-${i}`;
      const key = i % 2 === 1 ? this.#a.keyFor(req.region, i) : undefined;
      items.push(
        xml({
          ServerlessCacheName: name,
          ARN: this.#elasticacheArn(req.region, 'serverlesscache', name),
          Status: 'available',
          Engine: 'valkey',
          MajorEngineVersion: '8',
          KmsKeyId: key?.arn,
          StorageEncryptionType: key ? 'sse-kms' : 'sse-elasticache',
        }),
      );
    }
    return query('DescribeServerlessCaches', xml({ ServerlessCaches: list('member', items), NextToken: p.next }));
  }

  // ---- Kinesis Data Streams

  kinesis_ListStreams(req: SimRequest): SimResponse {
    // AWS pages by NextToken; the start name (ExclusiveStartStreamName) is answered too.
    const after = req.params['ExclusiveStartStreamName'];
    const token = typeof after === 'string' ? String(decIndex(after) + 1) : req.params['NextToken'];
    const p = page(this.#a.streamCount(req.region), req.params['Limit'], token, 100);
    const names = [];
    for (let i = p.start; i < p.end; i++) names.push(SyntheticAccount.streamName(i));
    const summaries = names.map((name) => ({
      StreamName: name,
      StreamARN: `arn:aws:kinesis:${req.region}:${this.#a.account}:stream/${name}`,
      StreamStatus: 'ACTIVE',
      StreamModeDetails: { StreamMode: 'ON_DEMAND' },
      StreamCreationTimestamp: DATE,
    }));
    return json({
      StreamNames: names,
      HasMoreStreams: p.next !== undefined,
      StreamSummaries: summaries,
      ...(p.next === undefined ? {} : { NextToken: p.next }),
    });
  }

  kinesis_DescribeStreamSummary(req: SimRequest): SimResponse {
    const name = String(req.params['StreamName'] ?? '');
    const i = decIndex(name);
    if (!(i < this.#a.streamCount(req.region)) || name !== SyntheticAccount.streamName(i)) {
      return clientError('kinesis', 'ResourceNotFoundException', `Stream ${name} under account ${this.#a.account} not found.`);
    }
    const key = i % 3 === 1 ? this.#a.keyFor(req.region, i)?.arn : i % 3 === 2 ? 'alias/aws/kinesis' : undefined;
    return json({
      StreamDescriptionSummary: {
        StreamName: name,
        StreamARN: `arn:aws:kinesis:${req.region}:${this.#a.account}:stream/${name}`,
        StreamStatus: 'ACTIVE',
        StreamModeDetails: { StreamMode: 'ON_DEMAND' },
        RetentionPeriodHours: 24,
        StreamCreationTimestamp: DATE,
        EnhancedMonitoring: [{ ShardLevelMetrics: [] }],
        EncryptionType: key === undefined ? 'NONE' : 'KMS',
        ...(key === undefined ? {} : { KeyId: key }),
        OpenShardCount: 4,
        ConsumerCount: 0,
      },
    });
  }

  // ---- OpenSearch Service

  es_ListDomainNames(req: SimRequest): SimResponse {
    const names = [];
    for (let i = 0; i < this.#a.domainCount(req.region); i++)
      names.push({ DomainName: SyntheticAccount.domainName(i), EngineType: 'OpenSearch' });
    return restJson({ DomainNames: names });
  }

  es_DescribeDomains(req: SimRequest): SimResponse {
    const names = (req.params['DomainNames'] as string[] | undefined) ?? [];
    if (names.length > 5) return clientError('es', 'ValidationException', 'Please provide a maximum of 5 domain names to describe.');
    const statuses = [];
    for (const name of names) {
      const i = decIndex(name);
      if (!(i < this.#a.domainCount(req.region)) || name !== SyntheticAccount.domainName(i)) continue;
      const key = i % 2 === 0 ? this.#a.keyFor(req.region, i)?.arn : `arn:aws:kms:${req.region}:${this.#a.account}:alias/aws/es`;
      statuses.push({
        DomainId: `${this.#a.account}/${name}`,
        DomainName: name,
        ARN: `arn:aws:es:${req.region}:${this.#a.account}:domain/${name}`,
        Created: true,
        Deleted: false,
        Endpoint: `search-${name}-abc.${req.region}.es.amazonaws.com`,
        Processing: false,
        EngineVersion: 'OpenSearch_2.13',
        ClusterConfig: { InstanceType: 'r6g.large.search', InstanceCount: 2 },
        EncryptionAtRestOptions: i % 4 === 3 ? { Enabled: false } : { Enabled: true, KmsKeyId: key },
        NodeToNodeEncryptionOptions: { Enabled: i % 3 !== 0 },
        DomainEndpointOptions: {
          EnforceHTTPS: i % 5 !== 0,
          TLSSecurityPolicy: i % 2 === 0 ? 'Policy-Min-TLS-1-2-PFS-2023-10' : 'Policy-Min-TLS-1-0-2019-07',
          CustomEndpointEnabled: false,
        },
      });
    }
    return restJson({ DomainStatusList: statuses });
  }
}
