/**
 * What Elastic Load Balancing v2 (Application and Network Load Balancers) adds to the graph,
 * at the type level (checked against its declaration, `index.ts`): its node types'
 * attributes, the kinds of its edges, and its part of an account definition.
 */
import type { TlsEndpointAttributes, TlsVersion } from '../../graph/attributes.ts';

export interface Elbv2Types {
  name: 'elbv2';
  nodes: { 'elbv2.load-balancer': Elbv2LoadBalancerAttributes; 'elbv2.listener': Elbv2ListenerAttributes };
  edges: { 'uses-certificate': true };
  seed: Elbv2Definition;
}

/**
 * An Application, Network or Gateway Load Balancer (`elbv2.load-balancer`, id: its ARN), from
 * `DescribeLoadBalancers`. Its listeners are the TLS endpoints.
 */
export type Elbv2LoadBalancerAttributes = {
  loadBalancerName: string;
  /** `application`, `network` or `gateway`, as `Type` says (not read from the ARN: emulators put `/app/` in every ARN). */
  type?: string;
  /** `internet-facing` or `internal`. */
  scheme?: string;
  internetFacing?: boolean;
  dnsName?: string;
  /** `active`, `provisioning`, `active_impaired`, `failed`. */
  state?: string;
  vpcId?: string;
  /** `ipv4`, `dualstack`, `dualstack-without-public-ipv4`. */
  ipAddressType?: string;
  createdAt?: string;
  /** Listeners read by `DescribeListeners` (absent when that call failed; gateway load balancers' listeners are not read). */
  listenerCount?: number;
};

/** One default action of a listener, as `DescribeListeners` gives it. */
export type Elbv2ListenerAction = {
  /** `forward`, `redirect`, `fixed-response`, `authenticate-oidc`, `authenticate-cognito`. */
  type: string;
  order?: number;
  /** `redirect`: the protocol, port and status code of the redirect (`#{protocol}` keeps the request's). */
  redirectProtocol?: string;
  redirectPort?: string;
  redirectStatusCode?: string;
  /** `fixed-response`: the status code served. */
  fixedResponseStatusCode?: string;
  /** `forward`: the target groups (one, or the weighted ones). */
  targetGroupArns?: string[];
};

/**
 * A listener of an Application or Network Load Balancer (`elbv2.listener`, id: the listener
 * ARN; named `<load balancer name>:<port>`), a TLS endpoint. `DescribeListeners` gives its
 * protocol, default actions, policy and default certificate; `DescribeListenerCertificates`
 * (HTTPS and TLS listeners only) its additional (SNI) certificates.
 */
export type Elbv2ListenerAttributes = TlsEndpointAttributes & {
  loadBalancerArn: string;
  loadBalancerName: string;
  /** The load balancer's `Type` (`application`, `network`). */
  loadBalancerType?: string;
  /** The load balancer's `Scheme`. */
  scheme?: string;
  /** HTTPS or TLS: the listener terminates TLS. */
  tls?: boolean;
  defaultActions?: Elbv2ListenerAction[];
  /**
   * An HTTP listener whose first default action redirects to HTTPS; null for listeners that
   * are not HTTP (an HTTPS listener has nothing to redirect).
   */
  redirectsToHttps?: boolean | null;
  /**
   * The TLS protocols the security policy accepts (oldest first), from the documented policy
   * table or `DescribeSSLPolicies`; null without TLS; absent when the policy is unknown.
   */
  tlsProtocols?: TlsVersion[] | null;
  /** Where the protocols came from: `documented` (the checked-in table) or `DescribeSSLPolicies`; null without TLS. */
  tlsPolicySource?: 'documented' | 'DescribeSSLPolicies' | null;
  /** The default certificate (an ACM or IAM server certificate ARN); null without TLS. */
  defaultCertificateArn?: string | null;
  /** Every certificate the listener presents (default first, then the SNI ones), each once; [] without TLS. */
  certificateArns?: string[];
  /** `HTTP2Preferred`, `HTTP2Only`, ... (TLS listeners of Network Load Balancers); null when none. */
  alpnPolicy?: string | null;
};

// The service's part of an emulator account definition (`fixtures/demo/account.json`).

export interface Elbv2Definition {
  loadBalancers?: Elbv2LoadBalancerDefinition[];
}

export interface Elbv2LoadBalancerDefinition {
  name: string;
  region: string;
  /** Default `application`. */
  type?: 'application' | 'network';
  /** Default `internet-facing`. */
  scheme?: 'internet-facing' | 'internal';
  listeners: Elbv2ListenerDefinition[];
  tags?: Record<string, string>;
}

export interface Elbv2ListenerDefinition {
  /** `HTTP`, `HTTPS` (application); `TCP`, `TLS`, `UDP` (network). */
  protocol: 'HTTP' | 'HTTPS' | 'TCP' | 'TLS' | 'UDP';
  port: number;
  /** The security policy of an HTTPS or TLS listener. */
  sslPolicy?: string;
  /** The default certificate: `@ref` of a declared ACM certificate, or an ARN. */
  certificate?: string;
  /** Additional (SNI) certificates, as `certificate`. */
  sniCertificates?: string[];
  /** Default `forward` (to a target group made for the listener). */
  action?: 'forward' | 'redirect-https' | 'fixed-response';
}
