/**
 * The renderer's folder rule, run through ESLint as the editor and CI run it: a feature imports
 * only ui/, api/, lifecycle/ and core; workbench/ may import every feature.
 */
import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The probes are not files of any tsconfig, so they are linted without type information: the
// folder rule needs none, and the project service refuses a file it does not know.
const eslint = new ESLint({
  cwd: path.resolve(__dirname, '..'),
  overrideConfig: {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-misused-promises': 'off',
    },
  },
});

async function restricted(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.resolve(__dirname, '..', file) });
  const fatal = (result?.messages ?? []).filter((m) => m.fatal);
  expect(fatal.map((m) => m.message)).toEqual([]);
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

const use = (spec: string): string => `import { x } from '${spec}';\nexport const y = x;\n`;

describe('imports between the renderer folders', () => {
  it.each([
    ['src/renderer/src/compare/Probe.tsx', '../evidence/EntryPoints'],
    ['src/renderer/src/evidence/Probe.tsx', '../compare/ClaimCard'],
    ['src/renderer/src/charts/export/probe.ts', '../../notes/NotesPanel'],
    ['src/renderer/src/notes/Probe.tsx', '../workbench/Workbench'],
    ['src/renderer/src/ui/Probe.tsx', '../compare/claimSlots'],
    ['src/renderer/src/api/probe.ts', '../charts/ChartsStrip'],
  ])('%s may not import %s', async (file, spec) => {
    const messages = await restricted(file, use(spec));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/import(s)? (only|none)/);
  });

  it.each([
    ['src/renderer/src/compare/Probe.tsx', '../ui/icons'],
    ['src/renderer/src/compare/Probe.tsx', '../api/getApi'],
    ['src/renderer/src/notes/Probe.tsx', '../lifecycle/flush'],
    ['src/renderer/src/charts/export/probe.ts', '../../../../core/charts/types'],
    ['src/renderer/src/charts/plots/Probe.tsx', '../theme/chartTheme'],
    ['src/renderer/src/workbench/Probe.tsx', '../evidence/EntryPoints'],
    ['src/renderer/src/workbench/Probe.tsx', '../charts/ChartsStrip'],
  ])('%s may import %s', async (file, spec) => {
    expect(await restricted(file, use(spec))).toEqual([]);
  });
});
