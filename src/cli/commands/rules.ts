/**
 * `cryptoposture rules list | show ID | test DIR`: the rule pack from the command line.
 */
import { Command, Option } from 'commander';
import { join, resolve } from 'node:path';
import { BUILT_IN_ORIGIN, loadRuleDir, type CompiledRule } from '../../engine/load.ts';
import { fixtureFiles, runFixtures, type FixtureCase } from '../../engine/fixtures.ts';
import { loadRules, prepareRules } from '../../engine/index.ts';
import { UsageError } from '../../errors.ts';
import { resourcePath } from '../../resources.ts';
import { colors, type CliIO } from '../io.ts';
import { collect } from '../options.ts';

export const BUILT_IN_FIXTURES = 'fixtures/rules';

interface ListFlags {
  rules?: string[];
  config?: string;
  json: boolean;
}

export function rulesCommand(io: CliIO, setExit: (code: number) => void): Command {
  const rules = new Command('rules').description('List, explain and test rules (the built-in pack and custom rule folders)');
  rules
    .command('list')
    .description('list the rules: id, severity, service, target, whether enabled, title')
    .addOption(new Option('--rules <dir>', 'a folder of custom rules to include (repeatable)').argParser(collect))
    .addOption(new Option('--config <file>', 'a configuration file (shows which rules it enables, and their severities)'))
    .addOption(new Option('--json', 'print JSON instead of a table').default(false))
    .action((flags: ListFlags) => {
      const set = prepareRules({
        ...(flags.rules ? { ruleDirs: flags.rules } : {}),
        ...(flags.config ? { configFile: flags.config } : {}),
        cwd: io.cwd,
      });
      const active = new Map(set.active.map((a) => [a.rule.id, a]));
      const rows = set.rules.map((r) => ({
        id: r.id,
        severity: active.get(r.id)?.severity ?? r.doc.severity,
        service: r.doc.service,
        target: r.targets.join(','),
        enabled: active.has(r.id),
        title: r.doc.title,
        origin: r.origin === BUILT_IN_ORIGIN ? BUILT_IN_ORIGIN : r.file,
      }));
      if (flags.json) io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
      else {
        for (const r of rows) {
          io.stdout(
            `${r.id.padEnd(12)} ${r.severity.padEnd(8)} ${r.service.padEnd(10)} ${r.target.padEnd(22)} ${r.enabled ? '   ' : 'off'} ${r.title}\n`,
          );
        }
        io.stdout(`${rows.length} rules, ${set.active.length} enabled\n`);
      }
      setExit(0);
    });

  rules
    .command('show')
    .description('show one rule: what it checks, its parameters, remediation, references, compliance mappings and examples')
    .argument('<id>', 'the rule id, e.g. CP-KMS-001')
    .addOption(new Option('--rules <dir>', 'a folder of custom rules to include (repeatable)').argParser(collect))
    .addOption(new Option('--json', 'print the rule file as JSON').default(false))
    .action((id: string, flags: { rules?: string[]; json: boolean }) => {
      const dirs = (flags.rules ?? []).map((d) => resolve(io.cwd, d));
      const all = loadRules(dirs, { cwd: io.cwd });
      const rule = all.find((r) => r.id === id);
      if (!rule) throw new UsageError(`no rule ${id}; \`cryptoposture rules list\` lists them`);
      if (flags.json) io.stdout(`${JSON.stringify(rule.doc, null, 2)}\n`);
      else io.stdout(describeRule(io, rule, examplesDir(rule, dirs)));
      setExit(0);
    });

  rules
    .command('test')
    .description('run the fixtures of a folder of custom rules (<dir>/fixtures/<rule id>/*.json) and report each case')
    .argument('<dir>', 'the folder of rules')
    .addOption(new Option('--fixtures <dir>', 'the fixtures folder (default: <dir>/fixtures)'))
    .action((dir: string, flags: { fixtures?: string }) => {
      const c = colors(io);
      const ruleDir = resolve(io.cwd, dir);
      // Loaded with the built-in pack so that an id that clashes with a built-in rule is an error.
      const ids = new Set(loadRuleDir(ruleDir).map((r) => r.id));
      const rulesToTest = loadRules([ruleDir], { cwd: io.cwd }).filter((r) => ids.has(r.id));
      const report = runFixtures(rulesToTest, flags.fixtures ? resolve(io.cwd, flags.fixtures) : join(ruleDir, 'fixtures'));
      for (const k of report.cases) io.stdout(`${k.ok ? c.green('ok  ') : c.red('FAIL')} ${caseLine(k)}\n`);
      for (const p of report.problems) io.stdout(`${c.red('FAIL')} ${p.file}${p.pointer ? ` at ${p.pointer}` : ''}: ${p.message}\n`);
      const failed = report.cases.filter((k) => !k.ok).length + report.problems.length;
      io.stdout(`${report.cases.length - report.cases.filter((k) => !k.ok).length} passed, ${failed} failed\n`);
      setExit(failed > 0 ? 1 : 0);
    });
  return rules;
}

function caseLine(k: FixtureCase): string {
  const got = k.ok ? '' : ` — got ${k.actual.status}/${k.actual.severity}: ${k.actual.message}`;
  const want = `${k.expected.status}${k.expected.severity ? `/${k.expected.severity}` : ''}`;
  return `${k.rule} ${k.file.split(/[\\/]/).pop()} ${k.node}: expected ${want}${got}`;
}

function examplesDir(rule: CompiledRule, dirs: string[]): string | undefined {
  if (rule.origin === BUILT_IN_ORIGIN) return resourcePath(BUILT_IN_FIXTURES);
  return dirs.find((d) => rule.file.startsWith(d))?.concat('/fixtures');
}

function describeRule(io: CliIO, rule: CompiledRule, fixturesDir: string | undefined): string {
  const c = colors(io);
  const d = rule.doc;
  const out: string[] = [];
  out.push(c.bold(`${d.id} ${d.title}`));
  out.push(
    `slug ${d.slug}; severity ${d.severity}; service ${d.service}; target ${rule.targets.join(', ')}; tags ${(d.tags ?? []).join(', ') || '(none)'}`,
  );
  if (d.description) out.push('', d.description);
  out.push('', c.bold('Why'), d.rationale);
  out.push('', c.bold('Parameters'));
  const params = Object.entries(d.params?.properties ?? {});
  if (params.length === 0) out.push('  (none)');
  for (const [name, schema] of params)
    out.push(`  ${name} (default ${JSON.stringify(rule.defaults[name])}): ${String(schema['description'] ?? '')}`);
  out.push('', c.bold('Condition'));
  if (d.applies) out.push(`  applies: ${JSON.stringify(d.applies)}`);
  if (d.unknownWhen) out.push(`  unknown when: ${JSON.stringify(d.unknownWhen)}`);
  out.push(`  check: ${JSON.stringify(d.check)}`);
  for (const step of d.severityLadder ?? []) out.push(`  severity ${step.severity} when ${JSON.stringify(step.when)}`);
  out.push('', c.bold('Remediation'), d.remediation.cli);
  if (d.remediation.terraform) out.push('', 'Terraform:', d.remediation.terraform);
  if (d.remediation.cloudformation) out.push('', 'CloudFormation:', d.remediation.cloudformation);
  out.push('', c.bold('References'), ...d.references.map((r) => `  ${r.title}: ${r.url}`));
  if (d.compliance?.length) {
    out.push('', c.bold('Compliance'));
    for (const m of d.compliance)
      out.push(`  ${m.framework}${m.version ? ` ${m.version}` : ''} ${m.control}${m.note ? ` (${m.note})` : ''} — ${m.source}`);
  }
  out.push('', c.bold('Examples'));
  const files = fixturesDir ? fixtureFiles(fixturesDir, rule.id) : [];
  if (files.length === 0) out.push('  (no fixtures)');
  else {
    const report = runFixtures([rule], fixturesDir!);
    for (const k of report.cases) out.push(`  ${k.expected.status.padEnd(14)} ${k.why ?? k.node}`, `                 ${k.actual.message}`);
  }
  return `${out.join('\n')}\n`;
}
