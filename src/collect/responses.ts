/**
 * No answer is believed before it is checked. Every operation the scan calls declares the
 * shape of the answer its collector relies on (the list fields present, identifiers and
 * flags of the right type); the client middleware checks each answer twice: its body is
 * the service's protocol (JSON or XML, not empty, not an HTML page), and the parsed output
 * has the declared shape. A failed check is a `MalformedResponse` error, retried once and
 * then a gap like any other failure.
 */
import { SERVICE_LIST } from '../services/registry.ts';
import { moduleClients, type WireProtocol } from '../services/service.ts';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { responseAjv } from './response-ajv.ts';
import { PRECOMPILED } from './response-validators.ts';

/** A JSON Schema for the parsed SDK output of one operation. */
export type ResponseShape = Readonly<Record<string, unknown>>;

/** Declared shapes by `client:Operation` (the SigV4 signing name: ec2 for EBS). */
export type ResponseShapes = Readonly<Record<string, ResponseShape>>;

/** The error a failed check throws; its code is `MalformedResponse`. */
export class MalformedResponseError extends Error {
  readonly $metadata: { httpStatusCode?: number };
  constructor(operation: string, problem: string, status?: number) {
    super(`the answer to ${operation} is not one AWS gives: ${problem}`);
    this.name = 'MalformedResponse';
    this.$metadata = status === undefined ? {} : { httpStatusCode: status };
  }
}

// Schema builders, so that each collector's declaration reads as the fields it uses.
export const str = { type: 'string' } as const;
export const bool = { type: 'boolean' } as const;
export const num = { type: 'number' } as const;
/** The SDK parses timestamps into Date objects. */
export const date = { sdkDate: true } as const;
/** A policy document as a string: JSON, an object, with a `Statement`. */
export const policyDocument = { type: 'string', policyDocument: true } as const;

/** An object whose `required` fields must be present; listed `properties` are type-checked when present. */
export function obj(properties: Record<string, unknown>, required: readonly string[] = []): ResponseShape {
  return { type: 'object', properties, required: [...required] };
}

/** An array of `item`. */
export function list(item: unknown): ResponseShape {
  return { type: 'array', items: item };
}

/** A listing's answer: the list field always present (AWS sends an empty list, never none), paging fields typed. */
export function listing(field: string, item: unknown, extra: Record<string, unknown> = {}): ResponseShape {
  return obj({ [field]: list(item), ...extra }, [field]);
}

let runtime: Ajv | undefined;
const precompiled = PRECOMPILED as unknown as Readonly<Record<string, readonly [ValidateFunction, string]>>;
const compiled = new WeakMap<ResponseShape, ValidateFunction>();

/**
 * The validator of a shape: the one compiled ahead of time for this operation while it was
 * compiled from this very shape (`npm run generate`), otherwise compiled now, once.
 */
function validatorFor(key: string, shape: ResponseShape): ValidateFunction {
  let validate = compiled.get(shape);
  if (!validate) {
    const ahead = precompiled[key];
    validate = ahead && ahead[1] === JSON.stringify(shape) ? ahead[0] : (runtime ??= responseAjv()).compile(shape);
    compiled.set(shape, validate);
  }
  return validate;
}

/** What is wrong with an operation's parsed output, or undefined when it has the declared shape (or none is declared). */
export function outputProblem(shapes: ResponseShapes, key: string, output: unknown): string | undefined {
  const shape = shapes[key];
  if (shape === undefined) return undefined;
  const validate = validatorFor(key, shape);
  if (validate(stripMetadata(output))) return undefined;
  return describe(validate.errors?.[0]);
}

function stripMetadata(output: unknown): unknown {
  if (typeof output !== 'object' || output === null) return output;
  const { $metadata: _metadata, ...rest } = output as Record<string, unknown>;
  return rest;
}

function describe(error: ErrorObject | undefined): string {
  if (!error) return 'the answer does not have the expected shape';
  const at = error.instancePath === '' ? 'the answer' : error.instancePath.slice(1).replaceAll('/', '.');
  if (error.keyword === 'required') return `${at} lacks ${String((error.params as { missingProperty?: string }).missingProperty)}`;
  if (error.keyword === 'sdkDate') return `${at} is not a timestamp`;
  if (error.keyword === 'policyDocument') return `${at} is not a policy document (JSON statements, each with an Effect)`;
  return `${at} ${error.message ?? 'is not as expected'}`;
}

/** The wire protocol of a client's answers (S3 GetBucketPolicy answers the policy document itself, in JSON). */
export function bodyProtocol(client: string, operation: string): 'json' | 'xml' {
  const api = apiOf(client);
  if (!api) return SCOPE_PROTOCOLS[client] === 'json' ? 'json' : 'xml';
  const protocol = api.protocol === 'json' ? 'json' : 'xml';
  const other = protocol === 'json' ? 'xml' : 'json';
  return api.protocolExceptions?.includes(operation) ? other : protocol;
}

/** An XML query-protocol API (EC2, RDS, STS): every answer's root element is `<Operation>Response`. */
function queryProtocol(client: string): boolean {
  return (apiOf(client)?.protocol ?? SCOPE_PROTOCOLS[client]) === 'query';
}

function apiOf(client: string) {
  return SERVICE_LIST.find((m) => moduleClients(m).includes(client))?.api;
}

/** The clients of the calls that fix the scope (STS and EC2's DescribeRegions answer XML of the query protocol). */
const SCOPE_PROTOCOLS: Readonly<Record<string, WireProtocol>> = { organizations: 'json', sts: 'query', ec2: 'query' };

/**
 * What is wrong with the body of a successful (2xx) answer: empty, not the service's
 * protocol (an HTML page from a proxy or captive portal), or, for the query protocols
 * (EC2, RDS, STS), an XML document that is not the answer to this operation. The content
 * type is only reported, not judged: emulators label XML answers loosely.
 */
export function bodyProblem(client: string, operation: string, contentType: string | undefined, body: Uint8Array): string | undefined {
  const text = new TextDecoder('utf-8', { fatal: false })
    .decode(body.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart();
  const type = contentType === undefined ? '' : ` (content type ${contentType})`;
  if (text === '') return `HTTP 200 with an empty body${type}`;
  if (/^<(!doctype\s+html|html)\b/i.test(text)) {
    return `HTTP 200 with an HTML page${type}: ${excerpt(text)}`;
  }
  const protocol = bodyProtocol(client, operation);
  if (protocol === 'json' && !text.startsWith('{')) return `HTTP 200 with a body that is not a JSON object${type}: ${excerpt(text)}`;
  if (protocol === 'xml') {
    if (!text.startsWith('<')) return `HTTP 200 with a body that is not XML${type}: ${excerpt(text)}`;
    const root = /^(?:<\?xml[^>]*\?>\s*)?<([A-Za-z][\w:.-]*)/.exec(text)?.[1];
    const check = apiOf(client)?.bodyChecks?.[operation];
    const problem = check?.(text);
    if (problem) return `HTTP 200 with a body that is ${problem}: ${excerpt(text)}`;
    if (queryProtocol(client) && root !== undefined && root !== `${operation}Response`) {
      return `HTTP 200 with the XML document <${root}>, not <${operation}Response>`;
    }
  }
  return undefined;
}

function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  return JSON.stringify(line.length > 60 ? `${line.slice(0, 60)}...` : line);
}
