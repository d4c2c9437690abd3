#!/usr/bin/env node
import { exitQuietlyOnBrokenPipe, processIO } from './io.ts';
import { runCli } from './program.ts';

exitQuietlyOnBrokenPipe();
process.exitCode = await runCli(process.argv.slice(2), processIO());
