/** Helpers for tests of rule loading: the error a rule file fails with. */
import { expect } from 'vitest';
import { readRuleFile } from '../../src/engine/load.ts';
import { RuleLoadError } from '../../src/errors.ts';

/** Loads `file`, which must fail with a RuleLoadError naming it; returns the error. */
export function ruleLoadError(file: string): RuleLoadError {
  try {
    readRuleFile(file, file);
  } catch (e) {
    expect(e).toBeInstanceOf(RuleLoadError);
    expect((e as RuleLoadError).message.startsWith(`${file} at `)).toBe(true);
    return e as RuleLoadError;
  }
  throw new Error('the rule loaded');
}
