// ESLint: TypeScript rules, Lit template rules, web-component rules and lit-a11y's accessibility
// checks of templates. Formatting is Prettier's (eslint-config-prettier turns off clashing rules).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'custom-elements.json',
      'docs/',
      '.data/',
      'collector/node_modules/',
      'collector/dist/',
      'test/react/.build/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    languageOptions: { globals: globals.browser },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The embed's boundary, by folder: src/chunks/ holds what loads on demand. The first script reaches
  // a chunk only by its loader's import() (never a static import, which would pull it in), and a
  // chunk imports nothing of the first script at run time (it would import the embed back, which a
  // classic <script> cannot be). Types cross freely. The bundler checks the same (rollup.config.mjs).
  {
    files: ['src/**/*.ts'],
    // The npm entry points are no part of the embed: a bundler takes what they export.
    ignores: ['src/chunks/**', 'src/index.ts', 'src/react.ts', 'src/server.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/chunks/**'],
              allowTypeImports: true,
              message: 'The first script loads a chunk with import() through its loader (on-demand.ts).',
            },
          ],
        },
      ],
    },
  },
  ...[
    ['src/chunks/*.ts', '../*'],
    ['src/chunks/*/*.ts', '../../*'],
  ].map(([files, outside]) => ({
    files: [files],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [outside],
              allowTypeImports: true,
              message: 'A chunk imports nothing of the first script at run time: ask for it through the Kit or a job.',
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: globals.mocha },
    rules: {
      // Tests read recorded requests and event details whose shapes they check themselves.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Tests define throwaway elements to prove registration under other names.
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**/*.mjs', 'test/server/**/*.mjs', 'demo/**/*.js', 'test/fixtures/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  prettier
);
