export * from './types.ts';
export { compileRule, loadRules, loadRuleDir, loadBuiltInRules, ruleFiles, type CompiledRule } from './load.ts';
export { applyConfig, parseConfig, readConfigFile, NO_CONFIG, type ActiveRule, type EngineConfig, type LoadedConfig } from './config.ts';
export { evaluate, evaluateRules, failuresAtOrAbove, sortFindings, type ScanInfo } from './evaluate.ts';
export { prepareRules, evaluateSnapshot, type RuleSet, type RuleSetOptions } from './run.ts';
