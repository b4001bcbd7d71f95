/**
 * The layer rules of eslint.config.mjs, probed with code that breaks them. Each probe is linted
 * as the text of a real file of that layer (the type-aware rules need a file the project knows).
 */
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });
const CORE_FILE = 'src/core/zodConfig.ts';
const RENDERER_FILE = 'src/renderer/src/main.tsx';

async function problems(code: string, filePath: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.severity === 2);
}

function rules(messages: readonly Linter.LintMessage[]): (string | null)[] {
  return messages.map((m) => m.ruleId);
}

describe('layer rules', { timeout: 120_000 }, () => {
  it('accept pure code in core, so the probes below fail for what they add', async () => {
    expect(
      await problems(`export const twice = (n: number): number => n * 2;\n`, CORE_FILE),
    ).toEqual([]);
  });

  it('refuse any Node module in core, with or without the node: prefix', async () => {
    for (const code of [
      `import path from 'node:path';\nexport const sep = path.sep;\n`,
      `import { execFile } from 'node:child_process';\nexport const run = execFile;\n`,
      `import { join } from 'path';\nexport const j = join;\n`,
      `import { readFile } from 'node:fs/promises';\nexport const r = readFile;\n`,
    ]) {
      const found = await problems(code, CORE_FILE);
      expect(rules(found), code).toEqual(['no-restricted-imports']);
      expect(found[0]!.message).toMatch(/src\/core is pure/);
    }
  });

  it('refuse the process and Buffer globals in core', async () => {
    for (const code of [
      `export const pid = process.pid;\n`,
      `export const bytes = Buffer.from('a');\n`,
    ]) {
      expect(rules(await problems(code, CORE_FILE)), code).toEqual(['no-restricted-globals']);
    }
  });

  it('refuse process in the renderer', async () => {
    const found = await problems(`export const pid: number = process.pid;\n`, RENDERER_FILE);
    expect(rules(found)).toEqual(['no-restricted-globals']);
    expect(found[0]!.message).toMatch(/process is Node's/);
  });

  it('refuse a promise left floating or passed where a void callback goes', async () => {
    const floating = `const save = async (): Promise<void> => {};\nexport function run(): void {\n  save();\n}\n`;
    expect(rules(await problems(floating, CORE_FILE))).toEqual([
      '@typescript-eslint/no-floating-promises',
    ]);
    const misused = `const save = async (): Promise<void> => {};\nexport const ok = [1].forEach(async () => save());\nexport const when = new Promise<void>((r) => r());\nif (when) save().catch(() => undefined);\n`;
    expect(rules(await problems(misused, CORE_FILE))).toEqual([
      '@typescript-eslint/no-misused-promises',
      '@typescript-eslint/no-misused-promises',
    ]);
  });
});
