/**
 * Classifies errors from AWS (or an emulator) into gap codes. Expected failures become
 * gap records; nothing here throws.
 */

export type ErrorKind =
  | 'denied'
  | 'throttled'
  | 'opt-in'
  | 'unsupported'
  | 'non-aws'
  | 'malformed'
  | 'not-found'
  | 'network'
  | 'timeout'
  | 'expired'
  | 'aborted'
  | 'other';

export interface ClassifiedError {
  kind: ErrorKind;
  code: string;
  message: string;
}

const DENIED = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'UnauthorizedException',
  'AuthorizationError',
  'AuthFailure',
  'Forbidden',
  'KMSAccessDeniedException',
]);
const THROTTLED = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestLimitExceeded',
  'TooManyRequestsException',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'ProvisionedThroughputExceededException',
]);
const OPT_IN = new Set(['OptInRequired', 'UnrecognizedClientException', 'InvalidClientTokenId', 'SignatureDoesNotMatch']);
const EXPIRED = new Set(['ExpiredToken', 'ExpiredTokenException', 'RequestExpired', 'TokenRefreshRequired']);
const UNSUPPORTED = new Set([
  'NotImplemented',
  'InvalidAction',
  'UnsupportedOperation',
  'UnknownOperationException',
  'UnsupportedOperationException',
]);

interface SdkErrorShape {
  name?: string;
  message?: string;
  Code?: string;
  code?: string;
  $fault?: string;
  $metadata?: { httpStatusCode?: number };
  $response?: { statusCode?: number; headers?: Record<string, string> };
}

export function errorCode(error: unknown): string {
  const e = (error ?? {}) as SdkErrorShape;
  return e.Code ?? (e.name !== undefined && e.name !== 'Error' ? e.name : undefined) ?? e.code ?? 'Error';
}

export function classifyError(error: unknown): ClassifiedError {
  const e = (error ?? {}) as SdkErrorShape;
  const code = errorCode(error);
  const message = oneLine(e.message ?? String(error));
  if (code === 'AbortError' || (error as { name?: string })?.name === 'AbortError')
    return { kind: 'aborted', code: 'Interrupted', message };
  // Checked first: its message may quote the HTML page it was given.
  if (code === 'MalformedResponse') return { kind: 'malformed', code, message };
  if (code === 'TimeoutError' || code === 'RequestTimeout') return { kind: 'timeout', code: 'TimeoutError', message };
  if (DENIED.has(code)) return { kind: 'denied', code, message };
  if (EXPIRED.has(code)) return { kind: 'expired', code, message };
  if (THROTTLED.has(code)) return { kind: 'throttled', code, message };
  if (OPT_IN.has(code)) return { kind: 'opt-in', code, message };
  if (UNSUPPORTED.has(code)) return { kind: 'unsupported', code, message };
  if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE'].includes(code))
    return { kind: 'network', code, message };
  const contentType = headerValue(e.$response?.headers, 'content-type');
  const status = e.$metadata?.httpStatusCode ?? e.$response?.statusCode;
  // An emulator that lacks an operation answers HTTP 500 with an HTML page, which the SDK
  // cannot parse as an AWS error: the answer did not come from (a model of) AWS.
  if (
    (contentType !== undefined && contentType.includes('text/html')) ||
    /Deserialization error|char 't'|Unexpected token '<'|<!doctype html>|<html/i.test(message)
  ) {
    return {
      kind: 'non-aws',
      code: 'NonAwsResponse',
      message: `HTTP ${status ?? '?'} with a body that is not an AWS answer (an emulator answers so for an operation it does not implement)`,
    };
  }
  if (/NotFound|NoSuch/.test(code)) return { kind: 'not-found', code, message };
  return { kind: 'other', code, message };
}

export function isThrottlingError(error: unknown): boolean {
  return THROTTLED.has(errorCode(error));
}

export function headerValue(headers: Record<string, string> | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === name) return v;
  return undefined;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 1000);
}
