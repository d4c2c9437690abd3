import {
  AddListenerCertificatesCommand,
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  CreateTargetGroupCommand,
  ElasticLoadBalancingV2Client,
  type Action,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import type { ClientFactory } from '../../collect/clients.ts';
import type { SeededAccount } from '../../demo/seed/definition.ts';
import { seededCertificate } from '../../demo/seed/certificate-ref.ts';
import { seededNetwork } from '../../demo/seed/network.ts';
import type { Elbv2Definition, Elbv2ListenerDefinition } from './types.ts';

function defaultAction(l: Elbv2ListenerDefinition, targetGroupArn: string): Action {
  if (l.action === 'redirect-https')
    return { Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' } };
  if (l.action === 'fixed-response')
    return { Type: 'fixed-response', FixedResponseConfig: { StatusCode: '200', ContentType: 'text/plain' } };
  return { Type: 'forward', TargetGroupArn: targetGroupArn };
}

export async function seedElbv2(clients: ClientFactory, seeded: SeededAccount, definition: Elbv2Definition): Promise<void> {
  for (const lb of definition.loadBalancers ?? []) {
    const elb = clients.get('elbv2', ElasticLoadBalancingV2Client, seeded.account, lb.region);
    const net = await seededNetwork(clients, seeded.account, lb.region);
    const type = lb.type ?? 'application';
    const tags = Object.entries(lb.tags ?? {}).map(([Key, Value]) => ({ Key, Value }));
    const created = await elb.send(
      new CreateLoadBalancerCommand({
        Name: lb.name,
        Type: type,
        Scheme: lb.scheme ?? 'internet-facing',
        Subnets: net.subnets,
        ...(tags.length === 0 ? {} : { Tags: tags }),
      }),
    );
    const lbArn = created.LoadBalancers?.[0]?.LoadBalancerArn ?? '';
    for (const l of lb.listeners) {
      const group = await elb.send(
        new CreateTargetGroupCommand({
          Name: `${lb.name}-${l.port}`.slice(0, 32),
          Protocol: type === 'network' ? (l.protocol === 'UDP' ? 'UDP' : 'TCP') : 'HTTP',
          Port: 80,
          VpcId: net.vpcId,
        }),
      );
      const certificate = l.certificate === undefined ? undefined : seededCertificate(seeded, lb.region, l.certificate);
      const listener = await elb.send(
        new CreateListenerCommand({
          LoadBalancerArn: lbArn,
          Protocol: l.protocol,
          Port: l.port,
          ...(l.sslPolicy === undefined ? {} : { SslPolicy: l.sslPolicy }),
          ...(certificate === undefined ? {} : { Certificates: [{ CertificateArn: certificate }] }),
          DefaultActions: [defaultAction(l, group.TargetGroups?.[0]?.TargetGroupArn ?? '')],
        }),
      );
      const sni = (l.sniCertificates ?? []).map((c) => ({ CertificateArn: seededCertificate(seeded, lb.region, c) }));
      if (sni.length > 0) {
        await elb.send(new AddListenerCertificatesCommand({ ListenerArn: listener.Listeners?.[0]?.ListenerArn ?? '', Certificates: sni }));
      }
    }
  }
}
