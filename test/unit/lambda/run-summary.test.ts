import { describe, expect, it } from 'vitest';
import { RunTally, failureMessage, zeroCounts, type AccountRunSummary } from '../../../src/lambda/run-summary.ts';

const summary = (account: string, extra: Partial<AccountRunSummary> = {}): AccountRunSummary => ({
  account,
  complete: true,
  unreachable: false,
  gaps: 0,
  failures: { ...zeroCounts(), high: 2 },
  newFindings: { ...zeroCounts(), critical: 1 },
  report: `runs/r/accounts/${account}/report.html`,
  sarif: `runs/r/accounts/${account}/results.sarif`,
  ...extra,
});

describe('the run tally', () => {
  it('adds up the summaries and counts missing and unreachable accounts as failed', () => {
    const tally = new RunTally(['a', 'b', 'c', 'd']);
    tally.add(summary('a'));
    tally.add(summary('b', { complete: false, unreachable: true, gaps: 1, failures: zeroCounts(), newFindings: zeroCounts() }));
    tally.add(summary('c', { complete: false, gaps: 3 }));
    const totals = tally.totals(10);
    expect(totals).toEqual({
      expected: 4,
      scanned: 3,
      complete: 1,
      failedAccounts: ['b', 'd'],
      failedPercentage: 50,
      toleratedFailurePercentage: 10,
      thresholdExceeded: true,
      failures: { ...zeroCounts(), high: 4 },
      newFindings: { ...zeroCounts(), critical: 2 },
      gaps: 4,
    });
    expect(failureMessage(totals)).toBe('2 of 4 accounts failed (50%, more than the tolerated 10%): b, d');
  });

  it('fails only above the threshold: exactly at it is tolerated', () => {
    const tally = new RunTally(['a', 'b']);
    tally.add(summary('a'));
    expect(tally.totals(50)).toMatchObject({ failedPercentage: 50, thresholdExceeded: false });
    expect(tally.totals(49)).toMatchObject({ thresholdExceeded: true });
  });

  it('lists at most 100 failed accounts in the message, and says how many more', () => {
    const ids = Array.from({ length: 150 }, (_, i) => String(100_000_000_000 + i));
    const totals = new RunTally(ids).totals(10);
    const message = failureMessage(totals);
    expect(message).toContain('150 of 150 accounts failed (100%');
    expect(message).toContain(`${ids[99]} and 50 more (see summary.json)`);
    expect(message).not.toContain(ids[100]!);
  });
});
