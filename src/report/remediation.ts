/** A rule's explanation and remediation as Markdown (SARIF rule help, the Markdown summary). */
import type { RuleSummary } from '../engine/types.ts';

const FRAMEWORK_NAMES: Record<string, string> = {
  'aws-fsbp': 'AWS Foundational Security Best Practices',
  'cis-aws': 'CIS AWS Foundations Benchmark',
  'nist-800-53-r5': 'NIST SP 800-53 Rev. 5',
  'pci-dss': 'PCI DSS',
};

export function frameworkName(framework: string): string {
  return FRAMEWORK_NAMES[framework] ?? framework;
}

/** A fenced code block whose fence is longer than any run of backticks in the code. */
export function codeBlock(code: string, lang = ''): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${code}\n${fence}`;
}

export function remediationMarkdown(rule: RuleSummary): string {
  const parts = [
    `**${rule.title}** (${rule.severity})`,
    rule.rationale,
    '**Remediation** (AWS CLI):',
    codeBlock(rule.remediation.cli, 'sh'),
  ];
  if (rule.remediation.terraform) parts.push('Terraform:', codeBlock(rule.remediation.terraform, 'hcl'));
  if (rule.remediation.cloudformation) parts.push('CloudFormation:', codeBlock(rule.remediation.cloudformation, 'yaml'));
  if (rule.remediation.console) parts.push(`Console: ${rule.remediation.console}`);
  if (rule.references.length > 0) parts.push(`**References**\n\n${rule.references.map((r) => `- [${r.title}](${r.url})`).join('\n')}`);
  if (rule.compliance.length > 0) {
    parts.push(
      `**Compliance**\n\n${rule.compliance.map((c) => `- ${frameworkName(c.framework)}${c.version ? ` ${c.version}` : ''}: ${c.control}${c.note ? ` (${c.note})` : ''}`).join('\n')}`,
    );
  }
  return parts.join('\n\n');
}
