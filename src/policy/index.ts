export { type TrustSettings } from './analyze.ts';
export { analyzePolicy, POLICY_LIMITS } from './limits.ts';
export { inferPolicyKind } from './kind.ts';
export { looksLikePolicy, parsePolicy, type PolicyKind } from './document.ts';
export { enforcesSecureTransport } from './secure-transport.ts';
export { explainPolicy, type ExampleRequest } from './example.ts';
