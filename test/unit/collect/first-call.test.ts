/**
 * The first call's failures by cause, for the errors a test cannot provoke against the
 * emulator (a DNS failure, an unreachable network); the others are integration tests
 * (`test/integration/gaps.test.ts`, "the first call names its failure").
 */
import { describe, expect, it } from 'vitest';
import { firstCallError } from '../../../src/collect/scope.ts';
import { ExitCode } from '../../../src/errors.ts';

const HOST = 'sts.eu-west-1.amazonaws.com';
const nodeError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('firstCallError', () => {
  it.each([
    ['ENOTFOUND', `getaddrinfo ENOTFOUND ${HOST}`, 'DNS lookup failed: the host name does not resolve'],
    ['EAI_AGAIN', `getaddrinfo EAI_AGAIN ${HOST}`, 'DNS lookup failed: the name server did not answer'],
    ['ENETUNREACH', 'connect ENETUNREACH 52.94.0.1:443', 'the network is unreachable'],
    ['ECONNRESET', 'socket hang up', 'the connection was dropped before an answer'],
  ])('%s: the endpoint cannot be reached, with its host and the cause (exit 5)', (code, message, cause) => {
    const error = firstCallError(nodeError(code, message), 'eu-west-1', HOST);
    expect(error.code).toBe('CP_AWS_UNREACHABLE');
    expect(error.exitCode).toBe(ExitCode.lowCoverage);
    expect(error.message).toBe(
      `Cannot reach the AWS endpoint ${HOST}: ${cause} (${code}: ${message}); nothing was collected: check the network, the proxy settings and --endpoint-url`,
    );
  });

  it('an answer that is not an AWS answer is neither the credentials nor the network', () => {
    const error = firstCallError(
      Object.assign(new Error('the answer to sts:GetCallerIdentity is not one AWS gives: HTTP 200 with an empty body'), {
        name: 'MalformedResponse',
      }),
      'eu-west-1',
      HOST,
    );
    expect(error.code).toBe('CP_AWS_FAILED');
    expect(error.exitCode).toBe(ExitCode.lowCoverage);
    expect(error.message).toContain(`The first AWS call failed at ${HOST} (sts:GetCallerIdentity answered MalformedResponse`);
  });
});
