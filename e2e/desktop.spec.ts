/**
 * What only the desktop app does: a bundle handed over by the system (a double-click starts
 * `Diptych <file>`) opens with its import preview. The browser host has no such hand-over; its
 * own check (takeOpenedBundle answers null) is in foundation.spec.ts.
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { EvidencePage } from './pages/EvidencePage';
import { expect, test } from './support/fixtures';

test('a bundle opened from the system shows its import preview', async ({
  hostKind,
  launch,
  workspace,
}) => {
  test.skip(hostKind !== 'electron', 'only the desktop app is handed files by the system');
  const first = await launch({ workspace });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'diptych-opened-'));
  try {
    const ev = new EvidencePage(first.page);
    const panel = await ev.openPanel('Share');
    const saved = await ev.download(() =>
      panel.getByRole('button', { name: 'Export case bundle' }).click(),
    );
    const bundle = path.join(dir, saved.fileName);
    await copyFile(saved.path, bundle);
    await first.close();

    const other = await mkdtemp(path.join(os.tmpdir(), 'diptych-other-'));
    const second = await launch({ workspace: other, openFiles: [bundle] });
    const preview = second.page.getByRole('group', { name: `Contents of ${saved.fileName}` });
    await expect(preview).toBeVisible();
    await expect(preview).toContainText('This workspace holds nothing for the case yet');
    await preview.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(second.page.getByRole('status').filter({ hasText: 'imported' })).toBeVisible();
    await rm(other, { recursive: true, force: true });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
