// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const electron = {
  name: 'electron',
  message: 'Only src/main/electron and src/preload may import electron.',
};
const nodeFs = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises'].map((name) => ({
  name,
  message: 'src/core is pure: no file system.',
}));

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'data/schema/**',
      'test-results/**',
      'playwright-report/**',
      'bench/.build/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    // Config files, and declarations of modules whose default export is not ours to choose.
    files: ['**/*.config.*', 'eslint.config.mjs', '**/*.d.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['scripts/**', 'e2e/**', 'bench/**', '**/*.mjs', '**/*.test.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Playwright fixtures declare "no dependencies" with an empty pattern.
    files: ['e2e/**'],
    rules: { 'no-empty-pattern': 'off' },
  },
  // Layers: core ← main, core ← renderer. Enforced here, not by convention.
  {
    files: ['src/core/**'],
    // Tests of core read fixtures from disk; the code under test stays pure.
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            electron,
            ...nodeFs,
            { name: 'react', message: 'src/core has no UI.' },
            { name: 'react-dom', message: 'src/core has no UI.' },
          ],
          patterns: [
            {
              group: ['**/main/**', '**/renderer/**', '**/preload/**'],
              message: 'src/core imports no other layer.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'sessionStorage',
      ],
    },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [electron],
          patterns: [
            {
              group: ['**/main/**', '**/preload/*', '!**/preload/*.d.ts'],
              message: 'The renderer never imports src/main or the preload.',
            },
            { group: ['node:*'], message: 'The renderer has no Node access.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/services/**', 'src/main/browser-host/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electron],
          patterns: [
            {
              group: ['**/renderer/**', '**/electron/**'],
              message: 'Services are plain Node and never reach into the shell or the UI.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/electron/**', 'src/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**'], message: 'main never imports the renderer.' }] },
      ],
    },
  },
);
