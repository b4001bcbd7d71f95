/**
 * Visual regression: the main screen, the overview, a dialog and the notes panel at two laptop
 * sizes, light and dark, compared with the baselines committed beside this spec. After an
 * intended change of look, `--update-snapshots` regenerates them.
 */
import type { Page } from '@playwright/test';
import { NotesPage } from './pages/NotesPage';
import { WorkbenchPage } from './pages/WorkbenchPage';
import { expect, test } from './support/fixtures';

const SIZES = [
  { width: 1024, height: 700 },
  { width: 1440, height: 900 },
] as const;

// Renders here are identical run to run; 300 pixels leaves room for stray anti-aliasing on
// another machine. An element moved by 3 px changes over 1,000, so it fails (1% let it through).
const SHOT = {
  animations: 'disabled',
  caret: 'hide',
  maxDiffPixels: 300,
  threshold: 0.2,
} as const;

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.mouse.move(0, 0);
}

for (const size of SIZES) {
  for (const scheme of ['light', 'dark'] as const) {
    const name = `${size.width}x${size.height}-${scheme}`;
    test(`the screens look as recorded at ${size.width}×${size.height} (${scheme})`, async ({
      app,
      hostKind,
    }) => {
      test.skip(
        hostKind === 'electron',
        'Baselines are Chromium-in-browser renders; Electron draws fonts and scrollbars differently',
      );
      const { page } = app;
      // A fixed clock: nothing on screen depends on today's date.
      await page.clock.setFixedTime(new Date('2026-03-02T10:00:00Z'));
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      const wb = new WorkbenchPage(page);
      await expect(page.locator('.claim-card').first()).toBeVisible();
      await settle(page);
      await expect(page).toHaveScreenshot(`main-${name}.png`, SHOT);

      await page.keyboard.press('o');
      await expect(wb.overview()).toBeVisible();
      await settle(page);
      await expect(page).toHaveScreenshot(`overview-${name}.png`, SHOT);
      await page.keyboard.press('o');

      await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
      await settle(page);
      await expect(page).toHaveScreenshot(`dialog-${name}.png`, SHOT);
      await page.keyboard.press('Escape');

      const notesButton = page.getByRole('button', { name: 'Notes', exact: true });
      if ((await notesButton.getAttribute('aria-expanded')) === 'false') await notesButton.click();
      const notes = new NotesPage(page);
      await expect(notes.panel).toBeVisible();
      await expect(notes.editor).toBeVisible();
      await settle(page);
      await expect(notes.panel).toHaveScreenshot(`notes-${name}.png`, SHOT);
    });
  }
}
