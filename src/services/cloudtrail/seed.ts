import {
  CreateTrailCommand,
  PutEventSelectorsCommand,
  StartLoggingCommand,
  type AdvancedEventSelector,
  type EventSelector,
  CloudTrailClient,
} from '@aws-sdk/client-cloudtrail';
import { CreateBucketCommand, type BucketLocationConstraint, S3Client } from '@aws-sdk/client-s3';
import { errorCode } from '../../collect/aws-errors.ts';
import type { ClientFactory } from '../../collect/clients.ts';
import { fillPlaceholders, type SeededAccount } from '../../demo/seed/definition.ts';
import type { TrailDefinition } from './types.ts';

/**
 * Creates the bucket a trail delivers to, unless this account already has it. Only what a
 * trail needs to be created: a bucket in the trail's home region, nothing else.
 */
async function ensureBucket(clients: ClientFactory, account: string, region: string, bucket: string): Promise<void> {
  const s3 = clients.get('s3', S3Client, account, region);
  try {
    await s3.send(
      new CreateBucketCommand({
        Bucket: bucket,
        // us-east-1 is the default location and must not be named.
        ...(region === 'us-east-1' ? {} : { CreateBucketConfiguration: { LocationConstraint: region as BucketLocationConstraint } }),
      }),
    );
  } catch (error) {
    if (errorCode(error) !== 'BucketAlreadyOwnedByYou') throw error;
  }
}

function basicSelectors(t: TrailDefinition): EventSelector[] | undefined {
  return t.eventSelectors?.map((s) => ({
    ReadWriteType: s.readWriteType ?? 'All',
    IncludeManagementEvents: s.includeManagementEvents ?? true,
    ...(s.excludeManagementEventSources ? { ExcludeManagementEventSources: s.excludeManagementEventSources } : {}),
  }));
}

function advancedSelectors(t: TrailDefinition): AdvancedEventSelector[] | undefined {
  return t.advancedEventSelectors?.map((s) => ({
    ...(s.name ? { Name: s.name } : {}),
    FieldSelectors: s.fieldSelectors.map((f) => ({
      Field: f.field,
      ...(f.equals ? { Equals: f.equals } : {}),
      ...(f.notEquals ? { NotEquals: f.notEquals } : {}),
      ...(f.startsWith ? { StartsWith: f.startsWith } : {}),
      ...(f.notStartsWith ? { NotStartsWith: f.notStartsWith } : {}),
      ...(f.endsWith ? { EndsWith: f.endsWith } : {}),
      ...(f.notEndsWith ? { NotEndsWith: f.notEndsWith } : {}),
    })),
  }));
}

export async function seedTrails(clients: ClientFactory, seeded: SeededAccount, trails: readonly TrailDefinition[]): Promise<void> {
  for (const definition of trails) {
    const t = fillPlaceholders(definition, { account: seeded.account, region: definition.region, keys: seeded.keys });
    if (t.eventSelectors && t.advancedEventSelectors) {
      throw new Error(`trail ${t.name}: a trail has basic or advanced event selectors, not both`);
    }
    await ensureBucket(clients, seeded.account, t.region, t.bucket);
    const cloudtrail = clients.get('cloudtrail', CloudTrailClient, seeded.account, t.region);
    const tags = Object.entries(t.tags ?? {}).map(([Key, Value]) => ({ Key, Value }));
    const created = await cloudtrail.send(
      new CreateTrailCommand({
        Name: t.name,
        S3BucketName: t.bucket,
        IsMultiRegionTrail: t.multiRegion ?? false,
        EnableLogFileValidation: t.logFileValidation ?? false,
        ...(t.kmsKey ? { KmsKeyId: t.kmsKey } : {}),
        ...(tags.length > 0 ? { TagsList: tags } : {}),
      }),
    );
    const arn = created.TrailARN;
    if (arn === undefined) throw new Error(`CloudTrail returned no ARN for trail ${t.name}`);
    seeded.trails.set(t.name, arn);
    const basic = basicSelectors(t);
    const advanced = advancedSelectors(t);
    if (basic || advanced) {
      await cloudtrail.send(
        new PutEventSelectorsCommand({
          TrailName: t.name,
          ...(basic ? { EventSelectors: basic } : {}),
          ...(advanced ? { AdvancedEventSelectors: advanced } : {}),
        }),
      );
    }
    // A new trail does not log until it is started.
    if (t.logging ?? true) await cloudtrail.send(new StartLoggingCommand({ Name: t.name }));
  }
}
