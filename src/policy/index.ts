export { analyzePolicy, type TrustSettings } from './analyze.ts';
export { looksLikePolicy, parsePolicy, type PolicyKind } from './document.ts';
export { enforcesSecureTransport } from './secure-transport.ts';
