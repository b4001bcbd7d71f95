/**
 * The charts follow the theme: the OS's scheme by default, the View menu's choice over it. The
 * theme declares each colour as a light/dark pair; what a chart draws must hold the one colour in
 * effect, never the pair, and so must an exported figure in the theme chosen for it.
 */
import { readFile } from 'node:fs/promises';
import { ChartsPage } from './pages/ChartsPage';
import { WorkbenchPage } from './pages/WorkbenchPage';
import { expect, test } from './support/fixtures';

/** The first period's colour and the band opacity, from base.css and charts.css. */
const LIGHT = { period: '(#2f5fa7|rgb\\(47, 95, 167\\))', band: 0.09 };
const DARK = { period: '(#8fb3ec|rgb\\(143, 179, 236\\))', band: 0.12 };

const cases = [
  { name: 'the OS in light', os: 'light', choice: 'system', expected: LIGHT },
  { name: 'the OS in dark', os: 'dark', choice: 'system', expected: DARK },
  { name: 'Dark chosen on a light OS', os: 'light', choice: 'dark', expected: DARK },
  { name: 'Light chosen on a dark OS', os: 'dark', choice: 'light', expected: LIGHT },
] as const;

for (const c of cases) {
  test(`with ${c.name}, a chart holds that theme's colours and its figure those of the theme chosen for it`, async ({
    app,
  }) => {
    await app.page.setViewportSize({ width: 1440, height: 1200 });
    await app.page.emulateMedia({ colorScheme: c.os });
    const wb = new WorkbenchPage(app.page);
    await wb.waitUntilOpen();
    if (c.choice !== 'system') await wb.chooseTheme(c.choice);

    const charts = new ChartsPage(app.page);
    await charts.openIssue('Burden-sharing');
    const title = "Japan's purchases of US defence equipment";
    const chart = charts.chart(title);
    await expect(charts.plot(title)).toBeVisible();

    // A period band on screen: drawn in the first period's colour, at the theme's opacity.
    const band = chart.locator('.recharts-reference-area-rect').first();
    await expect(band).toHaveAttribute('fill', new RegExp(`^${c.expected.period}$`, 'i'));
    await expect(band).toHaveAttribute('fill-opacity', String(c.expected.band));

    // The figure's theme is the figure's, not the app's: light unless Dark is chosen in the
    // dialog, and in each the one colour in effect, never the pair.
    for (const figure of ['Light', 'Dark'] as const) {
      const dialog = await charts.openDialog(title);
      await dialog.getByRole('radio', { name: figure, exact: true }).check();
      const file = await charts.exportFile(title, 'Save SVG');
      const svg = await readFile(file.path, 'utf8');
      expect(svg).not.toContain('light-dark(');
      expect(svg).not.toContain('var(');
      const wanted = figure === 'Light' ? LIGHT : DARK;
      expect(svg).toMatch(new RegExp(wanted.period, 'i'));
      const other = wanted === LIGHT ? DARK : LIGHT;
      expect(svg).not.toMatch(new RegExp(other.period, 'i'));
    }
  });
}
