// Lint rules of the house style (shared layout in README, the layers in ARCHITECTURE.md): type-checked
// TypeScript, one-way imports between the layers, and a pure core: src/treaty and src/engine may not
// touch the clock, randomness, the process or node:*.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/ and what each may import besides itself (ARCHITECTURE.md has the same table).
 * Imports go down only; a layer not listed is out of bounds. Tests (`*.test.ts`, test/) may import
 * any layer; the test helpers `src/<layer>/testing.ts` keep to their layer's row.
 */
const CORE = ['treaty', 'engine', 'scenario'];
const LAYERS = {
  treaty: [],
  engine: ['treaty'],
  scenario: ['treaty', 'engine'],
  analysis: [...CORE],
  log: [...CORE],
  store: [...CORE, 'log'],
  app: [...CORE, 'analysis', 'log', 'store'],
  mirror: [...CORE, 'analysis', 'log', 'store', 'app'],
  client: [...CORE, 'analysis', 'log', 'store', 'app'],
  server: [...CORE, 'analysis', 'log', 'store', 'app', 'mirror'],
  witness: [...CORE, 'log'],
  cli: [...CORE, 'analysis', 'log', 'store', 'app', 'mirror', 'client', 'server', 'witness'],
};

/** What the web UI may import from src/: the pure code, shared with the browser. */
const WEB = [...CORE, 'analysis', 'log'];

/** The zones of import-x/no-restricted-paths: one per layer, and the rest of the tree. */
const zones = [
  ...Object.entries(LAYERS).map(([layer, may]) => ({
    target: `src/${layer}`,
    from: 'src',
    except: [layer, ...may].map((p) => `./${p}`),
    message: `src/${layer} may import ${may.length ? `only ${may.join(', ')}` : 'no other layer'}; imports go down (ARCHITECTURE.md).`,
  })),
  {
    target: 'src',
    from: ['test', 'bench', 'scripts', 'web'],
    message: 'The layers of src/ import nothing from the tests, the benchmarks, the scripts or the web UI.',
  },
  {
    target: 'web',
    from: 'src',
    except: WEB.map((p) => `./${p}`),
    message: `The web UI runs in the browser: from src/ it imports only ${WEB.join(', ')}.`,
  },
  {
    target: 'web',
    from: ['src/log/node-*'],
    message: "The web UI runs in the browser: not src/log's node bindings.",
  },
  {
    target: ['web', 'bench', 'scripts'],
    from: 'test',
    message: 'Only the tests import from test/; put a helper the others need in scripts/ or src/.',
  },
];

/** The rules of a pure layer: no node:*, no dependencies, no clock, no randomness, no process. */
const pureCore = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: ['node:*'],
          message: 'The treaty model, the engine and the analyses are pure: no node:* modules.',
        },
        {
          regex: '^(?!\\.)',
          message: 'The treaty model, the engine and the analyses have no runtime dependencies.',
        },
      ],
    },
  ],
  'no-restricted-globals': [
    'error',
    { name: 'process', message: 'Pure code does not read the process.' },
    { name: 'Date', message: 'Pure code does not read the clock; dates are IsoDate strings.' },
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Math', property: 'random', message: 'Pure code is deterministic.' },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules/', 'est-data/', 'web/dist/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', 'bin/*.js', 'scripts/*.js'] } },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver()] },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      'import-x/no-cycle': 'error',
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', name: ['describe', 'it', 'test'], package: 'node:test' },
          ],
        },
      ],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    // Plain Node scripts (the bin, the test runner, worker threads): Node's globals, no type information.
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: false, project: false },
    },
  },
  {
    files: ['src/treaty/**/*.ts', 'src/engine/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: pureCore,
  },
  {
    files: ['src/analysis/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: pureCore,
  },
  {
    // The log code also runs in the browser (verification); only its node bindings (node-*) use node:*.
    files: ['src/log/**/*.ts'],
    ignores: ['**/*.test.ts', 'src/log/node-*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*'], message: 'src/log is shared with the browser: no node:* here.' }] },
      ],
    },
  },
  {
    // The web UI runs in the browser: it uses the pure code, never the server's.
    files: ['web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*'], message: 'The web UI runs in the browser: no node:* modules.' }] },
      ],
    },
  },
  {
    // One-way imports between the layers (LAYERS above); the tests may reach any layer.
    files: ['src/**/*.{ts,js}', 'web/**/*.{ts,tsx}', 'bench/**/*.ts', 'scripts/**/*.{ts,js}', 'bin/**/*.js'],
    ignores: ['**/*.test.ts'],
    rules: { 'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones }] },
  },
  prettier,
);
