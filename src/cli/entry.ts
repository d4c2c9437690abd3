#!/usr/bin/env node
/**
 * The published command (`bin`): checks the Node.js version before loading anything else,
 * so that an unsupported Node gets one line and exit 2, not the SDK's warnings.
 */
import { unsupportedNodeMessage } from './node-version.ts';

const unsupported = unsupportedNodeMessage(process.versions.node);
if (unsupported !== undefined) {
  process.stderr.write(`${unsupported}\n`);
  process.exit(2);
}
await import('./main.ts');
