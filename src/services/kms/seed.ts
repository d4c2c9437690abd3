import {
  CreateAliasCommand,
  CreateGrantCommand,
  CreateKeyCommand,
  DisableKeyCommand,
  EnableKeyRotationCommand,
  PutKeyPolicyCommand,
  ReplicateKeyCommand,
  ScheduleKeyDeletionCommand,
  type KeySpec,
  type KeyUsageType,
  type OriginType,
  KMSClient,
} from '@aws-sdk/client-kms';
import type { ClientFactory } from '../../collect/clients.ts';
import { fillPlaceholders, type SeededAccount } from '../../demo/seed/definition.ts';
import type { KeyDefinition } from './types.ts';

export async function seedKeys(clients: ClientFactory, seeded: SeededAccount, keys: readonly KeyDefinition[]): Promise<void> {
  for (const key of keys) {
    const kms = clients.get('kms', KMSClient, seeded.account, key.region);
    const spec = key.keySpec ?? 'SYMMETRIC_DEFAULT';
    const usage =
      key.keyUsage ?? (spec.startsWith('HMAC_') ? 'GENERATE_VERIFY_MAC' : spec === 'SYMMETRIC_DEFAULT' ? 'ENCRYPT_DECRYPT' : 'SIGN_VERIFY');
    const vars = { account: seeded.account, region: key.region, keys: seeded.keys };
    const created = await kms.send(
      new CreateKeyCommand({
        Description: key.description,
        KeySpec: spec as KeySpec,
        KeyUsage: usage as KeyUsageType,
        Origin: (key.origin ?? 'AWS_KMS') as OriginType,
        MultiRegion: key.multiRegion ?? false,
        ...(key.policy ? { Policy: JSON.stringify(fillPlaceholders(key.policy, vars)) } : {}),
        Tags: Object.entries(key.tags ?? {}).map(([TagKey, TagValue]) => ({ TagKey, TagValue })),
      }),
    );
    const arn = created.KeyMetadata?.Arn as string;
    const keyId = created.KeyMetadata?.KeyId as string;
    seeded.keys.set(key.ref, arn);
    for (const alias of key.aliases ?? []) await kms.send(new CreateAliasCommand({ AliasName: alias, TargetKeyId: keyId }));
    if (key.rotation) {
      const period = typeof key.rotation === 'object' ? key.rotation.periodInDays : undefined;
      await kms.send(new EnableKeyRotationCommand({ KeyId: keyId, ...(period === undefined ? {} : { RotationPeriodInDays: period }) }));
    }
    for (const grant of key.grants ?? []) {
      const g = fillPlaceholders(grant, vars);
      await kms.send(
        new CreateGrantCommand({
          KeyId: keyId,
          GranteePrincipal: g.grantee,
          Operations: g.operations as never,
          ...(g.retiring ? { RetiringPrincipal: g.retiring } : {}),
          ...(g.name ? { Name: g.name } : {}),
          ...(g.encryptionContextSubset ? { Constraints: { EncryptionContextSubset: g.encryptionContextSubset } } : {}),
        }),
      );
    }
    for (const region of key.replicaRegions ?? []) {
      const replica = await kms.send(new ReplicateKeyCommand({ KeyId: keyId, ReplicaRegion: region }));
      const replicaArn = replica.ReplicaKeyMetadata?.Arn as string;
      seeded.keys.set(`${key.ref}@${region}`, replicaArn);
      if (key.replicaPolicy) {
        const policy = JSON.stringify(fillPlaceholders(key.replicaPolicy, { ...vars, region }));
        await clients
          .get('kms', KMSClient, seeded.account, region)
          .send(new PutKeyPolicyCommand({ KeyId: replicaArn, PolicyName: 'default', Policy: policy }));
      }
    }
    if (key.state === 'Disabled') await kms.send(new DisableKeyCommand({ KeyId: keyId }));
    if (key.state === 'PendingDeletion') await kms.send(new ScheduleKeyDeletionCommand({ KeyId: keyId, PendingWindowInDays: 7 }));
  }
}
