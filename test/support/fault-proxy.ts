/**
 * A loopback HTTP proxy in front of the emulator that answers chosen calls with the faults
 * real AWS gives (AccessDenied, throttling, HTTP 500) or an emulator gives (HTTP 500 with
 * HTML), in each service's own wire protocol; or with what no AWS service should give but a
 * network may (an empty or HTML 200 answer, one with fields of the wrong type, a next-page
 * marker that repeats, a truncated page without a marker, an answer that never comes, a
 * dropped connection); and passes every other call through.
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import { SERVICE_LIST } from '../../src/services/registry.ts';
import { moduleClients } from '../../src/services/service.ts';

/** `delay` passes the call through after `delayMs`; the others answer in its place, or change the emulator's answer. */
export type Fault = 'denied' | 'throttled' | 'html500' | 'delay' | 'awsError' | AnswerFault;

/** The faults of the fault-injection suite (`test/integration/faults`). */
export const ANSWER_FAULTS = [
  'empty200',
  'html200',
  'wrongType',
  'repeatToken',
  'truncatedNoMarker',
  'stall',
  'server500',
  'dropConnection',
] as const;
export type AnswerFault = (typeof ANSWER_FAULTS)[number];

/** The marker the `repeatToken` fault adds to every answer (and answers again when asked for it). */
export const FAULT_TOKEN = 'cp-fault-repeated-token';

export interface FaultRule {
  /** The SigV4 signing name: kms, acm, s3, ec2, rds, cloudtrail, sts, securityhub. */
  service: string;
  /** The operation name (`ListKeys`, `DescribeVolumes`, `GetBucketPolicy`); for S3 also the bucket sub-resource (`encryption`, `policy`). */
  operation?: string;
  region?: string;
  /** Only calls whose (URL-decoded) request body contains this text, e.g. a role ARN. */
  bodyIncludes?: string;
  fault: Fault;
  /** Answer this many matching calls with the fault, then pass through (default: all). */
  times?: number;
  /** For `delay`: how long to hold the call (default 1000 ms). */
  delayMs?: number;
  /** For `awsError`: the error code and HTTP status to answer with (default 400). */
  code?: string;
  status?: number;
}

export interface FaultProxy {
  endpoint: string;
  /** Calls answered with a fault (or delayed, or whose answer the fault changed), as `service:operation:region`. */
  faulted: string[];
  /** Resolves when the first call matching a rule arrives. */
  firstFault: Promise<void>;
  close(): Promise<void>;
}

/** A call as the wire shows it: the SigV4 signing name and region, and the operation. */
export interface CallInfo {
  service: string;
  region: string;
  operation: string;
}

/** The region and signing name from a SigV4 `Authorization` header's credential scope. */
export function signingScope(authorization: string): { region: string; service: string } {
  const scope = /Credential=[^/]+\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(authorization);
  return { region: scope?.[1] ?? '', service: scope?.[2] ?? '' };
}

/**
 * The registry's client of a query-protocol call: its signing name, except for Elastic Load
 * Balancing, whose two APIs share the signing name `elasticloadbalancing` and differ by
 * version (2015-12-01: `elbv2`; 2012-06-01: Classic, `elb`).
 */
export function queryClient(signingName: string, version: string | null | undefined): string {
  if (signingName !== 'elasticloadbalancing') return signingName;
  return version === '2012-06-01' ? 'elb' : 'elbv2';
}

function callInfo(req: IncomingMessage, body: string): CallInfo {
  const { region, service: signingName } = signingScope(String(req.headers['authorization'] ?? ''));
  let service = queryClient(signingName, new URLSearchParams(body).get('Version'));
  const target = req.headers['x-amz-target'];
  let operation: string;
  if (typeof target === 'string') operation = target.split('.').pop() ?? '';
  else if (service === 's3') {
    const url = new URL(req.url ?? '/', 'http://x');
    const sub = [...url.searchParams.keys()][0];
    operation = url.pathname === '/' && req.method === 'GET' ? 'ListBuckets' : (sub ?? `${req.method} object`);
  } else if (REST_OPERATIONS[service]) {
    const rest = restOperation(service, req.method ?? 'GET', req.url ?? '/');
    operation = rest.operation;
    service = rest.client;
  } else operation = new URLSearchParams(body).get('Action') ?? '';
  return { service, region, operation };
}

/** The GET listings of the REST APIs (by signing name): path, operation, and the client when it is not the signing name. */
export const REST_OPERATIONS: Record<string, [RegExp, string, string?][]> = {
  elasticfilesystem: [[/^\/\d{4}-\d{2}-\d{2}\/file-systems$/, 'DescribeFileSystems']],
  lambda: [[/^\/\d{4}-\d{2}-\d{2}\/functions\/?$/, 'ListFunctions']],
  backup: [[/^\/backup-vaults\/?$/, 'ListBackupVaults']],
  cloudfront: [[/^\/\d{4}-\d{2}-\d{2}\/distribution$/, 'ListDistributions']],
  // API Gateway's v2 API shares the signing name: its calls are told apart by their /v2/ path.
  apigateway: [
    [/^\/v2\/domainnames$/, 'GetDomainNames', 'apigatewayv2'],
    [/^\/domainnames$/, 'GetDomainNames'],
  ],
};

/** The operation (and client) of a REST request, from its method and path. */
export function restOperation(service: string, method: string, url: string): { operation: string; client: string } {
  const path = new URL(url, 'http://x').pathname;
  const found = method === 'GET' ? REST_OPERATIONS[service]?.find(([pattern]) => pattern.test(path)) : undefined;
  return { operation: found?.[1] ?? `${method} ${path}`, client: found?.[2] ?? service };
}

/** Content types of the JSON protocols' answers (awsJson 1.1 unless listed). */
const JSON_TYPES: Record<string, string> = {
  dynamodb: 'application/x-amz-json-1.0',
  elasticfilesystem: 'application/json',
  lambda: 'application/json',
  backup: 'application/json',
  securityhub: 'application/json',
  apigateway: 'application/json',
  apigatewayv2: 'application/json',
};
const jsonType = (service: string) => JSON_TYPES[service] ?? 'application/x-amz-json-1.1';
/** JSON APIs of the REST kind, whose errors carry the HTTP status of their meaning. */
const REST_JSON = new Set(['elasticfilesystem', 'lambda', 'backup', 'apigateway', 'apigatewayv2']);

/** The SDK's name of an operation: S3's bucket sub-resources are `GetBucket<Name>` (`policy`: GetBucketPolicy). */
function sdkOperation(info: CallInfo): string {
  if (info.service !== 's3' || info.operation === 'ListBuckets') return info.operation;
  return `GetBucket${info.operation.charAt(0).toUpperCase()}${info.operation.slice(1)}`;
}

const JSON_CODES: Record<'denied' | 'throttled', string> = { denied: 'AccessDeniedException', throttled: 'ThrottlingException' };

/** APIs that speak JSON 1.1, by signing name: Organizations, and the registry's JSON services. */
function jsonApi(service: string): boolean {
  return service === 'organizations' || SERVICE_LIST.some((m) => moduleClients(m).includes(service) && m.api.protocol === 'json');
}

/** The answer AWS (or an emulator, for `html500`) gives for a fault, in the service's own protocol. */
/** An AWS error with any code, in the service's protocol. */
export function awsErrorResponse(
  info: CallInfo,
  code: string,
  status: number,
  message = `${code} (injected)`,
): { status: number; type: string; body: string } {
  if (jsonApi(info.service)) return { status, type: jsonType(info.service), body: JSON.stringify({ __type: code, message }) };
  switch (info.service) {
    case 'securityhub':
      return { status, type: 'application/json', body: JSON.stringify({ __type: code, message }) };
    case 'ec2':
      return {
        status,
        type: 'text/xml',
        body: `<Response><Errors><Error><Code>${code}</Code><Message>${message}</Message></Error></Errors><RequestID>fault</RequestID></Response>`,
      };
    case 's3':
      return {
        status,
        type: 'application/xml',
        body: `<Error><Code>${code}</Code><Message>${message}</Message><RequestId>fault</RequestId></Error>`,
      };
    default:
      return {
        status,
        type: 'text/xml',
        body: `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>fault</RequestId></ErrorResponse>`,
      };
  }
}

export function faultResponse(
  info: CallInfo,
  fault: Exclude<Fault, 'delay' | 'stall' | 'dropConnection' | 'awsError' | ChangingFault>,
): { status: number; type: string; body: string } {
  const json = jsonApi(info.service);
  if (fault === 'empty200') return { status: 200, type: json ? jsonType(info.service) : 'text/xml', body: '' };
  if (fault === 'html200') {
    return {
      status: 200,
      type: 'text/html',
      body: '<!DOCTYPE html><html><head><title>Sign in to the network</title></head><body><form>Accept the terms</form></body></html>',
    };
  }
  if (fault === 'server500') {
    return json
      ? {
          status: 500,
          type: jsonType(info.service),
          body: JSON.stringify({ __type: 'InternalFailure', message: 'Internal failure' }),
        }
      : {
          status: 500,
          type: 'text/xml',
          body:
            info.service === 's3'
              ? '<Error><Code>InternalError</Code><Message>We encountered an internal error.</Message><RequestId>fault</RequestId></Error>'
              : '<Response><Errors><Error><Code>InternalError</Code><Message>Internal error</Message></Error></Errors><RequestID>fault</RequestID></Response>',
        };
  }
  if (fault === 'html500') {
    return {
      status: 500,
      type: 'text/html',
      body: '<!doctype html><html><head><title>500 Internal Server Error</title></head><body><h1>Internal Server Error</h1></body></html>',
    };
  }
  const message = fault === 'denied' ? `User is not authorized to perform: ${info.service}:${info.operation}` : 'Rate exceeded';
  const denied = fault === 'denied';
  // REST-JSON APIs (EFS) answer throttling with HTTP 429 and a denial with 403.
  if (json) return awsErrorResponse(info, JSON_CODES[fault], REST_JSON.has(info.service) ? (denied ? 403 : 429) : 400, message);
  switch (info.service) {
    case 'ec2':
      return awsErrorResponse(info, denied ? 'UnauthorizedOperation' : 'RequestLimitExceeded', denied ? 403 : 503, message);
    case 's3':
      return awsErrorResponse(info, denied ? 'AccessDenied' : 'SlowDown', denied ? 403 : 503, message);
    case 'securityhub':
      // REST-JSON: throttling is HTTP 429.
      return awsErrorResponse(info, denied ? 'AccessDeniedException' : 'TooManyRequestsException', denied ? 403 : 429, message);
    default:
      return awsErrorResponse(info, denied ? 'AccessDenied' : 'Throttling', denied ? 403 : 400, message);
  }
}

export async function startFaultProxy(target: string, rules: FaultRule[]): Promise<FaultProxy> {
  const upstream = new URL(target);
  const remaining = rules.map((r) => r.times ?? Infinity);
  const faulted: string[] = [];
  const replay = new Map<string, { status: number; headers: Record<string, string | string[] | undefined>; body: string }>();
  let signalFirst: () => void = () => {};
  const firstFault = new Promise<void>((resolve) => (signalFirst = resolve));
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const info = callInfo(req, body.toString('utf8'));
      const index = rules.findIndex(
        (r, i) =>
          remaining[i]! > 0 &&
          r.service === info.service &&
          (r.operation === undefined || r.operation === info.operation || r.operation === sdkOperation(info)) &&
          (r.region === undefined || r.region === info.region) &&
          (r.bodyIncludes === undefined || decodeURIComponent(body.toString('utf8').replaceAll('+', ' ')).includes(r.bodyIncludes)),
      );
      const rule = index >= 0 ? rules[index]! : undefined;
      if (rule) remaining[index]!--;
      if (rule?.fault === 'delay') {
        faulted.push(`${info.service}:${info.operation}:${info.region}`);
        signalFirst();
      }
      const mark = () => {
        faulted.push(`${info.service}:${info.operation}:${info.region}`);
        signalFirst();
      };
      const fault = rule?.fault;
      if (fault === 'stall') {
        mark();
        return; // never answered: the client's deadline must end it
      }
      if (fault === 'dropConnection') {
        mark();
        req.socket.destroy();
        return;
      }
      if (fault !== undefined && fault !== 'delay' && !isChangingFault(fault)) {
        mark();
        const f =
          fault === 'awsError' ? awsErrorResponse(info, rule?.code ?? 'InternalFailure', rule?.status ?? 400) : faultResponse(info, fault);
        res.writeHead(f.status, { 'content-type': f.type, 'x-amzn-requestid': 'fault' });
        res.end(f.body);
        return;
      }
      const key = `${info.service}:${info.operation}`;
      if (fault === 'repeatToken' && `${req.url ?? ''} ${body.toString('utf8')}`.includes(FAULT_TOKEN) && replay.has(key)) {
        // The next page, asked for with the injected marker, is the same page again.
        mark();
        const again = replay.get(key)!;
        res.writeHead(again.status, again.headers);
        res.end(again.body);
        return;
      }
      const send = () => {
        const forward = httpRequest(
          { hostname: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
          (up) => {
            if (fault === undefined || !isChangingFault(fault) || (up.statusCode ?? 500) >= 300) {
              res.writeHead(up.statusCode ?? 502, up.headers);
              up.pipe(res);
              return;
            }
            const parts: Buffer[] = [];
            up.on('data', (c: Buffer) => parts.push(c));
            up.on('end', () => {
              const original = Buffer.concat(parts).toString('utf8');
              const changed = changeAnswer(info, fault, original);
              const headers = { ...up.headers };
              delete headers['content-length'];
              delete headers['transfer-encoding'];
              if (changed !== original) {
                mark();
                if (fault === 'repeatToken') replay.set(key, { status: up.statusCode ?? 200, headers, body: changed });
              }
              res.writeHead(up.statusCode ?? 200, headers);
              res.end(changed);
            });
          },
        );
        forward.on('error', () => {
          res.writeHead(502);
          res.end();
        });
        forward.end(body);
      };
      if (rule && fault === 'delay') setTimeout(send, rule.delayMs ?? 1000);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    faulted,
    firstFault,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Faults that pass the call to the emulator and change its answer. */
type ChangingFault = 'wrongType' | 'repeatToken' | 'truncatedNoMarker';
function isChangingFault(fault: Fault): fault is ChangingFault {
  return fault === 'wrongType' || fault === 'repeatToken' || fault === 'truncatedNoMarker';
}

/** The emulator's answer as the fault changes it (unchanged when the fault does not apply to it). */
export function changeAnswer(info: CallInfo, fault: ChangingFault, body: string): string {
  const json = body.trimStart().startsWith('{');
  if (fault === 'wrongType') {
    // Every value becomes an object: a string where a list, a flag or a name was.
    if (json) return JSON.stringify(wrapLeaves(JSON.parse(body) as unknown));
    return body.replace(/>([^<>]+)</g, (_m, text: string) => (text.trim() === '' ? `>${text}<` : `><Unexpected>${text}</Unexpected><`));
  }
  if (fault === 'truncatedNoMarker') {
    if (!json || info.service !== 'kms') return body;
    const page = JSON.parse(body) as Record<string, unknown>;
    if (!('Truncated' in page)) return body;
    delete page['NextMarker'];
    return JSON.stringify({ ...page, Truncated: true });
  }
  // repeatToken: a next-page marker on a page that had none.
  if (json) {
    const page = JSON.parse(body) as Record<string, unknown>;
    if (info.service === 'kms') return 'Truncated' in page ? JSON.stringify({ ...page, NextMarker: FAULT_TOKEN, Truncated: true }) : body;
    if (info.service === 'elasticfilesystem' || info.service === 'lambda') return JSON.stringify({ ...page, NextMarker: FAULT_TOKEN });
    // Some JSON APIs name the marker `nextToken` (CloudWatch Logs, ECR); the SDK ignores the other.
    return JSON.stringify({ ...page, NextToken: FAULT_TOKEN, nextToken: FAULT_TOKEN });
  }
  const insert = (close: string, element: string) =>
    body.includes(close) ? body.replace(close, `<${element}>${FAULT_TOKEN}</${element}>${close}`) : body;
  if (info.service === 'ec2') return insert(`</${info.operation}Response>`, 'nextToken');
  if (info.service === 'rds' || info.service === 'redshift' || info.service === 'elasticache')
    return insert(`</${info.operation}Result>`, 'Marker');
  if (info.service === 'sns') return insert(`</${info.operation}Result>`, 'NextToken');
  if (info.service === 'elbv2' || info.service === 'elb') return insert(`</${info.operation}Result>`, 'NextMarker');
  if (info.service === 'iam')
    return insert(`</${info.operation}Result>`, 'Marker').replace('<IsTruncated>false</IsTruncated>', '<IsTruncated>true</IsTruncated>');
  if (info.service === 's3' && info.operation === 'ListBuckets') return insert('</ListAllMyBucketsResult>', 'ContinuationToken');
  return body;
}

function wrapLeaves(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(wrapLeaves);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, wrapLeaves(v)]));
  return { unexpected: value };
}
