// Lint rules of the house style (shared layout in README): type-checked TypeScript, one-way imports,
// and a pure core: src/treaty and src/engine may not touch the clock, randomness, the process or node:*.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** The rules of a pure layer that may not import the given layers. */
const pureCore = (layers) => ({
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
        {
          group: layers.map((l) => `**/${l}/**`),
          message: 'Imports flow one way: treaty <- engine <- {analysis, app} <- {server, cli}.',
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
});

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
    rules: pureCore(['cli', 'server', 'store', 'app', 'client', 'scenario', 'analysis', 'log']),
  },
  {
    files: ['src/analysis/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: pureCore(['cli', 'server', 'store', 'app', 'client', 'log']),
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
        {
          patterns: [
            { group: ['node:*'], message: 'The web UI runs in the browser: no node:* modules.' },
            {
              group: [
                '**/src/app/**',
                '**/src/server/**',
                '**/src/store/**',
                '**/src/client/**',
                '**/src/cli/**',
                '**/log/node-*',
              ],
              message:
                "The web UI uses the pure treaty, engine, scenario, analysis and log-verification code, never the server's.",
            },
          ],
        },
      ],
    },
  },
  prettier,
);
