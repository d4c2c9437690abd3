/**
 * IAM wildcard patterns (`*` any run of characters, `?` one character), as used in
 * `Action`, `Resource` and the `...Like` condition operators: matching, containment
 * (does one pattern match everything another matches) and overlap.
 *
 * Patterns come from policies that other people write, so nothing here backtracks or builds
 * a regular expression. A pattern is its pieces between `*`s: the first must fit at the
 * start, the last at the end, and each middle piece at its leftmost place after the one
 * before (every `*` between two pieces absorbs the gap, so the leftmost place leaves the most
 * room for the rest). That takes at most |pattern| x |subject| character comparisons, and
 * linear time on the usual inputs. Containment and overlap are the same walk with another
 * rule for which characters fit, so they are polynomial too.
 */
import { spend } from './budget.ts';

const STAR = 42;
const QUESTION = 63;

export function hasWildcard(value: string): boolean {
  return value.includes('*') || value.includes('?');
}

/** Whether a pattern character (never `*`) fits a subject character. */
type Fits = (pattern: number, subject: number) => boolean;

/** Concrete subject: `?` fits any character. */
const fitsValue: Fits = (p, s) => p === QUESTION || p === s;
/** Subject that is itself a pattern, to be covered: its `*` fits no piece, its `?` only a `?`. */
const fitsCovered: Fits = (p, s) => s !== STAR && (p === QUESTION || (s !== QUESTION && p === s));
/** Subject that is a pattern without `*`, to overlap with: a `?` on either side fits anything. */
const fitsOverlap: Fits = (p, s) => p === QUESTION || s === QUESTION || p === s;

function fold(value: string, ignoreCase: boolean): string {
  return ignoreCase ? value.toLowerCase() : value;
}

function pieceAt(piece: string, subject: string, at: number, fits: Fits): boolean {
  for (let k = 0; k < piece.length; k++) if (!fits(piece.charCodeAt(k), subject.charCodeAt(at + k))) return false;
  return true;
}

/** The leftmost offset in [from, last] where `piece` fits `subject`, or -1. */
function findPiece(piece: string, subject: string, from: number, last: number, fits: Fits): number {
  if (fits === fitsValue && !piece.includes('?')) {
    const at = subject.indexOf(piece, from);
    return at !== -1 && at <= last ? at : -1;
  }
  for (let at = from; at <= last; at++) {
    spend(piece.length);
    if (pieceAt(piece, subject, at, fits)) return at;
  }
  return -1;
}

const piecesCache = new Map<string, string[]>();

function piecesOf(pattern: string): string[] {
  let pieces = piecesCache.get(pattern);
  if (pieces === undefined) {
    pieces = pattern.split('*');
    if (piecesCache.size >= 10_000) piecesCache.clear();
    piecesCache.set(pattern, pieces);
  }
  return pieces;
}

/** Whether `pattern` (with `*`) can produce `subject`, character by character under `fits`. */
function piecesFit(pattern: string, subject: string, fits: Fits): boolean {
  spend(pattern.length + subject.length);
  const pieces = piecesOf(pattern);
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  if (pieces.length === 1) return pattern.length === subject.length && pieceAt(pattern, subject, 0, fits);
  if (first.length + last.length > subject.length) return false;
  const end = subject.length - last.length;
  if (!pieceAt(first, subject, 0, fits) || !pieceAt(last, subject, end, fits)) return false;
  let at = first.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const piece = pieces[i]!;
    const found = findPiece(piece, subject, at, end - piece.length, fits);
    if (found === -1) return false;
    at = found + piece.length;
  }
  return true;
}

/** Whether `pattern` matches the concrete string `value`. */
export function globMatch(pattern: string, value: string, ignoreCase: boolean): boolean {
  const p = fold(pattern, ignoreCase);
  const v = fold(value, ignoreCase);
  return hasWildcard(p) ? piecesFit(p, v, fitsValue) : p === v;
}

/**
 * Whether every string matched by `inner` is matched by `outer`: `inner`'s `*` must be
 * absorbed by a `*` of `outer`, its `?` by a `?` or `*`.
 */
export function globCovers(outer: string, inner: string, ignoreCase: boolean): boolean {
  if (outer === '*' || outer === inner) return true;
  if (!hasWildcard(inner)) return globMatch(outer, inner, ignoreCase);
  if (!hasWildcard(outer)) return false;
  return piecesFit(fold(outer, ignoreCase), fold(inner, ignoreCase), fitsCovered);
}

/** Whether the pieces before the first `*` (and, reversed, after the last) agree where both have a character. */
function endsAgree(a: string, b: string, fromEnd: boolean): boolean {
  const pa = fromEnd ? a.slice(a.lastIndexOf('*') + 1) : a.slice(0, a.indexOf('*'));
  const pb = fromEnd ? b.slice(b.lastIndexOf('*') + 1) : b.slice(0, b.indexOf('*'));
  const n = Math.min(pa.length, pb.length);
  for (let k = 0; k < n; k++) {
    const x = fromEnd ? pa.charCodeAt(pa.length - 1 - k) : pa.charCodeAt(k);
    const y = fromEnd ? pb.charCodeAt(pb.length - 1 - k) : pb.charCodeAt(k);
    if (!fitsOverlap(x, y)) return false;
  }
  return true;
}

/** Whether some string is matched by both patterns. */
export function globsIntersect(a: string, b: string, ignoreCase: boolean): boolean {
  if (a === '*' || b === '*' || a === b) return true;
  if (!hasWildcard(a)) return globMatch(b, a, ignoreCase);
  if (!hasWildcard(b)) return globMatch(a, b, ignoreCase);
  const p = fold(a, ignoreCase);
  const q = fold(b, ignoreCase);
  const pStar = p.includes('*');
  const qStar = q.includes('*');
  // Both with a `*`: a common string is the merged first pieces, every middle piece of one
  // and then of the other, and the merged last pieces; so only the ends must agree.
  if (pStar && qStar) return endsAgree(p, q, false) && endsAgree(p, q, true);
  if (!pStar && !qStar) return p.length === q.length && pieceAt(p, q, 0, fitsOverlap);
  return pStar ? piecesFit(p, q, fitsOverlap) : piecesFit(q, p, fitsOverlap);
}
