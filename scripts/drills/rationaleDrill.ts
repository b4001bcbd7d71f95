/**
 * Loss path 4: a verdict's rationale typed while the disk is read-only. A try loses text when the
 * field no longer holds it, or when it is not in user.json once the disk takes writes again.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { caseFacts } from '../../src/main/services/drill/drillServices';
import { remount } from '../../src/main/services/testing/scratch';
import type { DrillTry } from './browserDrill';

export const rationaleTry: DrillTry = async ({ page, workspace }, round) => {
  const { caseId, dimension } = await caseFacts();
  const row = page.locator(`.grid-row[data-dimension="${dimension}"]`);
  const status = row.locator('.verdict-status');
  const why = `Demands rose, try ${round}.`;
  await row.locator('select.verdict-select').selectOption('intensified');
  await status.filter({ hasText: /^Saved/ }).waitFor();
  remount(workspace, 'ro');
  const field = row.locator('textarea.verdict-rationale');
  await field.fill(why);
  await field.blur();
  await status.filter({ hasText: /^Not saved/ }).waitFor();
  const kept = (await field.inputValue()) === why;
  remount(workspace, 'rw');
  await status
    .filter({ hasText: /^Saved/ })
    .waitFor({ timeout: 15_000 })
    .catch(() => undefined);
  const file = path.join(workspace, 'cases', caseId, 'user.json');
  const layer = JSON.parse(await readFile(file, 'utf8').catch(() => '{}')) as {
    verdicts?: { dimension: string; rationale?: string }[];
  };
  const stored = layer.verdicts?.find((v) => v.dimension === dimension)?.rationale;
  return { lost: !kept || stored !== why };
};
