// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const electron = {
  name: 'electron',
  message: 'Only src/main/electron and src/preload may import electron.',
};
// Every Node built-in, with and without the `node:` prefix: core runs in the renderer too.
const nodeBuiltins = builtinModules
  .filter((name) => !name.startsWith('_'))
  .map((name) => ({ name, message: 'src/core is pure: no Node module.' }));
const nodeGlobals = ['process', 'Buffer', 'global', 'require', '__dirname', '__filename'].map(
  (name) => ({ name, message: `${name} is Node's: this code also runs in the renderer.` }),
);

// The renderer's folders: a feature imports only ui/, api/, lifecycle/ and core, never another
// feature; workbench/ is where the features are put together, so it may import them all.
const features = ['compare', 'charts', 'notes', 'evidence', 'workbench'];
const rendererBase = [
  {
    group: ['**/main/**', '**/preload/*', '!**/preload/*.d.ts'],
    message: 'The renderer never imports src/main or the preload.',
  },
  { group: ['node:*'], message: 'The renderer has no Node access.' },
];
/** Relative imports that reach into one of `folders` (`../notes/…`, `../../charts/…`). */
const intoFolders = (folders, message) => ({
  regex: `^(\\.\\./)+(${folders.join('|')})(/|$)`,
  message,
});
const rendererFolderRules = [
  ...features
    .filter((f) => f !== 'workbench')
    .map((feature) => ({
      files: [`src/renderer/src/${feature}/**`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            paths: [electron],
            patterns: [
              ...rendererBase,
              intoFolders(
                features.filter((f) => f !== feature),
                `A feature (${feature}/) imports only ui/, api/, lifecycle/ and core: put what two features share in ui/, or let workbench/ connect them.`,
              ),
            ],
          },
        ],
      },
    })),
  {
    files: ['src/renderer/src/{ui,api,lifecycle}/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electron],
          patterns: [
            ...rendererBase,
            intoFolders(features, 'ui/, api/ and lifecycle/ serve every feature and import none.'),
          ],
        },
      ],
    },
  },
];

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
    // Type-aware rules: a promise nobody awaits loses its error, one passed where a void
    // callback is expected (onClick={save}) runs unhandled.
    files: ['**/*.{ts,tsx,mts}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
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
            ...nodeBuiltins,
            { name: 'react', message: 'src/core has no UI.' },
            { name: 'react-dom', message: 'src/core has no UI.' },
          ],
          patterns: [
            {
              group: ['**/main/**', '**/renderer/**', '**/preload/**'],
              message: 'src/core imports no other layer.',
            },
            { group: ['node:*'], message: 'src/core is pure: no Node module.' },
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
        ...nodeGlobals,
      ],
    },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: [electron], patterns: rendererBase }],
      'no-restricted-globals': ['error', ...nodeGlobals],
    },
  },
  ...rendererFolderRules,
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
