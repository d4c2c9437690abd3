import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { abortsWith, borrowSignal, childSignal } from '../../../src/collect/signals.ts';

describe('stop signals', () => {
  it('lends signals that abort with their source, through one listener on it', () => {
    const scan = new AbortController();
    const loans = Array.from({ length: 50 }, () => borrowSignal(scan.signal));
    expect(getEventListeners(scan.signal, 'abort')).toHaveLength(1);
    loans[0]!.release();
    scan.abort(new Error('stop'));
    expect(loans[0]!.signal.aborted).toBe(false);
    expect(loans.slice(1).every((l) => l.signal.aborted && (l.signal.reason as Error).message === 'stop')).toBe(true);
  });

  it('lends a signal that aborts with either of two sources, and an aborted one when a source already is', () => {
    const scan = new AbortController();
    const task = new AbortController();
    const loan = borrowSignal(scan.signal, task.signal);
    task.abort(new Error('task'));
    expect((loan.signal.reason as Error).message).toBe('task');
    const late = borrowSignal(scan.signal, task.signal);
    expect(late.signal.aborted).toBe(true);
    expect((late.signal.reason as Error).message).toBe('task');
  });

  it("knows which signals abort with the scan's", () => {
    const scan = new AbortController().signal;
    const task = childSignal(scan);
    expect(abortsWith(childSignal(task), scan)).toBe(true);
    expect(abortsWith(scan, scan)).toBe(true);
    expect(abortsWith(new AbortController().signal, scan)).toBe(false);
  });
});
