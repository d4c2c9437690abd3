/**
 * AWS Lambda, per region: one paged `ListFunctions` (50 functions a page, the most AWS
 * answers) gives every function's environment-variable key; there is no detail phase. The
 * answer holds the environment variables' values: only their number is mapped.
 */
import { LambdaClient, ListFunctionsCommand } from '@aws-sdk/client-lambda';
import { phasedCollector, type CollectContext, type Collector, type Listing } from '../../collect/collector.ts';
import { listing, obj, str } from '../../collect/responses.ts';
import { PAGE_SIZES, lambda } from './index.ts';
import { mapFunction, type LambdaScope } from './map.ts';

export const lambdaCollector: Collector = phasedCollector({
  service: lambda.name,
  scope: lambda.scope,
  responses: {
    'lambda:ListFunctions': listing(
      'Functions',
      obj(
        {
          FunctionName: str,
          FunctionArn: str,
          KMSKeyArn: str,
          Environment: obj({ Variables: { type: 'object' }, Error: obj({ ErrorCode: str }) }),
          PackageType: str,
          Runtime: str,
          LastModified: str,
        },
        ['FunctionArn'],
      ),
      { NextMarker: str },
    ),
  },
  list: listFunctions,
});

async function listFunctions(ctx: CollectContext): Promise<Listing> {
  const scope: LambdaScope = { partition: ctx.partition, account: ctx.account, region: ctx.region };
  const listed = await ctx.paginate(ctx.client(LambdaClient), {
    command: (marker) => new ListFunctionsCommand({ MaxItems: PAGE_SIZES.functions, ...(marker === undefined ? {} : { Marker: marker }) }),
    next: (p) => p.NextMarker,
    items: (p) => p.Functions,
  });
  // A listing that failed part-way keeps the functions of the pages it read (its gap covers the rest).
  let functions = 0;
  for (const f of listed.value) {
    if (f.FunctionArn === undefined) continue;
    ctx.add(mapFunction(scope, { ...f, FunctionArn: f.FunctionArn }));
    functions++;
  }
  return { census: { service: 'lambda', functions }, details: async () => {} };
}
