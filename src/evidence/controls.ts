/**
 * Per-framework control matrices: for every control a rule maps to (from the rules'
 * `compliance` mappings), its status, the passing and failing resources, and the rules
 * used. One CSV per framework in the evidence bundle.
 */
import { stringify } from 'csv-stringify/sync';
import type { ComplianceMapping, RuleResult, RuleSummary } from '../engine/types.ts';

export interface ControlRow {
  framework: ComplianceMapping['framework'];
  version: string;
  control: string;
  /** `fail` if any resource fails a mapped rule (suppressed failures aside), else `unknown` if any is unknown, else `pass` if any passes, else `not_applicable`. */
  status: 'pass' | 'fail' | 'unknown' | 'not_applicable';
  passing: string[];
  failing: string[];
  unknown: string[];
  suppressed: string[];
  rules: string[];
  sources: string[];
}

/** A result as findings.json holds it (suppressed failures carry their suppression). */
export type ControlResult = Pick<RuleResult, 'ruleId' | 'status' | 'resource'> & { suppression?: unknown };

export function controlMatrices(rules: readonly RuleSummary[], results: readonly ControlResult[]): Map<string, ControlRow[]> {
  const byRule = new Map<string, ControlResult[]>();
  for (const r of results) byRule.set(r.ruleId, [...(byRule.get(r.ruleId) ?? []), r]);
  const rows = new Map<string, ControlRow>();
  for (const rule of rules) {
    for (const mapping of rule.compliance) {
      const version = mapping.version ?? '';
      const key = `${mapping.framework}\u0000${version}\u0000${mapping.control}`;
      let row = rows.get(key);
      if (!row) {
        row = {
          framework: mapping.framework,
          version,
          control: mapping.control,
          status: 'not_applicable',
          passing: [],
          failing: [],
          unknown: [],
          suppressed: [],
          rules: [],
          sources: [],
        };
        rows.set(key, row);
      }
      if (!row.rules.includes(rule.id)) row.rules.push(rule.id);
      if (!row.sources.includes(mapping.source)) row.sources.push(mapping.source);
      for (const result of byRule.get(rule.id) ?? []) {
        const id = result.resource.id;
        if (result.status === 'fail' || result.status === 'error') (result.suppression ? row.suppressed : row.failing).push(id);
        else if (result.status === 'unknown') row.unknown.push(id);
        else if (result.status === 'pass') row.passing.push(id);
      }
    }
  }
  const byFramework = new Map<string, ControlRow[]>();
  for (const row of rows.values()) {
    for (const list of [row.passing, row.failing, row.unknown, row.suppressed, row.rules, row.sources]) {
      const unique = [...new Set(list)].sort();
      list.splice(0, list.length, ...unique);
    }
    // A resource that fails one mapped rule does not pass the control.
    row.passing = row.passing.filter((id) => !row.failing.includes(id) && !row.unknown.includes(id));
    row.status =
      row.failing.length > 0
        ? 'fail'
        : row.unknown.length > 0
          ? 'unknown'
          : row.passing.length > 0 || row.suppressed.length > 0
            ? 'pass'
            : 'not_applicable';
    byFramework.set(row.framework, [...(byFramework.get(row.framework) ?? []), row]);
  }
  for (const list of byFramework.values())
    list.sort((a, b) => a.version.localeCompare(b.version) || a.control.localeCompare(b.control, 'en', { numeric: true }));
  return new Map([...byFramework.entries()].sort((a, b) => a[0].localeCompare(b[0])));
}

export function controlMatrixCsv(rows: readonly ControlRow[]): string {
  return stringify(
    rows.map((r) => [
      r.framework,
      r.version,
      r.control,
      r.status,
      r.passing.length,
      r.failing.length,
      r.unknown.length,
      r.suppressed.length,
      r.failing.join(' '),
      r.unknown.join(' '),
      r.suppressed.join(' '),
      r.rules.join(' '),
      r.sources.join(' '),
    ]),
    {
      header: true,
      columns: [
        'framework',
        'version',
        'control',
        'status',
        'passing',
        'failing',
        'unknown',
        'suppressed',
        'failing_resources',
        'unknown_resources',
        'suppressed_resources',
        'rules',
        'sources',
      ],
    },
  );
}
