/**
 * A named AWS profile (`--profile`, or AWS_PROFILE) checked against the shared config and
 * credentials files before the scan starts: a missing or misspelled profile is reported
 * with its name, the files looked in, and the closest names there, instead of the SDK's
 * generic "could not load credentials".
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CredentialsError } from '../errors.ts';
import { closestNames } from './closest.ts';

export interface ProfileFiles {
  config: string;
  credentials: string;
}

/** The files the SDK reads: AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE, else ~/.aws/config and ~/.aws/credentials. */
export function sharedProfileFiles(env: NodeJS.ProcessEnv, home: string): ProfileFiles {
  return {
    config: env['AWS_CONFIG_FILE'] || join(home, '.aws', 'config'),
    credentials: env['AWS_SHARED_CREDENTIALS_FILE'] || join(home, '.aws', 'credentials'),
  };
}

/** Profile names defined in an INI file: `[profile NAME]` (or `[default]`) in config, `[NAME]` in credentials. */
export function profileNames(text: string, kind: 'config' | 'credentials'): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(/^\s*\[([^\]]+)\]/gm)) {
    const section = match[1]!.trim();
    if (kind === 'credentials') names.push(section);
    else if (section === 'default') names.push(section);
    else if (/^profile\s+/.test(section)) names.push(section.replace(/^profile\s+/, '').trim());
  }
  return names;
}

/** Throws CredentialsError (exit 2) when `profile` is in neither file. */
export function checkProfileDefined(profile: string, files: ProfileFiles): void {
  const found: string[] = [];
  const looked: string[] = [];
  for (const kind of ['config', 'credentials'] as const) {
    const file = files[kind];
    if (!existsSync(file)) {
      looked.push(`${file} (missing)`);
      continue;
    }
    looked.push(file);
    found.push(...profileNames(readFileSync(file, 'utf8'), kind));
  }
  if (found.includes(profile)) return;
  const names = [...new Set(found)].sort();
  const hint = names.length === 0 ? 'no profile is defined there' : `closest: ${closestNames(profile, names).join(', ')}`;
  throw new CredentialsError(`The AWS profile "${profile}" is not defined in ${looked.join(' or ')} (${hint}).`);
}
