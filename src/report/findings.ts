/**
 * A plain-text summary of an evaluation for the terminal: counts by status and by
 * severity, then every failing finding, most severe first. Pure: returns the text. Names,
 * messages and reasons come from the scanned account and files: each is made terminal-safe.
 */
import { failuresAtOrAbove } from '../engine/evaluate.ts';
import { SEVERITIES, type Evaluation } from '../engine/types.ts';
import { terminalSafe as safe } from '../text/terminal-safe.ts';
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
    const marks = [r.baselineState === 'new' ? style.yellow('[new]') : '', r.suppression ? style.dim('[suppressed]') : ''].filter(
      (m) => m !== '',
    );
    lines.push(`  ${colored} ${safe(r.ruleId).padEnd(11)} ${safe(r.resource.id)}${marks.length > 0 ? ` ${marks.join(' ')}` : ''}`);
    lines.push(`           ${r.status === 'error' ? style.red('error: ') : ''}${safe(r.message)}`);
    if (r.suppression) lines.push(style.dim(`           suppressed (#${r.suppression.entry}): ${safe(r.suppression.reason)}`));
  }
  return `${lines.join('\n')}\n`;
}

/** What post-processing did: the baseline comparison and the suppressions, expired and unused ones included. */
export function renderPostprocess(evaluation: Evaluation, style: TextStyle = plain): string {
  const lines: string[] = [];
  const b = evaluation.baseline;
  if (b) {
    lines.push(
      style.bold(
        `Baseline ${safe(b.source)}: ${b.counts.new} new, ${b.counts.unchanged} unchanged, ${b.counts.absent} absent (fixed or gone), ${b.counts.updated} undecided now`,
      ),
    );
    for (const a of b.absent)
      lines.push(`  absent  ${safe(a.ruleId).padEnd(11)} ${safe(a.resourceId)}${a.status ? ` (now ${a.status})` : ' (not in this scan)'}`);
  }
  const s = evaluation.suppressions;
  if (s) {
    lines.push(style.bold(`Suppressions ${safe(s.source)}: ${s.suppressed} failures suppressed`));
    for (const e of s.expired) {
      lines.push(
        style.yellow(
          `  expired suppression #${e.index} (${safe(e.ruleId)} ${safe(e.resource)}, expired ${safe(e.expires ?? '')}) no longer applies: ${e.matches} failures`,
        ),
      );
    }
    for (const e of s.unused)
      lines.push(style.yellow(`  unused suppression #${e.index} (${safe(e.ruleId)} ${safe(e.resource)}) matched no failure`));
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
