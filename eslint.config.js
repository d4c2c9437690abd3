// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The code of src/ that talks to AWS: the collection machinery (src/collect/), each service
 * module's collector, mapping and emulator seeding (its declaration, `index.ts` and
 * `types.ts`, stays SDK-free), the adapters that write to AWS (src/aws/: the S3 output
 * store, Security Hub, the KMS evidence signer) and the demo's seeding (src/demo/). The SDK
 * may be imported there and nowhere else in src/.
 */
export const AWS_FACING = [
  'src/collect/**',
  'src/services/*/collector.ts',
  'src/services/*/map.ts',
  'src/services/*/seed.ts',
  'src/aws/**',
  'src/demo/**',
];

export const awsSdkBoundary = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: ['@aws-sdk/*', '@smithy/*'],
          message:
            "The AWS SDK is imported only under src/collect/, src/aws/, src/demo/ and by a service module's collector.ts, map.ts and seed.ts (docs/architecture.md).",
        },
      ],
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'reports/', 'coverage/', '.venv/', 'bench/results/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        performance: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        AbortController: 'readonly',
        AbortSignal: 'readonly',
        fetch: 'readonly',
        Buffer: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: AWS_FACING,
    rules: awsSdkBoundary,
  },
  {
    // The report page's script writes data from AWS into the page: as text only, never as HTML.
    files: ['src/report/html/client.ts'],
    languageOptions: { globals: { document: 'readonly', window: 'readonly' } },
    rules: {
      'no-restricted-properties': [
        'error',
        ...['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'write', 'writeln', 'createContextualFragment'].map((property) => ({
          property,
          message: 'Write text with textContent and build elements with createElement: data from AWS must never be parsed as HTML.',
        })),
      ],
      'no-restricted-globals': ['error', { name: 'eval', message: 'No eval in the report page.' }],
    },
  },
);
