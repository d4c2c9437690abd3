/**
 * `npm run package:lambda`: bundles the Lambda handlers (src/lambda/index.ts) with esbuild
 * into one ES module for nodejs24.x on arm64, the AWS SDK clients included, and zips it with
 * the files the code reads at run time (package.json, rules/, schemas/) into
 * dist/lambda/cryptoposture-lambda-<content hash>.zip. Upload that zip and pass its bucket
 * and key to deploy/cryptoposture.yaml: a new build has a new key, so redeploying the stack
 * with it updates the functions. The bundle is minified; its source map is written beside
 * the zip (dist/lambda/index.mjs.map), not shipped in it.
 */
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { zipSync, type Zippable } from 'fflate';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const LAMBDA_DIR = join(root, 'dist/lambda');

/** `cryptoposture-lambda-<first 16 hex digits of the zip's SHA-256>.zip` */
export function artifactName(zip: Uint8Array): string {
  return `cryptoposture-lambda-${createHash('sha256').update(zip).digest('hex').slice(0, 16)}.zip`;
}

function addTree(files: Zippable, dir: string): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) addTree(files, path);
    else files[relative(root, path)] = readFileSync(path);
  }
}

export interface LambdaPackage {
  /** Path of the zip. */
  zip: string;
  /** Its file name, the S3 key to upload it under (content-hashed). */
  key: string;
  bytes: number;
  /** Size of the bundled code (index.mjs) before compression. */
  codeBytes: number;
  /** Path of the source map written beside the zip. */
  sourceMap: string;
  entries: string[];
}

export async function packageLambda(): Promise<LambdaPackage> {
  const result = await build({
    entryPoints: [join(root, 'src/lambda/index.ts')],
    bundle: true,
    platform: 'node',
    target: 'node24',
    format: 'esm',
    write: false,
    outfile: join(LAMBDA_DIR, 'index.mjs'),
    sourcemap: 'external',
    minify: true,
    legalComments: 'none',
    // Some dependencies are CommonJS and call require(): give the ES module one.
    banner: {
      js: "import { createRequire as cryptopostureCreateRequire } from 'node:module'; const require = cryptopostureCreateRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  const bundle = result.outputFiles.find((f) => f.path.endsWith('.mjs'));
  const map = result.outputFiles.find((f) => f.path.endsWith('.mjs.map'));
  if (!bundle || !map) throw new Error('esbuild produced no bundle or no source map');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
  const files: Zippable = {
    'index.mjs': bundle.contents,
    // Only what the code reads at run time: the name and version.
    'package.json': new TextEncoder().encode(`${JSON.stringify({ name: pkg.name, version: pkg.version, type: 'module' }, null, 2)}\n`),
  };
  addTree(files, join(root, 'rules'));
  addTree(files, join(root, 'schemas'));
  const zip = zipSync(files, { level: 9, mtime: new Date('2000-01-01T00:00:00Z') });
  rmSync(LAMBDA_DIR, { recursive: true, force: true });
  mkdirSync(LAMBDA_DIR, { recursive: true });
  const key = artifactName(zip);
  const path = join(LAMBDA_DIR, key);
  writeFileSync(path, zip);
  writeFileSync(map.path, map.contents);
  return {
    zip: path,
    key,
    bytes: zip.byteLength,
    codeBytes: bundle.contents.byteLength,
    sourceMap: map.path,
    entries: Object.keys(files).sort(),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { zip, key, bytes, codeBytes, sourceMap, entries } = await packageLambda();
  const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  console.log(
    `wrote ${relative(root, zip)} (${mib(bytes)} zipped, code ${mib(codeBytes)}, ${entries.length} files): handlers index.scanAccount, index.listAccounts, index.aggregate`,
  );
  console.log(`source map (not shipped): ${relative(root, sourceMap)}`);
  console.log(`upload it as s3://<artifact bucket>/${key} and deploy with ArtifactKey=${key}`);
}
