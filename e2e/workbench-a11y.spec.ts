import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { NotesPage } from './pages/NotesPage';
import { WorkbenchPage } from './pages/WorkbenchPage';
import { axeViolations, seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { LAPTOP_SIZES as SIZES } from './support/laptopSizes';

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the main screen, overview, a dialog and the notes at every laptop size (${scheme})`, async ({
    app,
  }) => {
    // Four sizes, each screen in turn, on one page: a long walk, not a slow app.
    test.slow();
    const { page } = app;
    await page.emulateMedia({ colorScheme: scheme });
    const wb = new WorkbenchPage(page);
    const notes = new NotesPage(page);
    await wb.waitUntilOpen();
    const found: string[] = [];
    const check = async (where: string, within?: string): Promise<void> => {
      for (const v of await axeViolations(page, within)) found.push(`${where}: ${v}`);
    };
    for (const size of SIZES) {
      const at = `${size.width}×${size.height}`;
      await page.setViewportSize(size);
      await expect(page.locator('.claim-card').first()).toBeVisible();
      const notesButton = page.getByRole('button', { name: 'Notes', exact: true });
      const notesOpen = (await notesButton.getAttribute('aria-expanded')) === 'true';
      if (notesOpen) await expect(notes.editor).toBeVisible();
      await check(`${at} main screen`);

      await wb.overviewButton().click();
      await expect(wb.overview()).toBeVisible();
      await check(`${at} overview`);
      await wb.overviewButton().click();

      // The page behind was checked just before: only the dialog is new.
      await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
      await check(`${at} shortcuts dialog`, '[role="dialog"]');
      await page.keyboard.press('Escape');

      // Where the notes start collapsed, they are opened and checked on their own.
      if (!notesOpen) {
        await notesButton.click();
        await expect(notes.editor).toBeVisible();
        await check(`${at} notes`, '.notes-column');
      }
    }
    expect(found).toEqual([]);
  });

  test(`no serious accessibility violation on any screen (${scheme})`, async ({ app }) => {
    // Axe runs on every screen and dialog in turn: a long walk, not a slow app.
    test.slow();
    const { page } = app;
    await page.emulateMedia({ colorScheme: scheme });
    const wb = new WorkbenchPage(page);
    await wb.waitUntilOpen();
    await expect(page.locator('.claim-card').first()).toBeVisible();
    expect(await seriousViolations(page), 'workbench').toEqual([]);

    // A verdict set, a search with hits, three panes.
    await wb
      .verdictSelect((await page.locator('.row-title').first().textContent()) ?? '')
      .selectOption('reversed');
    await wb.addPaneButton().click();
    await wb.search().fill('Trump');
    await page.keyboard.press('Enter');
    await expect(page.locator('.claim-card.is-current-hit')).toHaveCount(1);
    expect(await seriousViolations(page), 'three panes and search').toEqual([]);

    await wb.filtersButton().click();
    await expect(wb.filterPanel()).toBeVisible();
    await wb.filterPanel().getByRole('checkbox', { name: /Fact/ }).check();
    expect(await seriousViolations(page), 'filters').toEqual([]);
    await page.keyboard.press('Escape');

    await wb.overviewButton().click();
    await expect(wb.overview()).toBeVisible();
    expect(await seriousViolations(page), 'overview').toEqual([]);
    await wb.overviewButton().click();

    await page.locator('.claim-card').first().click();
    await expect(wb.evidenceDialog()).toBeVisible();
    expect(await seriousViolations(page), 'evidence dialog').toEqual([]);
    await page.keyboard.press('Escape');

    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    expect(await seriousViolations(page), 'shortcuts').toEqual([]);
  });

  test(`no serious accessibility violation with the broken-file banners (${scheme})`, async ({
    launch,
    workspace,
  }) => {
    const file = path.join(workspace, 'cases', 'japan-trump', 'user.json');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, 'garbage');
    await writeFile(path.join(workspace, 'settings.json'), 'garbage');
    const app = await launch({ workspace });
    await app.page.emulateMedia({ colorScheme: scheme });
    await new WorkbenchPage(app.page).waitUntilOpen();
    await expect(app.page.getByRole('alert', { name: 'Verdicts are read-only' })).toBeVisible();
    expect(await seriousViolations(app.page), 'banners').toEqual([]);
  });
}
