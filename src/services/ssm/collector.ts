/**
 * SSM Parameter Store, per region: one paged `DescribeParameters`, filtered on
 * `Type=SecureString` at the largest page size, gives every SecureString parameter's key;
 * there is no detail phase. Values are never read.
 */
import { DescribeParametersCommand, SSMClient } from '@aws-sdk/client-ssm';
import { phasedCollector, type CollectContext, type Collector, type Listing } from '../../collect/collector.ts';
import { date, listing, num, obj, str } from '../../collect/responses.ts';
import { PAGE_SIZES, ssm } from './index.ts';
import { mapParameter } from './map.ts';

/** Only SecureString parameters are encrypted with a KMS key. */
const SECURE_STRINGS = [{ Key: 'Type', Option: 'Equals', Values: ['SecureString'] }];

export const ssmCollector: Collector = phasedCollector({
  service: ssm.name,
  scope: ssm.scope,
  responses: {
    'ssm:DescribeParameters': listing(
      'Parameters',
      obj({ Name: str, ARN: str, Type: str, KeyId: str, Version: num, LastModifiedDate: date }, ['Name']),
      { NextToken: str },
    ),
  },
  list: listParameters,
});

async function listParameters(ctx: CollectContext): Promise<Listing> {
  const scope = { partition: ctx.partition, account: ctx.account, region: ctx.region };
  const listed = await ctx.paginate(ctx.client(SSMClient), {
    command: (token) =>
      new DescribeParametersCommand({
        ParameterFilters: SECURE_STRINGS,
        MaxResults: PAGE_SIZES.parameters,
        ...(token === undefined ? {} : { NextToken: token }),
      }),
    next: (p) => p.NextToken,
    items: (p) => p.Parameters,
  });
  // A listing that failed part-way keeps the parameters of the pages it read (its gap covers the rest).
  let parameters = 0;
  for (const parameter of listed.value) {
    // The filter is the API's: a parameter it lets through with another type is not encrypted, and not collected.
    if (parameter.Name === undefined || (parameter.Type !== undefined && parameter.Type !== 'SecureString')) continue;
    ctx.add(mapParameter(scope, { ...parameter, Name: parameter.Name }));
    parameters++;
  }
  return { census: { service: 'ssm', parameters }, details: async () => {} };
}
