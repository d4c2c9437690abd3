import { describe, expect, it } from 'vitest';
import { seedAccount } from '../../../src/demo/seed/index.ts';
import { ConfigError } from '../../../src/errors.ts';
import { CannedAws } from '../../support/canned-aws.ts';

describe('seeding EBS and RDS definitions', () => {
  it('names the JSON path of a snapshot whose volume is not declared', async () => {
    const aws = new CannedAws({});
    const seeding = seedAccount(aws.clients(), { ebs: { snapshots: [{ ref: 's', volume: 'missing' }] } });
    await expect(seeding).rejects.toBeInstanceOf(ConfigError);
    await expect(seeding).rejects.toMatchObject({
      problems: [{ pointer: '/ebs/snapshots/0/volume', message: 'names no volume declared in /ebs/volumes: "missing"' }],
    });
    expect(aws.calls).toEqual([]);
  });

  it('names the JSON path of a DB snapshot that names neither or an unknown instance', async () => {
    const aws = new CannedAws({});
    await expect(seedAccount(aws.clients(), { rds: { snapshots: [{ id: 'x' }] } })).rejects.toMatchObject({
      problems: [{ pointer: '/rds/snapshots/0', message: 'names exactly one of "instance" and "cluster"' }],
    });
    await expect(seedAccount(aws.clients(), { rds: { snapshots: [{ id: 'x', instance: 'nope' }] } })).rejects.toMatchObject({
      problems: [{ pointer: '/rds/snapshots/0/instance', message: 'names no instance declared in /rds/instances: "nope"' }],
    });
    await expect(
      seedAccount(aws.clients(), { rds: { instances: [{ id: 'member', region: 'eu-west-1', cluster: 'ghost' }] } }),
    ).rejects.toMatchObject({ problems: [{ pointer: '/rds/instances/0/cluster' }] });
    expect(aws.calls).toEqual([]);
  });
});
