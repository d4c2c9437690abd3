/**
 * IAM wildcard patterns (`*` any run of characters, `?` one character), as used in
 * `Action`, `Resource` and the `...Like` condition operators: matching, containment
 * (does one pattern match everything another matches) and overlap.
 */

const regexCache = new Map<string, RegExp>();

function toRegExp(pattern: string, ignoreCase: boolean): RegExp {
  const cacheKey = `${ignoreCase ? 'i' : 's'}${pattern}`;
  let re = regexCache.get(cacheKey);
  if (re === undefined) {
    const body = pattern.replace(/[.+^${}()|[\]\\*?]/g, (c) => (c === '*' ? '.*' : c === '?' ? '.' : `\\${c}`));
    re = new RegExp(`^${body}$`, ignoreCase ? 'is' : 's');
    if (regexCache.size > 10_000) regexCache.clear();
    regexCache.set(cacheKey, re);
  }
  return re;
}

export function hasWildcard(value: string): boolean {
  return value.includes('*') || value.includes('?');
}

/** Whether `pattern` matches the concrete string `value`. */
export function globMatch(pattern: string, value: string, ignoreCase: boolean): boolean {
  if (!hasWildcard(pattern)) return ignoreCase ? pattern.toLowerCase() === value.toLowerCase() : pattern === value;
  return toRegExp(pattern, ignoreCase).test(value);
}

function same(a: string, b: string, ignoreCase: boolean): boolean {
  return a === b || (ignoreCase && a.toLowerCase() === b.toLowerCase());
}

/**
 * Whether every string matched by `inner` is matched by `outer`: `inner`'s `*` must be
 * absorbed by a `*` of `outer`, its `?` by a `?` or `*`.
 */
export function globCovers(outer: string, inner: string, ignoreCase: boolean): boolean {
  if (outer === '*' || outer === inner) return true;
  if (!hasWildcard(inner)) return globMatch(outer, inner, ignoreCase);
  if (!hasWildcard(outer)) return false;
  const n = outer.length;
  const m = inner.length;
  // reach[j]: outer[0..i) can produce inner[0..j).
  let reach = new Uint8Array(m + 1);
  reach[0] = 1;
  for (let i = 0; i < n; i++) {
    const o = outer[i]!;
    const next = new Uint8Array(m + 1);
    if (o === '*') {
      let on = 0;
      for (let j = 0; j <= m; j++) {
        if (reach[j]) on = 1;
        if (on) next[j] = 1;
      }
    } else {
      for (let j = 0; j < m; j++) {
        if (!reach[j]) continue;
        const c = inner[j]!;
        if (c === '*') continue;
        if (o === '?' || (c !== '?' && same(o, c, ignoreCase))) next[j + 1] = 1;
      }
    }
    reach = next;
  }
  return reach[m] === 1;
}

/** Whether some string is matched by both patterns. */
export function globsIntersect(a: string, b: string, ignoreCase: boolean): boolean {
  if (a === '*' || b === '*' || a === b) return true;
  if (!hasWildcard(a)) return globMatch(b, a, ignoreCase);
  if (!hasWildcard(b)) return globMatch(a, b, ignoreCase);
  const n = a.length;
  const m = b.length;
  const seen = new Uint8Array((n + 1) * (m + 1));
  const stack: number[] = [0, 0];
  while (stack.length > 0) {
    const j = stack.pop()!;
    const i = stack.pop()!;
    const idx = i * (m + 1) + j;
    if (seen[idx]) continue;
    seen[idx] = 1;
    if (i === n && j === m) return true;
    const ca = a[i];
    const cb = b[j];
    if (ca === '*') {
      stack.push(i + 1, j);
      if (j < m) stack.push(i, j + 1);
    }
    if (cb === '*') {
      stack.push(i, j + 1);
      if (i < n) stack.push(i + 1, j);
    }
    if (ca !== undefined && cb !== undefined && ca !== '*' && cb !== '*') {
      if (ca === '?' || cb === '?' || same(ca, cb, ignoreCase)) stack.push(i + 1, j + 1);
    }
  }
  return false;
}
