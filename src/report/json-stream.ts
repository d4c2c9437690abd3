/**
 * JSON written in pieces, so that a document of hundreds of thousands of results is never
 * one string (V8 caps a string at about 512 MiB; well before that, it is memory). An array
 * wrapped in `streamed()` may be any iterable, read once and never held whole. The text is
 * that of `JSON.stringify(value, null, indent)`, except that each element of a streamed
 * array is written on one line of its own, without inner indentation: a third smaller and
 * twice as fast to write, and a changed result is one changed line in a diff.
 */

const STREAMED = Symbol('streamed');

/** An array whose elements are produced while it is written. */
export interface StreamedArray {
  readonly [STREAMED]: Iterable<unknown>;
}

export function streamed(items: Iterable<unknown>): StreamedArray {
  return { [STREAMED]: items };
}

function isStreamed(value: unknown): value is StreamedArray {
  return typeof value === 'object' && value !== null && STREAMED in value;
}

/** Whether `value` or anything under it (in plain objects and arrays) is streamed. */
function holdsStreamed(value: unknown): boolean {
  if (isStreamed(value)) return true;
  if (Array.isArray(value)) return value.some(holdsStreamed);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(holdsStreamed);
  return false;
}

/** Properties JSON.stringify leaves out of an object. */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/**
 * The pieces of the text of `value` (plain data: objects, arrays, strings, numbers, booleans,
 * null); the elements of a streamed array are plain data too, each written on one line.
 */
export function* jsonChunks(value: unknown, indent = 2, depth = 0): Generator<string> {
  if (!holdsStreamed(value)) {
    yield plain(value, indent, depth);
    return;
  }
  const pad = (d: number) => (indent > 0 ? `\n${' '.repeat(indent * d)}` : '');
  const colon = indent > 0 ? ': ' : ':';
  if (isStreamed(value) || Array.isArray(value)) {
    // A streamed array's elements are plain; an ordinary array may hold streamed parts deeper down.
    const items: Iterable<unknown> = isStreamed(value) ? value[STREAMED] : value;
    let first = true;
    for (const item of items) {
      // As JSON.stringify does, an element it cannot write is null.
      const element = omitted(item) ? null : item;
      const open = `${first ? '[' : ','}${pad(depth + 1)}`;
      first = false;
      if (isStreamed(value)) {
        yield `${open}${JSON.stringify(element)}`;
      } else {
        yield open;
        yield* jsonChunks(element, indent, depth + 1);
      }
    }
    yield first ? '[]' : `${pad(depth)}]`;
    return;
  }
  let first = true;
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if (omitted(item)) continue;
    yield `${first ? '{' : ','}${pad(depth + 1)}${JSON.stringify(key)}${colon}`;
    first = false;
    yield* jsonChunks(item, indent, depth + 1);
  }
  yield first ? '{}' : `${pad(depth)}}`;
}

/** One value without streamed parts, indented as if it stood at `depth`. */
function plain(value: unknown, indent: number, depth: number): string {
  const text = JSON.stringify(value, null, indent);
  return indent > 0 && depth > 0 ? text.replaceAll('\n', `\n${' '.repeat(indent * depth)}`) : text;
}

/** Joins the pieces of a report into one string (for small reports, tests and the Lambda functions' S3 objects). */
export function joinChunks(chunks: Iterable<string>): string {
  let text = '';
  for (const chunk of chunks) text += chunk;
  return text;
}
