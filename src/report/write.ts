/**
 * Writes reports to a folder, each file on its own and as a stream: its pieces are joined
 * into blocks of about 1 MiB and written with backpressure, so a large account's report is
 * never held whole in memory. Each file is written under a temporary name and renamed when
 * complete; a format that fails (a reporter's exception, a file that cannot be written)
 * leaves no file of that name and does not stop the others: it is returned as a failure.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { orderedFormats, REPORT_FILES, type RenderOptions, type ReportFormat, type ReportOutput } from './formats.ts';
import type { ReportInput } from './input.ts';

export interface WrittenReport {
  format: ReportFormat;
  file: string;
  /** Absolute path of the file written. */
  path: string;
  bytes: number;
}

export interface FailedReport {
  format: ReportFormat;
  /** The file that was not written (the format's file when it failed before naming its files). */
  file: string;
  error: unknown;
}

export interface WriteReportsResult {
  written: WrittenReport[];
  failed: FailedReport[];
}

export interface WriteReportsOptions extends RenderOptions {
  /** Called when a file has been written (for progress, or to measure each format). */
  onWritten?: (report: WrittenReport) => void;
  /** The outputs of a format (default: REPORT_FILES; tests replace one to make it fail). */
  outputs?: (format: ReportFormat, input: ReportInput, options: RenderOptions) => ReportOutput[];
}

const BLOCK = 1 << 20;

/** What is written: a rendered output, or one made from another file (read as it is written). */
type WritableOutput = Omit<ReportOutput, 'chunks'> & { chunks: () => Iterable<string> | AsyncIterable<string> };

/** Joins small pieces into blocks of about `size` characters (fewer, larger writes). */
async function* blocks(chunks: Iterable<string> | AsyncIterable<string>, size = BLOCK): AsyncGenerator<string> {
  let block = '';
  for await (const chunk of chunks) {
    block += chunk;
    if (block.length >= size) {
      yield block;
      block = '';
    }
  }
  if (block !== '') yield block;
}

async function writeOutput(dir: string, output: WritableOutput): Promise<{ path: string; bytes: number }> {
  const path = join(dir, output.file);
  const partial = `${path}.partial-${process.pid}`;
  try {
    await pipeline(Readable.from(blocks(output.chunks()), { objectMode: false }), createWriteStream(partial));
    await rename(partial, path);
  } catch (e) {
    await rm(partial, { force: true });
    throw e;
  }
  return { path, bytes: (await stat(path)).size };
}

/** A format's file made from another format's file written in this run (see FormatSpec.derive), when there is one. */
function derived(format: ReportFormat, written: readonly WrittenReport[]): WritableOutput[] | undefined {
  const { file, derive } = REPORT_FILES[format];
  const source = derive && written.filter((w) => w.format === derive.from);
  if (!derive || source?.length !== 1) return undefined;
  const path = source[0]!.path;
  return [{ file, chunks: () => derive.chunks(createInterface({ input: createReadStream(path), crlfDelay: Infinity })) }];
}

/** Writes the chosen formats under `dir` (which exists), in the order of REPORT_FORMATS, each independently of the others. */
export async function writeReports(
  input: ReportInput,
  formats: readonly ReportFormat[],
  dir: string,
  options: WriteReportsOptions = {},
): Promise<WriteReportsResult> {
  const result: WriteReportsResult = { written: [], failed: [] };
  const outputsOf = options.outputs ?? ((format, i, o) => REPORT_FILES[format].outputs(i, o));
  for (const format of orderedFormats(formats)) {
    let outputs: WritableOutput[];
    try {
      outputs = derived(format, result.written) ?? outputsOf(format, input, options);
    } catch (error) {
      result.failed.push({ format, file: REPORT_FILES[format].file, error });
      continue;
    }
    for (const output of outputs) {
      try {
        const written = { format, file: output.file, ...(await writeOutput(dir, output)) };
        result.written.push(written);
        options.onWritten?.(written);
      } catch (error) {
        // A stale file of the same name from an earlier run must not pass for this run's report.
        await rm(join(dir, output.file), { force: true }).catch(() => undefined);
        result.failed.push({ format, file: output.file, error });
      }
    }
  }
  return result;
}
