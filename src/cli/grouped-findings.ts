/**
 * The stdout view of failures that fits a real account: one group per rule (and severity),
 * most severe first, with the count and the first few resources, "and N more". A scan with
 * 10,000 failures prints a screen or two; `--details` prints every failure instead
 * (renderFindings). Pure: returns the text. Resource ids and messages come from the scanned
 * account, so they pass through terminalSafe.
 */
import { failuresAtOrAbove, SEVERITIES, severityRank, type Evaluation, type RuleResult, type Severity } from '../engine/index.ts';
import type { TextStyle } from '../report/inventory.ts';
import { terminalSafe } from '../text/terminal-safe.ts';

const plain: TextStyle = { bold: (s) => s, dim: (s) => s, red: (s) => s, yellow: (s) => s, green: (s) => s };

export interface FindingGroup {
  ruleId: string;
  title: string;
  severity: Severity;
  results: RuleResult[];
}

/** Failures and errors grouped by rule and effective severity, most severe first, then by count, then rule id. */
export function groupFailures(evaluation: Evaluation): FindingGroup[] {
  const titles = new Map(evaluation.rules.map((r) => [r.id, r.title]));
  const groups = new Map<string, FindingGroup>();
  for (const r of failuresAtOrAbove(evaluation, 'info')) {
    const key = `${r.ruleId}\u0000${r.severity}`;
    let group = groups.get(key);
    if (!group) {
      group = { ruleId: r.ruleId, title: titles.get(r.ruleId) ?? '', severity: r.severity, results: [] };
      groups.set(key, group);
    }
    group.results.push(r);
  }
  return [...groups.values()].sort(
    (a, b) =>
      severityRank(b.severity) - severityRank(a.severity) ||
      b.results.length - a.results.length ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}

export function renderGroupedFindings(evaluation: Evaluation, style: TextStyle = plain, options: { shown?: number } = {}): string {
  const shown = options.shown ?? 3;
  const s = evaluation.summary;
  const lines: string[] = [];
  lines.push(style.bold(`Findings (${evaluation.rules.length} rules, ${evaluation.results.length} evaluations)`));
  lines.push(
    `  ${s.byStatus.fail} failed, ${s.byStatus.error} errors, ${s.byStatus.unknown} unknown, ${s.byStatus.pass} passed, ${s.byStatus.not_applicable} not applicable`,
  );
  const groups = groupFailures(evaluation);
  if (groups.length === 0) lines.push(style.green('  No failing finding.'));
  else lines.push(`  failures by rule, most severe first (--details lists every one):`);
  for (const g of groups) {
    const sev = g.severity.toUpperCase().padEnd(8);
    const colored = g.severity === 'critical' || g.severity === 'high' ? style.red(sev) : g.severity === 'medium' ? style.yellow(sev) : sev;
    const count = `${g.results.length} ${g.results.length === 1 ? 'resource' : 'resources'}`;
    lines.push(`  ${colored} ${g.ruleId.padEnd(11)} ${count.padEnd(14)} ${terminalSafe(g.title)}`);
    for (const r of g.results.slice(0, shown)) {
      const marks = [r.baselineState === 'new' ? style.yellow('[new]') : '', r.suppression ? style.dim('[suppressed]') : ''].filter(
        (m) => m,
      );
      const error = r.status === 'error' ? ` ${style.red('(rule error)')}` : '';
      lines.push(`           ${terminalSafe(r.resource.id)}${error}${marks.length > 0 ? ` ${marks.join(' ')}` : ''}`);
    }
    if (g.results.length > shown) lines.push(style.dim(`           and ${g.results.length - shown} more`));
  }
  return `${lines.join('\n')}\n`;
}

/** The closing lines: failures by severity (most severe first) and the unknowns. */
export function renderSeverityCounts(evaluation: Evaluation): string {
  const s = evaluation.summary;
  const total = SEVERITIES.reduce((n, sev) => n + s.failuresBySeverity[sev], 0);
  const bySeverity = [...SEVERITIES]
    .reverse()
    .map((sev) => `${s.failuresBySeverity[sev]} ${sev}`)
    .join(', ');
  return `${total} ${total === 1 ? 'failure' : 'failures'} (${bySeverity}), ${s.byStatus.unknown} unknown, ${s.byStatus.pass} passed`;
}
