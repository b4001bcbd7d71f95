/**
 * Loss path 1: a note typed on a disk that turned read-only, then the tab closed. A try loses
 * text when the page closes without asking, or when the text is not on disk after the recovery
 * copy offered on the next open is restored (disk writable again).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { caseFacts } from '../../src/main/services/drill/drillServices';
import { remount } from '../../src/main/services/testing/scratch';
import type { DrillTry } from './browserDrill';

function noteState(page: Page, state: string): Promise<void> {
  return page.locator(`.note-status[data-state="${state}"]`).waitFor();
}

export const closeWhileFailingTry: DrillTry = async ({ page, host, workspace }, round) => {
  const { caseId, issue } = await caseFacts();
  const editor = page.getByRole('complementary', { name: 'Notes' }).getByRole('textbox');
  const saved = `Saved part ${round}.`;
  const typed = `${saved} Typed on a read-only disk, try ${round}.`;
  await editor.click();
  await page.keyboard.type(saved);
  await noteState(page, 'saved');
  remount(workspace, 'ro');
  await page.keyboard.type(typed.slice(saved.length));
  await noteState(page, 'error');

  let asked = false;
  page.on('dialog', (dialog) => {
    asked = dialog.type() === 'beforeunload';
    void dialog.accept();
  });
  await page.close({ runBeforeUnload: true });
  while (!page.isClosed()) await new Promise((r) => setTimeout(r, 50));
  remount(workspace, 'rw');

  const again = await page.context().newPage();
  await again.goto(host.url);
  const banner = again.getByRole('alert', { name: /Unsaved text of .* was recovered/ });
  await banner.getByRole('button', { name: 'Restore' }).click({ timeout: 10_000 });
  await noteState(again, 'saved');
  const file = path.join(workspace, 'notes', caseId, `${issue}.md`);
  const onDisk = await readFile(file, 'utf8').catch(() => '');
  return { lost: !asked || onDisk !== typed };
};
