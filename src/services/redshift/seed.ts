import { CreateClusterCommand, CreateClusterParameterGroupCommand, RedshiftClient } from '@aws-sdk/client-redshift';
import type { ClientFactory } from '../../collect/clients.ts';
import { fillPlaceholders, type SeededAccount } from '../../demo/seed/definition.ts';
import type { RedshiftClusterDefinition } from './types.ts';

/** The parameter group family of every Redshift engine version today (Management Guide, "Amazon Redshift parameter groups"). */
const FAMILY = 'redshift-1.0';

export async function seedRedshift(clients: ClientFactory, seeded: SeededAccount, clusters: RedshiftClusterDefinition[]): Promise<void> {
  const created = new Set<string>();
  for (const c of clusters) {
    const vars = { account: seeded.account, region: c.region, keys: seeded.keys };
    const key = fillPlaceholders(c.kmsKey, vars);
    const client = clients.get('redshift', RedshiftClient, seeded.account, c.region);
    if (c.parameterGroup !== undefined && !created.has(`${c.region} ${c.parameterGroup}`)) {
      await client.send(
        new CreateClusterParameterGroupCommand({
          ParameterGroupName: c.parameterGroup,
          ParameterGroupFamily: FAMILY,
          Description: c.parameterGroup,
        }),
      );
      created.add(`${c.region} ${c.parameterGroup}`);
    }
    const tags = Object.entries(fillPlaceholders(c.tags, vars) ?? {}).map(([Key, Value]) => ({ Key, Value }));
    await client.send(
      new CreateClusterCommand({
        ClusterIdentifier: c.name,
        NodeType: 'ra3.large',
        ClusterType: 'single-node',
        MasterUsername: 'admin',
        MasterUserPassword: 'Seeded-Passw0rd',
        Encrypted: c.encrypted ?? key !== undefined,
        ...(key === undefined ? {} : { KmsKeyId: key }),
        ...(c.parameterGroup === undefined ? {} : { ClusterParameterGroupName: c.parameterGroup }),
        ...(tags.length === 0 ? {} : { Tags: tags }),
      }),
    );
  }
}
