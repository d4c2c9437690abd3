/**
 * What Classic Load Balancers add to the graph, at the type level (checked against its
 * declaration, `index.ts`): its node types' attributes, the kinds of its edges, and its part
 * of an account definition.
 */
import type { TlsEndpointAttributes, TlsVersion } from '../../graph/attributes.ts';

export interface ElbTypes {
  name: 'elb';
  nodes: { 'elb.load-balancer': ElbLoadBalancerAttributes; 'elb.listener': ElbListenerAttributes };
  edges: { 'uses-certificate': true };
  seed: ElbLoadBalancerDefinition[];
}

/**
 * A Classic Load Balancer (`elb.load-balancer`, id: the documented ARN form
 * `arn:<partition>:elasticloadbalancing:<region>:<account>:loadbalancer/<name>`, which the API
 * does not return), from `DescribeLoadBalancers`.
 */
export type ElbLoadBalancerAttributes = {
  loadBalancerName: string;
  /** `internet-facing` or `internal`. */
  scheme?: string;
  internetFacing?: boolean;
  dnsName?: string;
  vpcId?: string;
  createdAt?: string;
  /** Listeners by protocol: HTTPS and SSL terminate TLS, HTTP and TCP do not. */
  tlsListeners?: number;
  plaintextListeners?: number;
};

/**
 * A listener of a Classic Load Balancer (`elb.listener`, id:
 * `<load balancer ARN>/listener/<port>`, a synthetic ARN of the same shape; named
 * `<load balancer name>:<port>`), a TLS endpoint. The listener is part of the
 * `DescribeLoadBalancers` answer; the SSL negotiation policy of an HTTPS or SSL listener
 * comes from `DescribeLoadBalancerPolicies`.
 */
export type ElbListenerAttributes = TlsEndpointAttributes & {
  loadBalancerName: string;
  loadBalancerArn: string;
  scheme?: string;
  /** HTTPS or SSL: the listener terminates TLS. */
  tls?: boolean;
  /** The protocol to the instances (emulators echo the front-end protocol here: not used by the rules). */
  instanceProtocol?: string;
  instancePort?: number;
  /** HTTPS and SSL listeners of the same load balancer (a plaintext listener beside one may be a redirect). */
  loadBalancerTlsListeners?: number;
  /** The policies attached to the listener, as listed. */
  policyNames?: string[];
  /** The SSL negotiation policy among them; null when the listener has none (or no TLS). */
  sslNegotiationPolicy?: string | null;
  /** The predefined policy it references (`Reference-Security-Policy`); null when it references none (a custom policy) or without TLS. */
  referenceSecurityPolicy?: string | null;
  /** The TLS protocols the policy enables, oldest first; null without TLS; absent when unknown. */
  tlsProtocols?: TlsVersion[] | null;
  /** `policy-attributes` (its `Protocol-*` attributes) or `documented` (the referenced policy, from the documented table); null without TLS. */
  tlsPolicySource?: 'policy-attributes' | 'documented' | null;
  /** The certificate of an HTTPS or SSL listener (`SSLCertificateId`: an ACM or IAM server certificate ARN); null without TLS. */
  certificateArn?: string | null;
};

// The service's part of an emulator account definition (`fixtures/demo/account.json`).

export interface ElbLoadBalancerDefinition {
  name: string;
  region: string;
  /** Default `internet-facing`. */
  scheme?: 'internet-facing' | 'internal';
  listeners: ElbListenerDefinition[];
  tags?: Record<string, string>;
}

export interface ElbListenerDefinition {
  protocol: 'HTTP' | 'HTTPS' | 'TCP' | 'SSL';
  port: number;
  /** `@ref` of a declared ACM certificate, or an ARN (an IAM server certificate's). */
  certificate?: string;
  /** An SSL negotiation policy for the listener: a predefined policy it references, or its own protocols. */
  policy?: { reference: string } | { protocols: Partial<Record<'SSLv3' | 'TLSv1' | 'TLSv1.1' | 'TLSv1.2', boolean>> };
}
