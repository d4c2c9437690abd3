import {
  CreateLoadBalancerCommand,
  CreateLoadBalancerPolicyCommand,
  ElasticLoadBalancingClient,
  SetLoadBalancerPoliciesOfListenerCommand,
  type PolicyAttribute,
} from '@aws-sdk/client-elastic-load-balancing';
import type { ClientFactory } from '../../collect/clients.ts';
import type { SeededAccount } from '../../demo/seed/definition.ts';
import { seededNetwork } from '../../demo/seed/network.ts';
import { seededCertificate } from '../../demo/seed/certificate-ref.ts';
import type { ElbListenerDefinition, ElbLoadBalancerDefinition } from './types.ts';

function policyAttributes(policy: NonNullable<ElbListenerDefinition['policy']>): PolicyAttribute[] {
  if ('reference' in policy) return [{ AttributeName: 'Reference-Security-Policy', AttributeValue: policy.reference }];
  return Object.entries(policy.protocols).map(([protocol, on]) => ({ AttributeName: `Protocol-${protocol}`, AttributeValue: String(on) }));
}

export async function seedElb(clients: ClientFactory, seeded: SeededAccount, definition: ElbLoadBalancerDefinition[]): Promise<void> {
  for (const lb of definition) {
    const client = clients.get('elb', ElasticLoadBalancingClient, seeded.account, lb.region);
    const internal = lb.scheme === 'internal';
    const placement = internal
      ? { Scheme: 'internal', Subnets: (await seededNetwork(clients, seeded.account, lb.region)).subnets }
      : { AvailabilityZones: [`${lb.region}a`] };
    const tags = Object.entries(lb.tags ?? {}).map(([Key, Value]) => ({ Key, Value }));
    await client.send(
      new CreateLoadBalancerCommand({
        LoadBalancerName: lb.name,
        ...placement,
        Listeners: lb.listeners.map((l) => ({
          Protocol: l.protocol,
          LoadBalancerPort: l.port,
          InstanceProtocol: l.protocol === 'HTTPS' ? 'HTTP' : l.protocol === 'SSL' ? 'TCP' : l.protocol,
          InstancePort: 80,
          ...(l.certificate === undefined ? {} : { SSLCertificateId: seededCertificate(seeded, lb.region, l.certificate) }),
        })),
        ...(tags.length === 0 ? {} : { Tags: tags }),
      }),
    );
    for (const l of lb.listeners) {
      if (l.policy === undefined) continue;
      const name = `${lb.name}-${l.port}-ssl`;
      await client.send(
        new CreateLoadBalancerPolicyCommand({
          LoadBalancerName: lb.name,
          PolicyName: name,
          PolicyTypeName: 'SSLNegotiationPolicyType',
          PolicyAttributes: policyAttributes(l.policy),
        }),
      );
      await client.send(
        new SetLoadBalancerPoliciesOfListenerCommand({ LoadBalancerName: lb.name, LoadBalancerPort: l.port, PolicyNames: [name] }),
      );
    }
  }
}
