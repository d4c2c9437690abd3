/**
 * Where the emulator's virtual environment lives. In a source checkout it is the
 * repository's own `.venv/` (what `npm run setup:emulator`, the tests and CI use). In an
 * installed package (anything under a `node_modules` folder: `npx`, a global or a project
 * install) it is a per-user cache folder, never inside `node_modules`: the package folder
 * may be read-only, shared, or replaced by the next install.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface CacheEnvironment {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  home: string;
}

const currentEnvironment = (): CacheEnvironment => ({ env: process.env, platform: process.platform, home: homedir() });

/** The per-user cache folder of cryptoposture: XDG on Linux, ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows. */
export function userCacheDir(at: CacheEnvironment = currentEnvironment()): string {
  const path = at.platform === 'win32' ? join : (...parts: string[]) => parts.join('/');
  if (at.platform === 'win32') {
    const local = at.env['LOCALAPPDATA'] || path(at.home, 'AppData', 'Local');
    return path(local, 'cryptoposture', 'Cache');
  }
  if (at.platform === 'darwin') return path(at.home, 'Library', 'Caches', 'cryptoposture');
  const xdg = at.env['XDG_CACHE_HOME'];
  // The XDG spec: a relative path is invalid and is ignored.
  return path(xdg && xdg.startsWith('/') ? xdg : path(at.home, '.cache'), 'cryptoposture');
}

/** True when the package runs from an installed copy (a `node_modules` folder), not a source checkout. */
export function isInstalledPackage(packageRoot: string): boolean {
  return packageRoot.split(/[\\/]/).includes('node_modules');
}
