/**
 * The Node.js versions the published CLI supports (package.json `engines`; a test keeps the
 * two equal). Checked by the entry file before anything else loads, so that an older Node
 * prints one line instead of the SDK's warnings or a syntax error. No imports: it must load
 * on any Node.
 */
export const MINIMUM_NODE = '22.18.0';

/** True when `version` (e.g. "22.18.0", "v24.1.2") is at least `minimum`. */
export function nodeVersionAtLeast(version: string, minimum: string = MINIMUM_NODE): boolean {
  const parts = (v: string) =>
    v
      .replace(/^v/, '')
      .split('.')
      .map((n) => Number.parseInt(n, 10) || 0);
  const have = parts(version);
  const need = parts(minimum);
  for (let i = 0; i < need.length; i++) {
    const h = have[i] ?? 0;
    const n = need[i] ?? 0;
    if (h !== n) return h > n;
  }
  return true;
}

/** The one line an unsupported Node prints, or undefined when this Node is supported. */
export function unsupportedNodeMessage(version: string): string | undefined {
  return nodeVersionAtLeast(version)
    ? undefined
    : `cryptoposture needs Node.js ${MINIMUM_NODE} or later; this is Node.js ${version.replace(/^v/, '')}.`;
}
