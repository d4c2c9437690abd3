export { type TrustSettings } from './analyze.ts';
export { analyzePolicy, POLICY_LIMITS } from './limits.ts';
export { looksLikePolicy, parsePolicy, type PolicyKind } from './document.ts';
export { enforcesSecureTransport } from './secure-transport.ts';
