/**
 * A loopback HTTP proxy in front of the emulator that answers chosen calls with the faults
 * real AWS gives (AccessDenied, throttling) or an emulator gives (HTTP 500 with HTML), in
 * each service's own wire protocol, and passes every other call through.
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';

/** `delay` passes the call through after `delayMs`; the others answer in its place. */
export type Fault = 'denied' | 'throttled' | 'html500' | 'delay';

export interface FaultRule {
  /** The SigV4 signing name: kms, acm, s3, ec2, rds, cloudtrail, sts, securityhub. */
  service: string;
  /** The operation name (`ListKeys`, `DescribeVolumes`); for S3, the bucket sub-resource (`encryption`, `policy`) or `ListBuckets`. */
  operation?: string;
  region?: string;
  /** Only calls whose (URL-decoded) request body contains this text, e.g. a role ARN. */
  bodyIncludes?: string;
  fault: Fault;
  /** Answer this many matching calls with the fault, then pass through (default: all). */
  times?: number;
  /** For `delay`: how long to hold the call (default 1000 ms). */
  delayMs?: number;
}

export interface FaultProxy {
  endpoint: string;
  /** Calls answered with a fault (or delayed), as `service:operation:region`. */
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

function callInfo(req: IncomingMessage, body: string): CallInfo {
  const { region, service } = signingScope(String(req.headers['authorization'] ?? ''));
  const target = req.headers['x-amz-target'];
  let operation: string;
  if (typeof target === 'string') operation = target.split('.').pop() ?? '';
  else if (service === 's3') {
    const url = new URL(req.url ?? '/', 'http://x');
    const sub = [...url.searchParams.keys()][0];
    operation = url.pathname === '/' && req.method === 'GET' ? 'ListBuckets' : (sub ?? `${req.method} object`);
  } else operation = new URLSearchParams(body).get('Action') ?? '';
  return { service, region, operation };
}

const JSON_CODES: Record<'denied' | 'throttled', string> = { denied: 'AccessDeniedException', throttled: 'ThrottlingException' };

/** The answer AWS (or an emulator, for `html500`) gives for a fault, in the service's own protocol. */
export function faultResponse(info: CallInfo, fault: Exclude<Fault, 'delay'>): { status: number; type: string; body: string } {
  if (fault === 'html500') {
    return {
      status: 500,
      type: 'text/html',
      body: '<!doctype html><html><head><title>500 Internal Server Error</title></head><body><h1>Internal Server Error</h1></body></html>',
    };
  }
  const message = fault === 'denied' ? `User is not authorized to perform: ${info.service}:${info.operation}` : 'Rate exceeded';
  switch (info.service) {
    case 'kms':
    case 'acm':
    case 'cloudtrail':
      return { status: 400, type: 'application/x-amz-json-1.1', body: JSON.stringify({ __type: JSON_CODES[fault], message }) };
    case 'ec2': {
      const code = fault === 'denied' ? 'UnauthorizedOperation' : 'RequestLimitExceeded';
      return {
        status: fault === 'denied' ? 403 : 503,
        type: 'text/xml',
        body: `<Response><Errors><Error><Code>${code}</Code><Message>${message}</Message></Error></Errors><RequestID>fault</RequestID></Response>`,
      };
    }
    case 'securityhub':
      // REST-JSON: the error type in a header and the body, throttling as HTTP 429.
      return {
        status: fault === 'denied' ? 403 : 429,
        type: 'application/json',
        body: JSON.stringify({ __type: fault === 'denied' ? 'AccessDeniedException' : 'TooManyRequestsException', message }),
      };
    case 's3': {
      const code = fault === 'denied' ? 'AccessDenied' : 'SlowDown';
      return {
        status: fault === 'denied' ? 403 : 503,
        type: 'application/xml',
        body: `<Error><Code>${code}</Code><Message>${message}</Message><RequestId>fault</RequestId></Error>`,
      };
    }
    default: {
      const code = fault === 'denied' ? 'AccessDenied' : 'Throttling';
      return {
        status: fault === 'denied' ? 403 : 400,
        type: 'text/xml',
        body: `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>fault</RequestId></ErrorResponse>`,
      };
    }
  }
}

export async function startFaultProxy(target: string, rules: FaultRule[]): Promise<FaultProxy> {
  const upstream = new URL(target);
  const remaining = rules.map((r) => r.times ?? Infinity);
  const faulted: string[] = [];
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
          (r.operation === undefined || r.operation === info.operation) &&
          (r.region === undefined || r.region === info.region) &&
          (r.bodyIncludes === undefined || decodeURIComponent(body.toString('utf8').replaceAll('+', ' ')).includes(r.bodyIncludes)),
      );
      const rule = index >= 0 ? rules[index]! : undefined;
      if (rule) {
        remaining[index]!--;
        faulted.push(`${info.service}:${info.operation}:${info.region}`);
        signalFirst();
      }
      if (rule && rule.fault !== 'delay') {
        const f = faultResponse(info, rule.fault);
        res.writeHead(f.status, { 'content-type': f.type, 'x-amzn-requestid': 'fault' });
        res.end(f.body);
        return;
      }
      const send = () => {
        const forward = httpRequest(
          { hostname: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
          (up) => {
            res.writeHead(up.statusCode ?? 502, up.headers);
            up.pipe(res);
          },
        );
        forward.on('error', () => {
          res.writeHead(502);
          res.end();
        });
        forward.end(body);
      };
      if (rule) setTimeout(send, rule.delayMs ?? 1000);
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
