import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinChunks, jsonChunks, streamed } from '../../../src/report/json-stream.ts';
import {
  buildOcsf,
  REPORT_FILES,
  renderJson,
  renderOcsf,
  renderOcsfJsonLines,
  writeReports,
  type ReportFormat,
} from '../../../src/report/index.ts';
import { demoInput } from '../../support/synthetic-report.ts';

const tempDir = () => mkdtempSync(join(tmpdir(), 'cp-write-'));

describe('jsonChunks', () => {
  it('without streamed parts is exactly JSON.stringify with two-space indentation', () => {
    const value = { a: 1, b: undefined, c: [1, { d: 'line\nbreak', e: null }], f: {}, g: [], h: 'x' };
    expect(joinChunks(jsonChunks(value))).toBe(JSON.stringify(value, null, 2));
  });

  it('writes a streamed array one element per line, anywhere in the document, read once', () => {
    let reads = 0;
    function* items() {
      reads++;
      yield { x: 1, y: [1, 2] };
      yield undefined;
      yield 'z';
    }
    const value = { a: { b: [1] }, s: streamed(items()), skipped: undefined, n: { t: streamed([]) }, list: [streamed([true])], z: 2 };
    const text = joinChunks(jsonChunks(value));
    expect(reads).toBe(1);
    expect(text).toBe(
      [
        '{',
        '  "a": {',
        '    "b": [',
        '      1',
        '    ]',
        '  },',
        '  "s": [',
        '    {"x":1,"y":[1,2]},',
        '    null,',
        '    "z"',
        '  ],',
        '  "n": {',
        '    "t": []',
        '  },',
        '  "list": [',
        '    [',
        '      true',
        '    ]',
        '  ],',
        '  "z": 2',
        '}',
      ].join('\n'),
    );
    expect(JSON.parse(text)).toEqual({ a: { b: [1] }, s: [{ x: 1, y: [1, 2] }, null, 'z'], n: { t: [] }, list: [[true]], z: 2 });
  });
});

describe('OCSF as JSON Lines', () => {
  it('holds the same events as findings.ocsf.json, one per line', async () => {
    const input = await demoInput();
    const lines = renderOcsfJsonLines(input).split('\n');
    expect(lines.pop()).toBe('');
    const events = buildOcsf(input);
    expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual(events);
    expect(JSON.parse(renderOcsf(input))).toEqual(events);
    expect(REPORT_FILES['ocsf-jsonl'].file).toBe('findings.ocsf.jsonl');
  });
});

describe('OCSF JSON Lines made from findings.ocsf.json of the same run', () => {
  it('is the file a rendering would write, for events and for none', async () => {
    const input = await demoInput();
    const dir = tempDir();
    const result = await writeReports(input, ['ocsf-jsonl', 'ocsf'], dir);
    expect(result.failed).toEqual([]);
    expect(readFileSync(join(dir, 'findings.ocsf.jsonl'), 'utf8')).toBe(renderOcsfJsonLines(input));
    const none = { ...input, evaluation: { ...input.evaluation, results: [] } };
    const empty = tempDir();
    await writeReports(none, ['ocsf', 'ocsf-jsonl'], empty);
    expect(readFileSync(join(empty, 'findings.ocsf.json'), 'utf8')).toBe('[]\n');
    expect(readFileSync(join(empty, 'findings.ocsf.jsonl'), 'utf8')).toBe('');
  });

  it('is rendered on its own when findings.ocsf.json failed', async () => {
    const input = await demoInput();
    const dir = tempDir();
    mkdirSync(join(dir, 'findings.ocsf.json'));
    const result = await writeReports(input, ['ocsf', 'ocsf-jsonl'], dir);
    expect(result.failed.map((f) => f.file)).toEqual(['findings.ocsf.json']);
    expect(readFileSync(join(dir, 'findings.ocsf.jsonl'), 'utf8')).toBe(renderOcsfJsonLines(input));
  });
});

describe('writeReports', () => {
  const formats: ReportFormat[] = ['sarif', 'json', 'junit', 'ocsf-jsonl'];

  it('a reporter that fails midway leaves no file of its own, not even an older one, and the others are written', async () => {
    const input = await demoInput();
    const dir = tempDir();
    writeFileSync(join(dir, 'junit.xml'), 'from an earlier run');
    const failure = new Error('forced reporter failure');
    const result = await writeReports(input, formats, dir, {
      outputs: (format, i, o) =>
        format === 'junit'
          ? [
              {
                file: 'junit.xml',
                chunks: function* () {
                  yield '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>';
                  throw failure;
                },
              },
            ]
          : REPORT_FILES[format].outputs(i, o),
    });
    expect(result.failed).toEqual([{ format: 'junit', file: 'junit.xml', error: failure }]);
    expect(result.written.map((w) => w.file)).toEqual(['results.sarif', 'findings.json', 'findings.ocsf.jsonl']);
    expect(readdirSync(dir).sort()).toEqual(['findings.json', 'findings.ocsf.jsonl', 'results.sarif']);
    expect(readFileSync(join(dir, 'findings.json'), 'utf8')).toBe(renderJson(input));
    for (const w of result.written) expect(w.bytes).toBe(readFileSync(w.path).length);
  });

  it('a format whose outputs cannot even be named fails alone', async () => {
    const input = await demoInput();
    const dir = tempDir();
    const result = await writeReports(input, ['json', 'sarif'], dir, {
      outputs: (format, i, o) => {
        if (format === 'sarif') throw new Error('no accounts');
        return REPORT_FILES[format].outputs(i, o);
      },
    });
    expect(result.failed.map((f) => [f.format, f.file])).toEqual([['sarif', 'results.sarif']]);
    expect(readdirSync(dir)).toEqual(['findings.json']);
  });

  it('a file that cannot be written (a folder in its place) is a failure of its format only', async () => {
    const input = await demoInput();
    const dir = tempDir();
    mkdirSync(join(dir, 'findings.json'));
    const result = await writeReports(input, formats, dir);
    expect(result.failed.map((f) => [f.format, (f.error as NodeJS.ErrnoException).code])).toEqual([['json', 'EISDIR']]);
    expect(result.written.map((w) => w.file)).toEqual(['results.sarif', 'junit.xml', 'findings.ocsf.jsonl']);
    expect(readdirSync(dir).sort()).toEqual(['findings.json', 'findings.ocsf.jsonl', 'junit.xml', 'results.sarif']);
  });
});
