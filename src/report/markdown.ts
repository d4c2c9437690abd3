/**
 * A Markdown summary for a CI job summary or a pull request comment: scan, counts by
 * severity, baseline and suppressions, the failing findings (new ones first, then the most
 * severe), and the gaps. Bounded to `maxChars` (default 60,000, under GitHub's 65,536
 * characters for a comment): what does not fit is counted, and report.html has it all.
 * Every string from AWS is escaped, so it renders as text (no HTML, links or mentions);
 * names and messages are code spans, in which nothing is a link, not even a bare URL.
 */
import { severityRank, type RuleResult } from '../engine/types.ts';
import { terminalSafe } from '../text/terminal-safe.ts';
import { isFinding, SEVERITIES_DESC, type ReportInput } from './input.ts';

export const MARKDOWN_MAX_CHARS = 60_000;

/** Escapes Markdown and HTML so that the text renders as itself on one line of a table. */
export function mdText(value: string, maxLength = 300): string {
  const oneLine = value.replace(/\s+/g, ' ').trim();
  const cut = oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}…` : oneLine;
  // Markdown first, then HTML: the entities' own `#` and `&` must stay as they are.
  return cut
    .replace(/[\\`*_[\]|~#]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '&#64;');
}

/**
 * A code span on one line of a table: no Markdown, HTML, autolink or mention inside, control
 * and bidirectional characters shown as escapes, `|` escaped for the table, and a fence of more
 * backticks than the text holds in a row.
 */
export function mdCode(value: string, maxLength = 300): string {
  const oneLine = value.replace(/\s+/g, ' ').trim();
  const cut = oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}…` : oneLine;
  if (cut === '') return '';
  const text = terminalSafe(cut).replace(/\|/g, '\\|');
  const fence = '`'.repeat(Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function findingOrder(a: RuleResult, b: RuleResult): number {
  const newA = a.baselineState === 'new' ? 0 : 1;
  const newB = b.baselineState === 'new' ? 0 : 1;
  return (
    newA - newB ||
    severityRank(b.severity) - severityRank(a.severity) ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : a.resource.id < b.resource.id ? -1 : 1)
  );
}

export function renderMarkdown(input: ReportInput, maxChars = MARKDOWN_MAX_CHARS): string {
  const { evaluation, snapshot } = input;
  const s = evaluation.summary;
  const failures = evaluation.results.filter((r) => isFinding(r) && !r.suppression).sort(findingOrder);
  const out: string[] = [];
  out.push(`## cryptoposture: ${failures.length} failing findings`);
  out.push('');
  out.push(
    `Accounts ${mdText(snapshot.scan.accounts.join(', '))}, regions ${mdText(snapshot.scan.regions.join(', '))}, services ${mdText(snapshot.scan.services.join(', '))}; scan ${mdText(snapshot.scan.id)} started ${mdText(snapshot.scan.startedAt)}.`,
  );
  out.push(
    snapshot.scan.complete
      ? 'The scan is complete.'
      : `**The scan is incomplete**: ${snapshot.gaps.length} gaps, ${snapshot.scan.unfinished.length} unfinished tasks; ${s.byStatus.unknown} checks could not be decided.`,
  );
  out.push('');
  out.push(`| ${SEVERITIES_DESC.join(' | ')} | passed | unknown |`);
  out.push(`|${SEVERITIES_DESC.map(() => '---:').join('|')}|---:|---:|`);
  out.push(`| ${SEVERITIES_DESC.map((sev) => s.failuresBySeverity[sev]).join(' | ')} | ${s.byStatus.pass} | ${s.byStatus.unknown} |`);
  out.push('');
  const b = evaluation.baseline;
  if (b) {
    out.push(
      `**Since the baseline** (${mdText(b.source)}): ${b.counts.new} new, ${b.counts.unchanged} unchanged, ${b.counts.absent} fixed or gone, ${b.counts.updated} undecided now.`,
    );
    out.push('');
  }
  const sup = evaluation.suppressions;
  if (sup) {
    out.push(`**Suppressions** (${mdText(sup.source)}): ${sup.suppressed} failures suppressed.`);
    for (const e of sup.expired)
      out.push(
        `- expired: #${e.index} ${mdText(e.ruleId)} ${mdCode(e.resource)} (on ${mdText(e.expires ?? '')}, ${e.matches} failures no longer suppressed)`,
      );
    for (const e of sup.unused) out.push(`- unused: #${e.index} ${mdText(e.ruleId)} ${mdCode(e.resource)} matched no failure`);
    out.push('');
  }
  const tail: string[] = [];
  if (snapshot.gaps.length > 0) {
    tail.push('', `<details><summary>${snapshot.gaps.length} gaps (data that could not be collected)</summary>`, '');
    for (const g of snapshot.gaps.slice(0, 50))
      tail.push(`- ${mdText(g.service)} ${mdText(g.operation)} in ${mdText(g.account)} ${mdText(g.region || 'global')}: ${mdText(g.code)}`);
    if (snapshot.gaps.length > 50) tail.push(`- and ${snapshot.gaps.length - 50} more`);
    tail.push('', '</details>');
  }
  tail.push('', '_Full details, evidence and remediation: report.html and findings.json._', '');
  if (failures.length > 0) {
    out.push('| Severity | Rule | Resource | Message |');
    out.push('|---|---|---|---|');
    const budget = maxChars - tail.join('\n').length - 200;
    let length = out.join('\n').length;
    let shown = 0;
    for (const r of failures) {
      const line = `| ${r.severity}${r.baselineState === 'new' ? ' (new)' : ''} | ${mdText(r.ruleId)} | ${mdCode(r.resource.name, 80)}<br>${mdCode(r.resource.id, 200)} | ${mdCode(r.message)} |`;
      if (length + line.length + 1 > budget) break;
      out.push(line);
      length += line.length + 1;
      shown++;
    }
    if (shown < failures.length) out.push('', `…and ${failures.length - shown} more failing findings (see report.html).`);
  } else {
    out.push('No failing finding.');
  }
  return `${[...out, ...tail].join('\n')}`;
}
