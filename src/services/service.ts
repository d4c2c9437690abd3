/**
 * What a service module declares: every fact about one AWS service that the rest of the
 * scanner needs, in one place (`src/services/<service>/index.ts`). The registry
 * (`registry.ts`) lists the modules; the lists of services, node types and edge kinds, the
 * default quotas, the permissions policy, the member-role template, CLI help, rule docs and
 * the enums of the generated schemas are all derived from it.
 *
 * A declaration is plain data and pure functions: it imports no SDK. Its collector and its
 * emulator seeding are loaded on demand, so that reading rules or a saved snapshot does not
 * load the AWS SDK.
 */
import type { Collector } from '../collect/collector.ts';
import type { Quota } from '../collect/pacing.ts';
import type { ClientFactory } from '../collect/clients.ts';
import type { SeededAccount } from '../demo/seed/definition.ts';

/** The types a service contributes to the graph (`<service>/types.ts`): checked against its declaration. */
export interface ServiceTypes {
  /** The service's name on the command line and in rules (`kms`, `ebs`). */
  name: string;
  /** Node type -> attributes. */
  nodes: object;
  /** The kinds of the edges its nodes start (`{ 'alias-of': true }`). */
  edges: object;
  /** Its part of an emulator account definition (`fixtures/demo/account.json`). */
  seed: unknown;
}

/** JSON (`awsJson`, REST-JSON), REST-XML (S3), or the XML query protocol (EC2, RDS, STS). */
export type WireProtocol = 'json' | 'rest-xml' | 'query';

export interface NodeTypeDeclaration {
  /** What one node is, in a sentence's words (`KMS key`). */
  title: string;
  /** A resource that holds data: it gets `encryptionLevel`, and rules count it as protected by its key. */
  dataResource?: boolean;
  /**
   * A place where clients' connections arrive and TLS is (or should be) terminated: a load
   * balancer listener, a CloudFront distribution, an API Gateway custom domain. Its attributes
   * extend `TlsEndpointAttributes`; it is listed in the report's "In transit" section, and its
   * `uses-certificate` edges name it in the findings of the certificate it presents.
   */
  tlsEndpoint?: boolean;
  /** Attributes computed when the graph is built (`src/graph/derive.ts`), never by the collector nor in rule fixtures. */
  derived?: readonly string[];
  /** The resource type of a Security Hub finding (ASFF `Resources[].Type`); default `Other`. */
  asffType?: string;
}

export interface EdgeDeclaration {
  /** What the edge means (one line of the generated docs). */
  doc: string;
  /** The node types it starts from (always this service's). */
  from: readonly string[];
  /** The node types it may point at (`external` is always possible and not listed). */
  to: readonly string[];
}

/** Calls of one operation that a census implies, in the task's region unless `region` says otherwise. */
export interface PlannedOperation {
  /** The SDK client namespace, when it is not the service's `api.client`. */
  client?: string;
  operation: string;
  calls: number;
  /** `list`: the cheap listing before the plan; `detail`: the per-resource calls after it. */
  phase: 'list' | 'detail';
  region?: string;
}

/** What a collector's listing phase found in one task: the counts its call model needs. */
export interface Census {
  service: string;
  /** Some counts are upper bounds guessed before the detail calls (the plan of `scan --plan`). */
  estimated?: boolean;
}

/** Writes a service's part of an account definition into an emulator (the demo and the tests). */
export type Seeder<Section> = (clients: ClientFactory, seeded: SeededAccount, section: Section) => Promise<void>;

/** Any service's types, for code that handles every service alike. */
export interface AnyServiceTypes extends ServiceTypes {
  nodes: Record<string, unknown>;
  edges: Record<string, true>;
}

export interface ServiceModule<S extends ServiceTypes = AnyServiceTypes, C extends Census = Census> {
  name: S['name'];
  /** The service's name in titles (`AWS KMS`). */
  title: string;
  /** `regional`: one task per (account, region); `global`: one per account (S3). */
  scope: 'regional' | 'global';
  api: {
    /** The SDK client namespace of its calls (`ec2` for EBS): quotas, call counts and gaps are keyed by it. */
    client: string;
    /** Further SDK client namespaces its calls use, in the same wire protocol (API Gateway's v2 API: `apigatewayv2`). */
    otherClients?: readonly string[];
    /** Wire protocol of the answers. */
    protocol: WireProtocol;
    /** Operations whose answer is in the other protocol (S3's GetBucketPolicy answers JSON). */
    protocolExceptions?: readonly string[];
    /** Checks of a 2xx answer's body beyond its protocol, by operation: what is wrong with it, if anything. */
    bodyChecks?: Readonly<Record<string, (body: string) => string | undefined>>;
    /** Client configuration the service needs (S3: path-style addressing on an emulator's endpoint). */
    sdkConfig?: (options: { endpoint: string | undefined }) => object;
  };
  nodeTypes: { readonly [T in keyof S['nodes'] & string]: NodeTypeDeclaration };
  edges: { readonly [K in keyof S['edges'] & string]: EdgeDeclaration };
  /** The read-only IAM actions its collector calls. */
  actions: readonly string[];
  /** Operations whose IAM action has another name than `<client>:<Operation>` (S3's ListBuckets is `s3:ListAllMyBuckets`). */
  actionForOperation?: Readonly<Record<string, string>>;
  /** Request quotas per account and region, `client:Operation` -> quota, each from the AWS documentation the module cites. */
  quotas: Readonly<Record<string, Quota>>;
  /** The page sizes its listings ask for (each is the API's maximum). */
  pageSizes: Readonly<Record<string, number>>;
  /** The calls a task makes, from what its listing found. */
  calls(census: C): PlannedOperation[];
  /** Round trips a task needs one after the other, in its listing and its detail phase. */
  roundTrips(census: C): { list: number; detail: number };
  /** Its collector (loads the SDK). */
  collector(): Promise<Collector>;
  /** Its emulator seeding (loads the SDK's write commands; never used by a scan). */
  seeder(): Promise<Seeder<S['seed']>>;
}

/** Every SDK client namespace a module's calls use: its `api.client` first, then its `api.otherClients`. */
export function moduleClients(module: Pick<ServiceModule, 'api'>): readonly string[] {
  return [module.api.client, ...(module.api.otherClients ?? [])];
}

/** Declares a service module; the types say its node types and edge kinds, which the declaration must list exactly. */
export function defineService<S extends ServiceTypes, C extends Census>(module: ServiceModule<S, C>): ServiceModule<S, C> {
  return module;
}

/** A listing's calls: one even when empty, and no trailing empty page. */
export const pages = (items: number, size: number): number => Math.max(1, Math.ceil(items / size));

/** Edge docs shared by every service whose resources have such edges. */
export const SHARED_EDGE_DOCS = {
  'encrypted-by': 'data resource -> the KMS key that encrypts it',
  'default-key': 'account/region setting -> the KMS key used by default for new resources',
  'snapshot-of': 'snapshot -> the volume, instance or cluster it was taken from',
  'replica-encrypted-by':
    "data resource -> the KMS key that encrypts its replicas (an S3 replication rule's destination, a DynamoDB global table's replica)",
  'uses-certificate':
    'TLS endpoint (listener, distribution, custom domain) -> a certificate it presents to clients (ACM certificate or IAM server certificate)',
} as const;

/** Quota helpers. KMS and most JSON services publish requests per second without a burst: one second's worth at once. */
export const perSecond = (rate: number): Quota => ({ rate, burst: rate });
