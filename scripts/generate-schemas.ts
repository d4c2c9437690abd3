/**
 * Generates the JSON Schemas that are derived from TypeScript types (the snapshot format)
 * into `schemas/`, and those built from them and from the engine's tables (the rule fixture
 * schema). `--check` exits 1 when the committed files differ from what would be generated
 * (the drift test runs it too).
 */
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { createGenerator } from 'ts-json-schema-generator';
import { configSchema } from '../src/engine/config-schema.ts';
import { ruleFixtureSchema } from '../src/engine/fixture-schema.ts';
import { ruleSchema } from '../src/engine/rule-schema.ts';
import { root, writeOrCheck } from './generated-files.ts';

export const generated = [
  {
    file: 'schemas/snapshot.schema.json',
    source: 'src/graph/snapshot-types.ts',
    type: 'Snapshot',
    id: 'https://cryptoposture.dev/schemas/snapshot-1.schema.json',
    title: 'cryptoposture snapshot',
  },
  {
    file: 'schemas/evidence-manifest.schema.json',
    source: 'src/evidence/types.ts',
    type: 'EvidenceManifest',
    id: 'https://cryptoposture.dev/schemas/evidence-manifest-1.schema.json',
    title: 'cryptoposture evidence bundle manifest',
  },
  {
    file: 'schemas/evidence-signature.schema.json',
    source: 'src/evidence/types.ts',
    type: 'EvidenceSignature',
    id: 'https://cryptoposture.dev/schemas/evidence-signature-1.schema.json',
    title: 'cryptoposture evidence bundle signature',
  },
  {
    file: 'schemas/findings.schema.json',
    source: 'src/report/findings-document.ts',
    type: 'FindingsDocument',
    id: 'https://cryptoposture.dev/schemas/findings-1.schema.json',
    title: 'cryptoposture findings',
  },
] as const;

export function generateSchema(entry: (typeof generated)[number]): string {
  const schema = createGenerator({
    path: `${root}${entry.source}`,
    tsconfig: `${root}tsconfig.json`,
    type: entry.type,
    additionalProperties: false,
    skipTypeCheck: true,
    topRef: false,
    sortProps: true,
  }).createSchema(entry.type);
  useDiscriminators(schema as JsonObject);
  return `${JSON.stringify({ $id: entry.id, title: entry.title, ...schema }, null, 2)}\n`;
}

type JsonObject = { [key: string]: unknown };

/**
 * A union tagged by `type` is generated as `anyOf`, on which a validator can only say "no
 * branch matched". As `oneOf` with a discriminator, Ajv validates the branch that the
 * `type` names and reports the JSON path of the actual error.
 */
function useDiscriminators(schema: JsonObject): void {
  const definitions = (schema['definitions'] ?? {}) as Record<string, JsonObject>;
  for (const definition of Object.values(definitions)) {
    const branches = definition['anyOf'];
    if (!Array.isArray(branches)) continue;
    const tagged = branches.every((b: JsonObject) => {
      const props = b['properties'] as Record<string, JsonObject> | undefined;
      return typeof props?.['type']?.['const'] === 'string' && (b['required'] as string[] | undefined)?.includes('type');
    });
    if (!tagged) continue;
    delete definition['anyOf'];
    definition['type'] = 'object';
    definition['discriminator'] = { propertyName: 'type' };
    definition['required'] = ['type'];
    definition['properties'] = {
      type: { type: 'string', enum: branches.map((b: JsonObject) => (b['properties'] as Record<string, JsonObject>)['type']!['const']) },
    };
    definition['oneOf'] = branches;
  }
}

/** Schemas built from other generated schemas (given by file, as just generated) and the engine's tables. */
export const built: { file: string; build: (schemas: ReadonlyMap<string, string>) => object }[] = [
  {
    file: 'schemas/rule-fixture.schema.json',
    build: (schemas) => ruleFixtureSchema(JSON.parse(schemas.get('schemas/snapshot.schema.json')!)),
  },
  { file: 'rules/rule.schema.json', build: () => ruleSchema() },
  { file: 'schemas/config.schema.json', build: () => configSchema() },
];

/** JSON as the repository formats it: Prettier where Prettier checks the file (rules/), plain otherwise. */
async function formatted(file: string, value: object): Promise<string> {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  if (file.startsWith('schemas/')) return text;
  const options = (await resolveConfig(`${root}${file}`)) ?? {};
  return format(text, { ...options, filepath: `${root}${file}` });
}

/** Every generated schema file and its text. */
export async function generateAll(): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const entry of generated) texts.set(entry.file, generateSchema(entry));
  for (const entry of built) texts.set(entry.file, await formatted(entry.file, entry.build(texts)));
  return texts;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeOrCheck(await generateAll());
