/**
 * The network that seeded load balancers stand in: one VPC with two subnets in two zones per
 * (account, region), made on first use.
 */
import { CreateSubnetCommand, CreateVpcCommand, EC2Client } from '@aws-sdk/client-ec2';
import type { ClientFactory } from '../../collect/clients.ts';

export interface SeededNetwork {
  vpcId: string;
  subnets: string[];
}

const made = new WeakMap<ClientFactory, Map<string, Promise<SeededNetwork>>>();

/** The seeded VPC of `region`, with a subnet in its zones `a` and `b`. */
export function seededNetwork(clients: ClientFactory, account: string, region: string): Promise<SeededNetwork> {
  const byRegion = made.get(clients) ?? new Map<string, Promise<SeededNetwork>>();
  made.set(clients, byRegion);
  const key = `${account} ${region}`;
  let network = byRegion.get(key);
  if (!network) {
    network = create(clients.get('ec2', EC2Client, account, region), region);
    byRegion.set(key, network);
  }
  return network;
}

async function create(ec2: EC2Client, region: string): Promise<SeededNetwork> {
  const vpc = await ec2.send(new CreateVpcCommand({ CidrBlock: '10.80.0.0/16' }));
  const vpcId = vpc.Vpc?.VpcId ?? '';
  const subnets: string[] = [];
  for (const [i, zone] of ['a', 'b'].entries()) {
    const subnet = await ec2.send(
      new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: `10.80.${i}.0/24`, AvailabilityZone: `${region}${zone}` }),
    );
    subnets.push(subnet.Subnet?.SubnetId ?? '');
  }
  return { vpcId, subnets };
}
