import { CreateRoleCommand, GetRoleCommand, IAMClient, NoSuchEntityException } from '@aws-sdk/client-iam';
import { CreateFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import type { ClientFactory } from '../../collect/clients.ts';
import { fillPlaceholders, type SeededAccount } from '../../demo/seed/definition.ts';
import type { FunctionDefinition } from './types.ts';

/** The execution role every seeded function names (the emulator refuses a role that does not exist). */
const ROLE_NAME = 'cryptoposture-seeded-function';
const TRUST_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});

/** A zip archive holding one empty file `index.py` (the emulator stores the code; nothing runs it). */
const EMPTY_ZIP = Buffer.from(
  'UEsDBBQAAAAAAAAAIQAAAAAAAAAAAAAAAAAIAAAAaW5kZXgucHlQSwECFAMUAAAAAAAAACEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAgAEAAAAAaW5kZXgucHlQSwUGAAAAAAEAAQA2AAAAJgAAAAAA',
  'base64',
);

export async function seedFunctions(
  clients: ClientFactory,
  seeded: SeededAccount,
  functions: readonly FunctionDefinition[],
): Promise<void> {
  if (functions.length === 0) return;
  const role = await executionRole(clients.get('iam', IAMClient, seeded.account, functions[0]!.region));
  for (const definition of functions) {
    const f = fillPlaceholders(definition, { account: seeded.account, region: definition.region, keys: seeded.keys });
    await clients.get('lambda', LambdaClient, seeded.account, f.region).send(
      new CreateFunctionCommand({
        FunctionName: f.name,
        Runtime: 'python3.12',
        Role: role,
        Handler: 'index.handler',
        Code: { ZipFile: EMPTY_ZIP },
        ...(f.kmsKey === undefined ? {} : { KMSKeyArn: f.kmsKey }),
        ...(f.environment === undefined ? {} : { Environment: { Variables: f.environment } }),
        ...(f.tags === undefined ? {} : { Tags: f.tags }),
      }),
    );
  }
}

/** The ARN of the seeded execution role, created once per account. */
async function executionRole(iam: IAMClient): Promise<string> {
  try {
    const existing = await iam.send(new GetRoleCommand({ RoleName: ROLE_NAME }));
    if (existing.Role?.Arn) return existing.Role.Arn;
  } catch (error) {
    if (!(error instanceof NoSuchEntityException)) throw error;
  }
  const created = await iam.send(new CreateRoleCommand({ RoleName: ROLE_NAME, AssumeRolePolicyDocument: TRUST_POLICY }));
  return created.Role!.Arn!;
}
