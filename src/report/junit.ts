/**
 * JUnit XML for CI systems that read test reports: one test suite per rule, one test case
 * per rule x resource. A failure is `<failure>`, a rule error `<error>`; unknown, not
 * applicable and suppressed results are `<skipped>` with the reason.
 */
import type { RuleResult, RuleSummary } from '../engine/types.ts';
import type { ReportInput } from './input.ts';
import { joinChunks } from './json-stream.ts';

/** Escapes text for XML 1.0 element content and attribute values, dropping characters XML cannot hold. */
export function xmlEscape(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function attrs(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([k, v]) => ` ${k}="${xmlEscape(String(v))}"`)
    .join('');
}

function details(result: RuleResult, rule: RuleSummary | undefined): string {
  const lines = [
    result.message,
    `Resource: ${result.resource.name} (${result.resource.type}) ${result.resource.id}`,
    `Severity: ${result.severity}`,
  ];
  if (result.error) lines.push(`Error: ${result.error}`);
  if (rule) lines.push('', rule.rationale, '', `Remediation:\n${rule.remediation.cli}`);
  return lines.join('\n');
}

function testcase(result: RuleResult, rule: RuleSummary | undefined): string {
  const head = `    <testcase${attrs({ classname: result.ruleId, name: result.resource.id })}`;
  if (result.suppression) {
    return `${head}>\n      <skipped${attrs({ message: `suppressed: ${result.suppression.reason}` })}/>\n    </testcase>`;
  }
  switch (result.status) {
    case 'pass':
      return `${head}/>`;
    case 'fail':
      return `${head}>\n      <failure${attrs({ message: result.message, type: result.severity })}>${xmlEscape(details(result, rule))}</failure>\n    </testcase>`;
    case 'error':
      return `${head}>\n      <error${attrs({ message: result.message, type: 'rule-error' })}>${xmlEscape(details(result, rule))}</error>\n    </testcase>`;
    case 'unknown':
      return `${head}>\n      <skipped${attrs({ message: `could not be decided: ${result.message}` })}/>\n    </testcase>`;
    case 'not_applicable':
      return `${head}>\n      <skipped${attrs({ message: 'not applicable' })}/>\n    </testcase>`;
  }
}

/** The XML, written test case by test case (the counts come first, from one pass over the results). */
export function* junitChunks(input: ReportInput): Generator<string> {
  const { evaluation, snapshot } = input;
  const byRule = new Map<string, RuleResult[]>();
  for (const r of evaluation.results) {
    const list = byRule.get(r.ruleId) ?? [];
    list.push(r);
    byRule.set(r.ruleId, list);
  }
  const count = (list: RuleResult[]) => ({
    tests: list.length,
    failures: list.filter((r) => r.status === 'fail' && !r.suppression).length,
    errors: list.filter((r) => r.status === 'error' && !r.suppression).length,
    skipped: list.filter((r) => r.suppression || r.status === 'unknown' || r.status === 'not_applicable').length,
  });
  const total = count(evaluation.results);
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites${attrs({ name: `cryptoposture ${snapshot.scan.accounts.join(',')}`, ...total, time: 0 })}>\n`;
  for (const [i, rule] of evaluation.rules.entries()) {
    const list = byRule.get(rule.id) ?? [];
    yield (
      `${i > 0 ? '\n' : ''}  <testsuite${attrs({ name: `${rule.id} ${rule.title}`, ...count(list), time: 0, timestamp: snapshot.scan.startedAt })}>\n` +
      `    <properties>\n      <property${attrs({ name: 'severity', value: rule.severity })}/>\n      <property${attrs({ name: 'service', value: rule.service })}/>\n    </properties>\n`
    );
    for (const r of list) yield `${testcase(r, rule)}\n`;
    yield '  </testsuite>';
  }
  yield '\n</testsuites>\n';
}

export function renderJunit(input: ReportInput): string {
  return joinChunks(junitChunks(input));
}
