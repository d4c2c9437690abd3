/** Every answer shape the scan checks: each collector's, and those of the calls that fix the scope. */
import { ACCOUNTS_RESPONSES } from './accounts.ts';
import { COLLECTORS } from './registry.ts';
import type { ResponseShapes } from './responses.ts';
import { SCOPE_RESPONSES } from './scope.ts';

export const RESPONSE_SHAPES: ResponseShapes = Object.assign(
  {},
  SCOPE_RESPONSES,
  ACCOUNTS_RESPONSES,
  ...Object.values(COLLECTORS).map((c) => c.responses),
) as ResponseShapes;
