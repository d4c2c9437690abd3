/**
 * Rule documentation generated from the rule files (docs/rules.md), so that it cannot
 * drift from what the rules do: `npm run docs:rules` writes it, `--check` fails on drift.
 */
import { SERVICE_LIST } from '../services/registry.ts';
import type { CompiledRule } from './load.ts';

const FRAMEWORKS: Record<string, string> = {
  'aws-fsbp': 'AWS Foundational Security Best Practices',
  'cis-aws': 'CIS AWS Foundations Benchmark',
  'nist-800-53-r5': 'NIST SP 800-53 r5',
  'pci-dss': 'PCI DSS',
};

const LANGUAGE = [
  '## Writing rules',
  '',
  'The condition language, message placeholders, fixtures and the attributes of every node type are described in',
  '[Writing rules](writing-rules.md). Custom rules go in a folder passed with `--rules DIR` (or `ruleFolders` in the',
  'configuration file), their fixtures in `DIR/fixtures/<rule id>/*.json`; `cryptoposture rules test DIR` runs them.',
];

function code(text: string, lang = ''): string {
  return `\`\`\`${lang}\n${text}\n\`\`\``;
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|');
}

export function renderRuleDocs(rules: readonly CompiledRule[]): string {
  const out: string[] = [];
  out.push('# Rules', '');
  out.push('<!-- Generated from rules/**/*.json by `npm run docs:rules`; do not edit. -->', '');
  out.push(
    `The built-in pack has ${rules.length} rules. Each is one JSON file under \`rules/<service>/\`, validated against`,
    '`rules/rule.schema.json`, with fixtures under `fixtures/rules/<id>/` that show its outcomes.',
    '`cryptoposture rules show ID` prints the same information with worked examples.',
    '',
  );
  out.push('| id | severity | target | title |', '|---|---|---|---|');
  for (const r of rules)
    out.push(`| [${r.id}](#${r.id.toLowerCase()}) | ${r.doc.severity} | ${r.targets.join(', ')} | ${cell(r.doc.title)} |`);
  out.push('', ...LANGUAGE);
  for (const service of SERVICE_LIST) {
    const group = rules.filter((r) => r.doc.service === service.name);
    if (group.length === 0) continue;
    out.push('', `## ${service.title}`);
    for (const r of group) out.push('', ...ruleSection(r));
  }
  return `${out.join('\n')}\n`;
}

function ruleSection(rule: CompiledRule): string[] {
  const d = rule.doc;
  const out: string[] = [];
  out.push(`### ${d.id}`, '', `**${d.title}** (\`${d.slug}\`)`, '');
  out.push(
    `Severity **${d.severity}**; target \`${rule.targets.join('`, `')}\`${d.tags?.length ? `; tags ${d.tags.map((t) => `\`${t}\``).join(', ')}` : ''}.`,
  );
  if (d.description) out.push('', d.description);
  out.push('', `*Why it matters.* ${d.rationale}`);
  const params = Object.entries(d.params?.properties ?? {});
  if (params.length > 0) {
    out.push('', '| parameter | default | meaning |', '|---|---|---|');
    for (const [name, schema] of params)
      out.push(`| \`${name}\` | \`${JSON.stringify(rule.defaults[name])}\` | ${cell(String(schema['description'] ?? ''))} |`);
  }
  out.push('', '*Logic.*', '');
  if (d.applies) out.push(`- applies when: \`${JSON.stringify(d.applies)}\``);
  if (d.unknownWhen) out.push(`- unknown when: \`${JSON.stringify(d.unknownWhen)}\``);
  out.push(`- passes when: \`${JSON.stringify(d.check)}\``);
  for (const step of d.severityLadder ?? []) out.push(`- severity **${step.severity}** when: \`${JSON.stringify(step.when)}\``);
  for (const r of d.related ?? []) out.push(`- names \`$${r.as}\`: \`${JSON.stringify({ ...r, as: undefined })}\``);
  out.push(`- failure message: "${d.message.fail}"`);
  out.push('', '*Remediation.*', '', code(d.remediation.cli, 'sh'));
  if (d.remediation.terraform) out.push('', code(d.remediation.terraform, 'hcl'));
  if (d.remediation.cloudformation) out.push('', code(d.remediation.cloudformation, 'yaml'));
  out.push('', '*References.*', '', ...d.references.map((r) => `- [${r.title}](${r.url})`));
  if (d.compliance?.length) {
    out.push('', '*Compliance* (as listed by the source):', '');
    const bySource = new Map<string, string[]>();
    for (const m of d.compliance) {
      const label = `${FRAMEWORKS[m.framework] ?? m.framework}${m.version ? ` ${m.version}` : ''} ${m.control}`;
      bySource.set(m.source, [...(bySource.get(m.source) ?? []), label]);
    }
    for (const [source, labels] of bySource) out.push(`- ${labels.join('; ')} ([source](${source}))`);
    const notes = [...new Set(d.compliance.map((m) => m.note).filter((n): n is string => n !== undefined))];
    for (const n of notes) out.push(`- Note: ${n}`);
  }
  return out;
}
