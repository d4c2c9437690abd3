export { analyzePolicy, type TrustSettings } from './analyze.ts';
export { inferPolicyKind } from './kind.ts';
export { looksLikePolicy, parsePolicy, type PolicyKind } from './document.ts';
export { enforcesSecureTransport } from './secure-transport.ts';
export { explainPolicy, type ExampleRequest } from './example.ts';
