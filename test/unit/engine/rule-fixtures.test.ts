/**
 * The table-driven test of the built-in pack: every fixture case of every rule
 * (fixtures/rules/<rule id>/*.json) must give its expected outcome; every rule must have a
 * pass and a fail case; no case may duplicate another.
 */
import { describe, expect, it } from 'vitest';
import { loadBuiltInRules } from '../../../src/engine/load.ts';
import { runFixtures } from '../../../src/engine/fixtures.ts';
import { resourcePath } from '../../../src/resources.ts';

const rules = loadBuiltInRules();
const report = runFixtures(rules, resourcePath('fixtures/rules'));

describe('built-in rule fixtures', () => {
  it('has a valid fixture set: a pass and a fail case per rule, no invalid fixture, no duplicate case', () => {
    expect(report.problems).toEqual([]);
  });

  it('covers every rule', () => {
    expect(new Set(report.cases.map((c) => c.rule))).toEqual(new Set(rules.map((r) => r.id)));
  });

  it.each(
    report.cases.map(
      (c) => [`${c.rule} ${c.file.split('/').pop()} ${c.node}: ${c.expected.status}${c.why ? ` (${c.why})` : ''}`, c] as const,
    ),
  )('%s', (_name, c) => {
    expect({ status: c.actual.status, severity: c.actual.severity, message: c.actual.message, error: c.actual.error }).toMatchObject({
      status: c.expected.status,
      ...(c.expected.severity ? { severity: c.expected.severity } : {}),
      ...(c.expected.message ? { message: c.expected.message } : {}),
    });
  });
});
