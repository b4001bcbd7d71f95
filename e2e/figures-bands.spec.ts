/**
 * Every period a chart's figure shades is named at every size preset: above its band (wrapped
 * when the band is narrow), inside an empty band, or on the category axis of a bar chart; each
 * name lies inside the figure and no two names overlap. Every value written over a mark lies
 * inside the plot and meets no axis label, period name or other value. Checked on the SVG files
 * written, laid out in the browser.
 */
import { readFile } from 'node:fs/promises';
import type { BrowserContext } from '@playwright/test';
import { readDefaultCase } from './pages/caseFile';
import { ChartsPage } from './pages/ChartsPage';
import { saveFileFrom } from './support/savedFile';
import { expect, test } from './support/fixtures';

const PRESETS = [
  { key: 'single', label: 'Journal, single column (85 mm)' },
  { key: 'double', label: 'Journal, double column (175 mm)' },
  { key: 'slide', label: 'Slide (16:9)' },
  { key: 'custom', label: 'Custom' },
] as const;

interface BandText {
  readonly band: string;
  /** The name above the band, its lines joined by spaces; null when there is none. */
  readonly name: string | null;
  readonly inside: string | null;
  readonly box: Box | null;
}

interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** A text's box in the figure, and what it says. */
interface LaidText extends Box {
  readonly text: string;
}

/** The value labels over the marks, the axes' labels, and the plot's own box. */
interface PlotTexts {
  readonly plot: Box;
  readonly values: LaidText[];
  readonly axes: LaidText[];
}

const apart = (a: Box, b: Box): boolean =>
  a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;

/** The period names of an SVG as laid out in a blank page, and the other texts of its plot. */
async function bandTexts(
  context: BrowserContext,
  svg: string,
): Promise<{ width: number; bands: BandText[]; texts: string[]; plot: PlotTexts }> {
  // The plot is a nested <svg> of the figure's; the legend and header are the figure's own.
  const page = await context.newPage();
  try {
    await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
    return await page.evaluate(async () => {
      await document.fonts.ready;
      const root = document.querySelector('svg')!;
      const origin = root.getBoundingClientRect();
      const boxOf = (e: Element): Box => {
        const r = e.getBoundingClientRect();
        return {
          left: r.left - origin.left,
          right: r.right - origin.left,
          top: r.top - origin.top,
          bottom: r.bottom - origin.top,
        };
      };
      const words = (t: Element): string => {
        const spans = [...t.querySelectorAll('tspan')];
        return (spans.length ? spans.map((s) => s.textContent) : [t.textContent]).join(' ');
      };
      const bands = [...root.querySelectorAll('g[data-band]')].map((g) => {
        const name = g.querySelector('text[data-band-name]');
        const inside = [...g.querySelectorAll('text')].find((t) => t !== name) ?? null;
        const r = name?.getBoundingClientRect();
        return {
          band: g.getAttribute('data-band') ?? '',
          name: name ? words(name) : null,
          inside: inside ? words(inside) : null,
          box: r
            ? {
                left: r.left - origin.left,
                right: r.right - origin.left,
                top: r.top - origin.top,
                bottom: r.bottom - origin.top,
              }
            : null,
        };
      });
      return {
        width: origin.width,
        bands,
        // The plot's own texts (its axes), not the legend's, which names every period anyway.
        texts: [...root.querySelectorAll('svg svg text')]
          .filter((t) => !t.closest('g[data-band]'))
          .map(words),
        plot: ((): PlotTexts => {
          // The plot is the nested <svg> that holds the axes: the largest one (the rest are swatches).
          const area = (e: Element): number =>
            e.getBoundingClientRect().width * e.getBoundingClientRect().height;
          const plot = [...root.querySelectorAll('svg svg')].sort((a, b) => area(b) - area(a))[0]!;
          const laid = (t: Element): LaidText => ({ ...boxOf(t), text: words(t) });
          const values = [...plot.querySelectorAll('text[data-value-label]')];
          return {
            plot: boxOf(plot),
            values: values.map(laid),
            // Every other text of the plot: the ticks of both axes, the unit, the periods' names.
            axes: [...plot.querySelectorAll('text')].filter((t) => !values.includes(t)).map(laid),
          };
        })(),
      };
    });
  } finally {
    await page.close();
  }
}

test('every period band and every value label fits at every size preset, without overlap', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const kase = await readDefaultCase();
  const label = new Map(kase.periods.map((p) => [p.id, p.label]));
  await app.page.setViewportSize({ width: 1440, height: 900 });
  const charts = new ChartsPage(app.page);
  let named = 0;
  let valueLabels = 0;
  for (const measure of kase.measures) {
    await charts.openIssue(kase.issues.find((i) => i.id === measure.issue)!.label);
    const dialog = await charts.openDialog(measure.label);
    for (const preset of PRESETS) {
      const where = `${measure.id} at ${preset.key}`;
      await dialog
        .getByRole('combobox', { name: 'Size', exact: true })
        .selectOption({ label: preset.label });
      const file = await saveFileFrom(app.page, () =>
        dialog.getByRole('button', { name: 'Save SVG', exact: true }).click(),
      );
      expect(file.fileName, where).toContain(`-${preset.key}-`);
      const { width, bands, texts, plot } = await bandTexts(
        app.page.context(),
        await readFile(file.path, 'utf8'),
      );
      expect(bands.map((b) => b.band).sort(), where).toEqual(
        expect.arrayContaining(['trump1', 'trump2']),
      );
      for (const band of bands) {
        const name = label.get(band.band)!;
        const shown =
          band.name === name ||
          band.inside?.startsWith(`${name}:`) === true ||
          // A bar chart names its periods on its category axis instead.
          (band.name === null && band.inside === null && texts.some((t) => t.includes(name)));
        expect(shown, `${where}: ${name} is named (${JSON.stringify(band)})`).toBe(true);
        if (band.box) {
          named += 1;
          expect(band.box.left, `${where}: ${name} starts inside`).toBeGreaterThanOrEqual(0);
          expect(band.box.right, `${where}: ${name} ends inside`).toBeLessThanOrEqual(width);
        }
      }
      const boxes = bands.flatMap((b) => (b.box ? [{ band: b.band, ...b.box }] : []));
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          expect(apart(a, b), `${where}: ${a.band} and ${b.band} overlap`).toBe(true);
        }
      }
      valueLabels += plot.values.length;
      expectValueLabelsClear(plot, where);
    }
    await charts.closeDialog(measure.label);
  }
  expect(named, 'some names are drawn above their bands').toBeGreaterThan(0);
  expect(valueLabels, 'some values are written over their marks').toBeGreaterThan(0);
});

/** Every value label lies inside the plot and meets neither an axis label nor another value. */
function expectValueLabelsClear(plot: PlotTexts, where: string): void {
  const { left, right, top, bottom } = plot.plot;
  for (const [i, v] of plot.values.entries()) {
    const inside = v.left >= left && v.right <= right && v.top >= top && v.bottom <= bottom;
    expect(inside, `${where}: "${v.text}" lies inside the plot ${JSON.stringify(v)}`).toBe(true);
    for (const a of plot.axes) {
      expect(apart(v, a), `${where}: "${v.text}" runs into the axis label "${a.text}"`).toBe(true);
    }
    for (const w of plot.values.slice(i + 1)) {
      expect(apart(v, w), `${where}: "${v.text}" runs into "${w.text}"`).toBe(true);
    }
  }
}
