/**
 * Work typed while the workspace's disk refuses writes is never lost: the page asks before it is
 * closed, keeps a recovery copy that is offered when the note is opened again, and a verdict's
 * rationale stays in its field and is saved once the disk takes writes again. The workspace is a
 * real tmpfs, remounted read-only after a first save.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { mountTmpfs, remount, unmount } from '../src/main/services/testing/scratch';
import { readDefaultCase } from './pages/caseFile';
import { EvidencePage } from './pages/EvidencePage';
import { NotesPage, readNote } from './pages/NotesPage';
import { WorkbenchPage } from './pages/WorkbenchPage';
import { expect, test } from './support/fixtures';

const NO_MOUNT = 'needs root on Linux, to mount a tmpfs that can be made read-only';

async function openNotes(page: Page): Promise<NotesPage> {
  await new WorkbenchPage(page).waitUntilOpen();
  const notes = new NotesPage(page);
  await notes.waitUntilOpen();
  return notes;
}

test.describe('with a disk that turns read-only', () => {
  let mounted: string | undefined;

  test.beforeEach(({ workspace }) => {
    test.skip(!mountTmpfs(workspace, '8m'), NO_MOUNT);
    mounted = workspace;
  });

  test.afterEach(() => {
    if (mounted) unmount(mounted);
    mounted = undefined;
  });

  test('closing a tab with an unsaved note asks first, and the text is offered again', async ({
    launch,
    workspace,
    hostKind,
  }) => {
    test.skip(
      hostKind === 'electron',
      'a browser tab; the desktop close question is closeGuard.ts',
    );
    const kase = await readDefaultCase();
    const issue = kase.issues[0]!;
    const app = await launch({ workspace });
    try {
      const notes = await openNotes(app.page);
      await notes.typeAtEnd('Saved before the disk failed.');
      await expect(notes.status).toHaveText('Saved');

      remount(workspace, 'ro');
      await notes.typeAtEnd(' Typed on a read-only disk.');
      await expect(notes.status).toHaveAttribute('data-state', 'error');

      const dialogs: string[] = [];
      app.page.on('dialog', (dialog) => {
        dialogs.push(dialog.type());
        void dialog.accept();
      });
      await app.page.close({ runBeforeUnload: true });
      await expect.poll(() => dialogs).toEqual(['beforeunload']);
      await expect.poll(() => app.page.isClosed()).toBe(true);

      remount(workspace, 'rw');
      expect(await readNote(workspace, issue.id)).toBe('Saved before the disk failed.');
      const page = await app.page.context().newPage();
      await page.goto(`${app.origin}/?token=${encodeURIComponent(app.token ?? '')}`);
      const again = await openNotes(page);
      const banner = again.panel.getByRole('alert', { name: /Unsaved text of .* was recovered/ });
      await expect(banner).toBeVisible();
      // Offered, not applied: the editor shows the file until the user chooses.
      await expect.poll(() => again.text()).toBe('Saved before the disk failed.');
      await banner.getByRole('button', { name: 'Compare' }).click();
      await expect(banner.getByLabel('Recovered text')).toHaveText(
        'Saved before the disk failed. Typed on a read-only disk.',
      );
      await banner.getByRole('button', { name: 'Restore' }).click();
      await expect(banner).toBeHidden();
      await expect(again.status).toHaveText('Saved');
      await expect
        .poll(() => readNote(workspace, issue.id))
        .toBe('Saved before the disk failed. Typed on a read-only disk.');
    } finally {
      await app.close();
    }
  });

  test('a rationale typed while its save fails stays, and is saved once the disk recovers', async ({
    launch,
    workspace,
  }) => {
    const kase = await readDefaultCase();
    const burden = kase.issues.find((i) => i.id === 'burden-sharing')!;
    const dimension = burden.dimensions[0]!;
    const app = await launch({ workspace });
    try {
      const wb = new WorkbenchPage(app.page);
      await wb.waitUntilOpen();
      await wb.openIssue(burden.label);
      const row = app.page.locator(`.grid-row[data-dimension="${dimension.id}"]`);
      await wb.verdictSelect(dimension.label).selectOption('intensified');
      await expect(wb.verdictStatus(row)).toHaveText(/^Saved/);

      remount(workspace, 'ro');
      const why = 'Demands rose from 2% towards 3% of GDP.';
      await wb.rationale(dimension.label).fill(why);
      await wb.rationale(dimension.label).blur();
      await expect(wb.verdictStatus(row)).toContainText('Not saved');
      await expect(wb.rationale(dimension.label)).toHaveValue(why);

      remount(workspace, 'rw');
      // Tried again by itself (backoff); no click needed.
      await expect(wb.verdictStatus(row)).toHaveText(/^Saved/, { timeout: 15_000 });
      await expect(wb.rationale(dimension.label)).toHaveValue(why);
      const file = path.join(workspace, 'cases', 'japan-trump', 'user.json');
      const verdicts = JSON.parse(await readFile(file, 'utf8')).verdicts as unknown[];
      expect(verdicts).toEqual([
        expect.objectContaining({ dimension: dimension.id, rationale: why }),
      ]);
    } finally {
      await app.close();
    }
  });
});

test('leaving a page with text typed into a form asks first; a saved form does not', async ({
  app,
  hostKind,
}) => {
  test.skip(hostKind === 'electron', 'a browser tab; the desktop close question is closeGuard.ts');
  const ev = new EvidencePage(app.page);
  const panel = await ev.openPanel('Sources');
  await panel.getByLabel('Title').fill('A report typed but not added');
  const dialogs: string[] = [];
  app.page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.dismiss();
  });
  await app.page.close({ runBeforeUnload: true });
  await expect.poll(() => dialogs).toEqual(['beforeunload']);
  expect(app.page.isClosed()).toBe(false);

  // Added: nothing is left unsaved, so the page goes without a question.
  await panel.getByRole('button', { name: 'Add source' }).click();
  await expect(panel.getByLabel('Title')).toHaveValue('');
  await app.page.close({ runBeforeUnload: true });
  await expect.poll(() => app.page.isClosed()).toBe(true);
  expect(dialogs).toEqual(['beforeunload']);
});
