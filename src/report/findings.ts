/**
 * A plain-text summary of an evaluation for the terminal: counts by status and by
 * severity, then every failing finding, most severe first. Pure: returns the text.
 */
import { failuresAtOrAbove } from '../engine/evaluate.ts';
import { SEVERITIES, type Evaluation } from '../engine/types.ts';
import type { TextStyle } from './inventory.ts';

const plain: TextStyle = { bold: (s) => s, dim: (s) => s, red: (s) => s, yellow: (s) => s, green: (s) => s };

export function renderFindings(evaluation: Evaluation, style: TextStyle = plain): string {
  const s = evaluation.summary;
  const lines: string[] = [];
  lines.push(style.bold(`Findings (${evaluation.rules.length} rules, ${evaluation.results.length} evaluations)`));
  lines.push(
    `  ${s.byStatus.fail} failed, ${s.byStatus.error} errors, ${s.byStatus.unknown} unknown, ${s.byStatus.pass} passed, ${s.byStatus.not_applicable} not applicable`,
  );
  const bySeverity = [...SEVERITIES]
    .reverse()
    .map((sev) => `${sev} ${s.failuresBySeverity[sev]}`)
    .join(', ');
  lines.push(`  failures by severity: ${bySeverity}`);
  const failures = failuresAtOrAbove(evaluation, 'info');
  if (failures.length === 0) lines.push(style.green('  No failing finding.'));
  for (const r of failures) {
    const sev = r.severity.toUpperCase().padEnd(8);
    const colored = r.severity === 'critical' || r.severity === 'high' ? style.red(sev) : r.severity === 'medium' ? style.yellow(sev) : sev;
    lines.push(`  ${colored} ${r.ruleId.padEnd(11)} ${r.resource.id}`);
    lines.push(`           ${r.status === 'error' ? style.red('error: ') : ''}${r.message}`);
  }
  return `${lines.join('\n')}\n`;
}
