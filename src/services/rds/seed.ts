import {
  CreateDBClusterCommand,
  CreateDBClusterParameterGroupCommand,
  CreateDBParameterGroupCommand,
  ModifyDBClusterParameterGroupCommand,
  ModifyDBParameterGroupCommand,
  CreateDBClusterSnapshotCommand,
  CreateDBInstanceCommand,
  CreateDBSnapshotCommand,
  ModifyDBClusterSnapshotAttributeCommand,
  ModifyDBSnapshotAttributeCommand,
  type Tag,
  RDSClient,
} from '@aws-sdk/client-rds';
import { ConfigError } from '../../errors.ts';
import type { ClientFactory } from '../../collect/clients.ts';
import { fillPlaceholders, type SeededAccount } from '../../demo/seed/definition.ts';
import type { DbClusterDefinition, DbParameterGroupDefinition, RdsDefinition } from './types.ts';

/** Credentials of the seeded databases: the emulator stores them and nothing connects. */
const MASTER = { MasterUsername: 'seed_admin', MasterUserPassword: 'seed-password-1' };

function tagList(tags: Record<string, string> | undefined): Tag[] {
  return Object.entries(tags ?? {}).map(([Key, Value]) => ({ Key, Value }));
}

function encryption(seeded: SeededAccount, region: string, d: { storageEncrypted?: boolean; kmsKey?: string }) {
  const key = fillPlaceholders(d.kmsKey, { account: seeded.account, region, keys: seeded.keys });
  return { StorageEncrypted: d.storageEncrypted ?? key !== undefined, ...(key === undefined ? {} : { KmsKeyId: key }) };
}

export async function seedRds(clients: ClientFactory, seeded: SeededAccount, definition: RdsDefinition): Promise<void> {
  const rds = (region: string) => clients.get('rds', RDSClient, seeded.account, region);
  const result = { instances: new Map<string, string>(), clusters: new Map<string, string>(), snapshots: new Map<string, string>() };
  seeded.rds = result;
  const clusters = new Map<string, DbClusterDefinition>();
  const instanceRegions = new Map<string, string>();
  const fail = (pointer: string, message: string) => new ConfigError('the account definition', [{ pointer, message }]);

  const parameters = (g: DbParameterGroupDefinition) =>
    Object.entries(g.parameters ?? {}).map(([ParameterName, ParameterValue]) => ({
      ParameterName,
      ParameterValue,
      ApplyMethod: 'immediate' as const,
    }));
  for (const g of definition.parameterGroups ?? []) {
    const client = rds(g.region);
    await client.send(
      new CreateDBParameterGroupCommand({ DBParameterGroupName: g.name, DBParameterGroupFamily: g.family, Description: g.name }),
    );
    if (g.parameters) await client.send(new ModifyDBParameterGroupCommand({ DBParameterGroupName: g.name, Parameters: parameters(g) }));
  }
  for (const g of definition.clusterParameterGroups ?? []) {
    const client = rds(g.region);
    await client.send(
      new CreateDBClusterParameterGroupCommand({
        DBClusterParameterGroupName: g.name,
        DBParameterGroupFamily: g.family,
        Description: g.name,
      }),
    );
    if (g.parameters) {
      await client.send(new ModifyDBClusterParameterGroupCommand({ DBClusterParameterGroupName: g.name, Parameters: parameters(g) }));
    }
  }

  for (const c of definition.clusters ?? []) {
    const created = await rds(c.region).send(
      new CreateDBClusterCommand({
        DBClusterIdentifier: c.id,
        Engine: c.engine ?? 'aurora-postgresql',
        ...(c.engineVersion === undefined ? {} : { EngineVersion: c.engineVersion }),
        ...(c.parameterGroup === undefined ? {} : { DBClusterParameterGroupName: c.parameterGroup }),
        ...MASTER,
        ...encryption(seeded, c.region, c),
        Tags: tagList(c.tags),
      }),
    );
    clusters.set(c.id, c);
    result.clusters.set(c.id, created.DBCluster?.DBClusterArn as string);
  }

  for (const [index, i] of (definition.instances ?? []).entries()) {
    const cluster = i.cluster === undefined ? undefined : clusters.get(i.cluster);
    if (i.cluster !== undefined && (!cluster || cluster.region !== i.region)) {
      throw fail(
        `/rds/instances/${index}/cluster`,
        `names no cluster declared in /rds/clusters in ${i.region}: ${JSON.stringify(i.cluster)}`,
      );
    }
    const created = await rds(i.region).send(
      new CreateDBInstanceCommand({
        DBInstanceIdentifier: i.id,
        DBInstanceClass: i.instanceClass ?? 'db.t3.micro',
        Engine: i.engine ?? cluster?.engine ?? (cluster ? 'aurora-postgresql' : 'postgres'),
        ...(cluster
          ? { DBClusterIdentifier: cluster.id }
          : { AllocatedStorage: i.allocatedStorageGiB ?? 20, ...MASTER, ...encryption(seeded, i.region, i) }),
        ...(i.publiclyAccessible === undefined ? {} : { PubliclyAccessible: i.publiclyAccessible }),
        ...(i.engineVersion === undefined ? {} : { EngineVersion: i.engineVersion }),
        ...(i.parameterGroup === undefined ? {} : { DBParameterGroupName: i.parameterGroup }),
        ...(i.caCertificate === undefined ? {} : { CACertificateIdentifier: i.caCertificate }),
        Tags: tagList(i.tags),
      }),
    );
    instanceRegions.set(i.id, i.region);
    result.instances.set(i.id, created.DBInstance?.DBInstanceArn as string);
  }

  for (const [index, s] of (definition.snapshots ?? []).entries()) {
    const restore = [...(s.public ? ['all'] : []), ...fillPlaceholders(s.sharedWith ?? [], { account: seeded.account })];
    if ((s.instance === undefined) === (s.cluster === undefined)) {
      throw fail(`/rds/snapshots/${index}`, 'names exactly one of "instance" and "cluster"');
    }
    if (s.instance !== undefined) {
      const region = instanceRegions.get(s.instance);
      if (region === undefined)
        throw fail(`/rds/snapshots/${index}/instance`, `names no instance declared in /rds/instances: ${JSON.stringify(s.instance)}`);
      const created = await rds(region).send(new CreateDBSnapshotCommand({ DBSnapshotIdentifier: s.id, DBInstanceIdentifier: s.instance }));
      if (restore.length > 0) {
        await rds(region).send(
          new ModifyDBSnapshotAttributeCommand({ DBSnapshotIdentifier: s.id, AttributeName: 'restore', ValuesToAdd: restore }),
        );
      }
      result.snapshots.set(s.id, created.DBSnapshot?.DBSnapshotArn as string);
    } else {
      const cluster = clusters.get(s.cluster as string);
      if (!cluster)
        throw fail(`/rds/snapshots/${index}/cluster`, `names no cluster declared in /rds/clusters: ${JSON.stringify(s.cluster)}`);
      const created = await rds(cluster.region).send(
        new CreateDBClusterSnapshotCommand({ DBClusterSnapshotIdentifier: s.id, DBClusterIdentifier: cluster.id }),
      );
      if (restore.length > 0) {
        await rds(cluster.region).send(
          new ModifyDBClusterSnapshotAttributeCommand({
            DBClusterSnapshotIdentifier: s.id,
            AttributeName: 'restore',
            ValuesToAdd: restore,
          }),
        );
      }
      result.snapshots.set(s.id, created.DBClusterSnapshot?.DBClusterSnapshotArn as string);
    }
  }
}
