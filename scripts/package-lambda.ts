/**
 * `npm run package:lambda`: bundles the Lambda handlers (src/lambda/index.ts) with esbuild
 * into one ES module for nodejs24.x on arm64, the AWS SDK clients included, and zips it with
 * the files the code reads at run time (package.json, rules/, schemas/) into
 * dist/lambda/cryptoposture-lambda.zip. Upload that zip and pass its bucket and key to
 * deploy/cryptoposture.yaml.
 */
import { build } from 'esbuild';
import { zipSync, type Zippable } from 'fflate';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const LAMBDA_ZIP = join(root, 'dist/lambda/cryptoposture-lambda.zip');

function addTree(files: Zippable, dir: string): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) addTree(files, path);
    else files[relative(root, path)] = readFileSync(path);
  }
}

export async function packageLambda(): Promise<{ zip: string; bytes: number; entries: string[] }> {
  const result = await build({
    entryPoints: [join(root, 'src/lambda/index.ts')],
    bundle: true,
    platform: 'node',
    target: 'node24',
    format: 'esm',
    write: false,
    outfile: 'index.mjs',
    sourcemap: 'inline',
    legalComments: 'none',
    // Some dependencies are CommonJS and call require(): give the ES module one.
    banner: {
      js: "import { createRequire as cryptopostureCreateRequire } from 'node:module'; const require = cryptopostureCreateRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  const bundle = result.outputFiles[0];
  if (!bundle) throw new Error('esbuild produced no output');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
  const files: Zippable = {
    'index.mjs': bundle.contents,
    // Only what the code reads at run time: the name and version.
    'package.json': new TextEncoder().encode(`${JSON.stringify({ name: pkg.name, version: pkg.version, type: 'module' }, null, 2)}\n`),
  };
  addTree(files, join(root, 'rules'));
  addTree(files, join(root, 'schemas'));
  const zip = zipSync(files, { level: 9, mtime: new Date('2000-01-01T00:00:00Z') });
  mkdirSync(join(root, 'dist/lambda'), { recursive: true });
  writeFileSync(LAMBDA_ZIP, zip);
  return { zip: LAMBDA_ZIP, bytes: zip.byteLength, entries: Object.keys(files).sort() };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { zip, bytes, entries } = await packageLambda();
  console.log(
    `wrote ${relative(root, zip)} (${(bytes / 1024 / 1024).toFixed(1)} MiB, ${entries.length} files): handlers index.scanAccount, index.listAccounts, index.aggregate`,
  );
}
