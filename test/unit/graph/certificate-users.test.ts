/** Who presents a certificate: edges from the endpoints' configuration, completed by ACM's InUseBy. */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/graph/build.ts';
import { IN_USE_BY_FIELD } from '../../../src/graph/certificate-users.ts';
import { certificateEdge } from '../../../src/services/certificate-edge.ts';
import { OWNER, collected, node } from '../../support/graph-builders.ts';

const certArn = (n: number) => `arn:aws:acm:eu-west-1:${OWNER}:certificate/0000000${n}-aaaa-bbbb-cccc-000000000000`;
const certificate = (n: number, inUseBy: string[]) =>
  node('acm.certificate', certArn(n), { status: 'ISSUED', inUse: inUseBy.length > 0, inUseBy });
const lbArn = `arn:aws:elasticloadbalancing:eu-west-1:${OWNER}:loadbalancer/app/shop/50dc6c495c0c9188`;
const loadBalancer = node('elbv2.load-balancer', lbArn, {
  loadBalancerName: 'shop',
  dnsName: 'shop-1.eu-west-1.elb.amazonaws.com',
  internetFacing: true,
});
const listener = (port: number) =>
  node('elbv2.listener', `arn:aws:elasticloadbalancing:eu-west-1:${OWNER}:listener/app/shop/50dc6c495c0c9188/${port}`, {
    loadBalancerArn: lbArn,
    loadBalancerName: 'shop',
    protocol: 'HTTPS',
    port,
  });
const usesCertificate = (from: string, n: number) => certificateEdge(from, 'Certificates[].CertificateArn', certArn(n))!;

const presenters = (graph: ReturnType<typeof buildGraph>, n: number) =>
  graph
    .incoming(certArn(n), 'uses-certificate')
    .map((e) => `${e.from.split('/').slice(-2).join('/')} <- ${e.via?.field}`)
    .sort();

describe('certificate users', () => {
  it("links a listener from its own configuration when ACM's InUseBy is empty", () => {
    const l = listener(443);
    const graph = buildGraph(collected([certificate(1, []), loadBalancer, l], [usesCertificate(l.id, 1)]));
    expect(presenters(graph, 1)).toEqual(['50dc6c495c0c9188/443 <- Certificates[].CertificateArn']);
    expect(graph.node(certArn(1))?.attributes['presentedBy']).toBe(1);
  });

  it("links the resources ACM's InUseBy names when their configuration gave no edge: by ARN, and by DNS name", () => {
    const graph = buildGraph(collected([certificate(1, [lbArn]), certificate(2, ['SHOP-1.eu-west-1.elb.amazonaws.com']), loadBalancer]));
    expect(presenters(graph, 1)).toEqual([`shop/50dc6c495c0c9188 <- ${IN_USE_BY_FIELD}`]);
    expect(presenters(graph, 2)).toHaveLength(1);
    expect(graph.node(certArn(2))?.attributes['presentedBy']).toBe(1);
  });

  it('adds no InUseBy edge for a load balancer whose listener already presents the certificate, nor for a user that was not collected', () => {
    const l = listener(443);
    const elsewhere = `arn:aws:cloudfront::${OWNER}:distribution/E1234567890`;
    const graph = buildGraph(collected([certificate(1, [lbArn, l.id, elsewhere]), loadBalancer, l], [usesCertificate(l.id, 1)]));
    expect(presenters(graph, 1)).toEqual(['50dc6c495c0c9188/443 <- Certificates[].CertificateArn']);
    expect(graph.node(certArn(1))?.attributes['presentedBy']).toBe(1);
  });

  it('counts nothing for a certificate no collected resource presents', () => {
    const graph = buildGraph(collected([certificate(1, [])]));
    expect(graph.node(certArn(1))?.attributes['presentedBy']).toBe(0);
  });
});
