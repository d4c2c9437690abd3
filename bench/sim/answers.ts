/**
 * What AWS answers, operation by operation, for a synthetic account: the response bodies in
 * each service's own wire protocol (JSON 1.1 for KMS, ACM and CloudTrail; EC2 query XML; AWS
 * query XML for RDS and STS; REST XML for S3), so that the SDK's real deserializers read
 * them (and JSON 1.0 for SQS, query XML for SNS). Pages are cut from the synthetic account on demand.
 */
import { SyntheticAccount, type SyntheticKey } from './account.ts';

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
/** SQS speaks JSON 1.0. */
const json10 = (body: object): SimResponse => ({
  status: 200,
  headers: { 'content-type': 'application/x-amz-json-1.0' },
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
/** An error in the JSON or query protocols (not found, validation). */
export function clientError(service: string, code: string, message: string): SimResponse {
  if (service === 'kms' || service === 'acm' || service === 'cloudtrail' || service === 'sqs') {
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
}
