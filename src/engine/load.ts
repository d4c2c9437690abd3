/**
 * Loading rules: every rule file is validated against `rules/rule.schema.json`, its
 * parameter schema is compiled and its defaults checked, and its conditions and message
 * templates are compiled. Any problem is a RuleLoadError naming the file and the JSON
 * pointer; a scan does not start with a broken rule.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { RuleLoadError, type ValidationProblem } from '../errors.ts';
import type { NodeType } from '../graph/types.ts';
import { loadJsonResource, resourcePath } from '../resources.ts';
import { compileSchema, escapePointer, toProblems } from '../schema/validate.ts';
import { compileCondition, type CompileContext, type Cond } from './conditions.ts';
import { MAX_RULE_DEPTH, tooDeep } from './limits.ts';
import { QUANTIFIERS } from './language.ts';
import { checkTemplate } from './message.ts';
import { attributesShape, shapeAt } from './shapes.ts';
import type { RuleDocument, Severity } from './types.ts';

export const BUILT_IN_RULES = 'rules';
export const BUILT_IN_ORIGIN = 'built-in';

export interface CompiledRule {
  doc: RuleDocument;
  id: string;
  targets: NodeType[];
  tags: string[];
  file: string;
  /** `built-in`, or the file of a user rule. */
  origin: string;
  /** Parameter defaults. */
  defaults: Record<string, unknown>;
  /** Problems of a full set of parameter values (JSON pointers relative to the params object). */
  checkParams(values: Record<string, unknown>): ValidationProblem[];
  applies?: Cond;
  unknownWhen?: Cond;
  check: Cond;
  ladder: { when: Cond; severity: Severity }[];
  /** Traversals that bind related nodes for the message and the evidence (`related`); their value is ignored. */
  related: Cond[];
}

const ruleValidator = () => compileSchema<RuleDocument>(loadJsonResource(`${BUILT_IN_RULES}/rule.schema.json`));

/** An Ajv of its own for rule parameter schemas: strict (unknown keywords are errors) and filling defaults. */
let paramsAjv: Ajv | undefined;
function paramsCompiler(): Ajv {
  paramsAjv ??= new Ajv({ allErrors: true, strict: true, useDefaults: true });
  return paramsAjv;
}

const CONDITION_ROOTS = /^\/(applies|unknownWhen|check|severityLadder\/\d+\/when|related\/\d+)(\/|$)/;

/** Parses and compiles one rule document; throws RuleLoadError with every problem found. */
export function compileRule(document: unknown, file: string, origin: string): CompiledRule {
  const deep = tooDeep(document);
  if (deep !== undefined) throw new RuleLoadError(file, [{ pointer: deep, message: `nests deeper than ${MAX_RULE_DEPTH} levels` }]);
  const schemaProblems = ruleValidator().problems(document);
  // Conditions get precise messages from the compiler ("unknown operator ..."); the schema's
  // own messages about them (every branch of anyOf) are used only if the compiler finds nothing.
  const structural = schemaProblems.filter((p) => !CONDITION_ROOTS.test(p.pointer));
  if (structural.length > 0) throw new RuleLoadError(file, structural);
  const doc = document as RuleDocument;
  const problems: ValidationProblem[] = [];
  const targets = Array.isArray(doc.target) ? doc.target : [doc.target];

  // Parameters: a valid JSON Schema whose defaults satisfy it.
  const paramSchemas = doc.params?.properties ?? {};
  let validateParams: ValidateFunction | undefined;
  let defaults: Record<string, unknown> = {};
  if (doc.params) {
    try {
      validateParams = paramsCompiler().compile({ ...doc.params, additionalProperties: false });
      const filled: Record<string, unknown> = {};
      if (!validateParams(filled)) {
        for (const p of toProblems(validateParams.errors ?? [])) {
          const name = p.pointer.split('/')[1] ?? '';
          problems.push({ pointer: `/params/properties/${name}/default`, message: `default value ${p.message}` });
        }
      }
      defaults = filled;
    } catch (e) {
      problems.push({ pointer: '/params', message: `is not a valid JSON Schema: ${(e as Error).message}` });
    }
  }

  const ctx: CompileContext = { problems, params: paramSchemas, bindings: new Set() };
  const cond = (json: unknown, pointer: string) => compileCondition(json, pointer, ctx, targets);
  const applies = doc.applies === undefined ? undefined : cond(doc.applies, '/applies');
  const unknownWhen = doc.unknownWhen === undefined ? undefined : cond(doc.unknownWhen, '/unknownWhen');
  const check = cond(doc.check, '/check');
  const ladder = (doc.severityLadder ?? []).map((step, i) => ({
    when: cond(step.when, `/severityLadder/${i}/when`),
    severity: step.severity,
  }));
  // A related traversal is compiled as a count that always holds (`gte 0`), for its binding and evidence alone.
  const related = (doc.related ?? []).map((r, i) => {
    const quantifier = QUANTIFIERS.find((q) => q in r);
    if (quantifier !== undefined)
      problems.push({ pointer: `/related/${i}/${quantifier}`, message: 'a related traversal decides nothing: it takes no quantifier' });
    return cond({ ...r, count: { gte: 0 } }, `/related/${i}`);
  });
  if (problems.length === 0 && schemaProblems.length > structural.length) problems.push(...schemaProblems);

  const paramNames = new Set(Object.keys(paramSchemas));
  problems.push(...checkTemplate(doc.message.fail, '/message/fail', targets, paramNames, ctx.bindings));
  if (doc.message.pass) problems.push(...checkTemplate(doc.message.pass, '/message/pass', targets, paramNames, ctx.bindings));
  const shape = attributesShape(targets);
  (doc.evidence ?? []).forEach((path, i) => {
    if (shapeAt(shape, path.split('.')) === undefined) {
      problems.push({ pointer: `/evidence/${i}`, message: `unknown attribute "${path}" for node type ${targets.join(' / ')}` });
    }
  });
  if (problems.length > 0) throw new RuleLoadError(file, problems);

  const checkParams = (values: Record<string, unknown>): ValidationProblem[] => {
    if (!validateParams)
      return Object.keys(values).map((k) => ({ pointer: `/${escapePointer(k)}`, message: 'is not a parameter of this rule' }));
    return validateParams({ ...values }) ? [] : toProblems(validateParams.errors ?? []);
  };
  return {
    doc,
    id: doc.id,
    targets,
    tags: doc.tags ?? [],
    file,
    origin,
    defaults,
    checkParams,
    ...(applies ? { applies } : {}),
    ...(unknownWhen ? { unknownWhen } : {}),
    check,
    ladder,
    related,
  };
}

/** Every rule file under `dir`: `*.json` except `*.schema.json` and anything under a `fixtures` folder; sorted. */
export function ruleFiles(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'fixtures' && !entry.name.startsWith('.')) visit(path);
      } else if (entry.name.endsWith('.json') && !entry.name.endsWith('.schema.json')) out.push(path);
    }
  };
  visit(dir);
  return out;
}

export function readRuleFile(file: string, origin: string): CompiledRule {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new RuleLoadError(file, [{ pointer: '', message: `cannot be read: ${(e as Error).message}` }], e);
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (e) {
    throw new RuleLoadError(file, [{ pointer: '', message: `is not valid JSON: ${(e as Error).message}` }], e);
  }
  return compileRule(document, file, origin);
}

/** Loads the rules of a folder (user rules have their file as origin). */
export function loadRuleDir(dir: string, origin?: string): CompiledRule[] {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    /* reported below */
  }
  if (!isDir) throw new RuleLoadError(dir, [{ pointer: '', message: 'is not a folder of rules' }]);
  return ruleFiles(dir).map((file) => readRuleFile(file, origin ?? file));
}

export function loadBuiltInRules(): CompiledRule[] {
  return loadRuleDir(resourcePath(BUILT_IN_RULES), BUILT_IN_ORIGIN);
}

/** The built-in pack plus user folders; a rule id defined twice is an error naming both files. */
export function loadRules(userDirs: readonly string[] = [], options: { builtIn?: boolean; cwd?: string } = {}): CompiledRule[] {
  const rules = options.builtIn === false ? [] : loadBuiltInRules();
  for (const dir of userDirs) rules.push(...loadRuleDir(dir));
  const seen = new Map<string, CompiledRule>();
  for (const rule of rules) {
    const first = seen.get(rule.id);
    if (first) {
      const where = first.origin === BUILT_IN_ORIGIN ? 'the built-in rule' : relative(options.cwd ?? process.cwd(), first.file);
      throw new RuleLoadError(rule.file, [{ pointer: '/id', message: `duplicates the id ${rule.id} of ${where}` }]);
    }
    seen.set(rule.id, rule);
  }
  return [...seen.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
