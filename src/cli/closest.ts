/** "Did you mean": the known names closest to a mistyped one, by edit distance. */

/**
 * Edit distance with transpositions (optimal string alignment): an insertion, a deletion,
 * a substitution or a swap of two neighbours counts one, as most typos do.
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row[j] = d;
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/** Up to `max` names closest to `typed` (nearest first, then alphabetical). */
export function closestNames(typed: string, known: readonly string[], max = 3): string[] {
  return known
    .map((name) => ({ name, d: editDistance(typed, name) }))
    .sort((x, y) => x.d - y.d || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))
    .slice(0, max)
    .map((x) => x.name);
}
