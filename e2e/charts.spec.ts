/**
 * Charts of the quantitative claims and their exports, on the shipped case. Every format is
 * exported from the chart's export dialog, as a user would, and the files themselves are read
 * back and checked against the case file: PNG size, SVG content, CSV/JSON rows with their sources.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import { Measure } from '../src/core/case/schema';
import { chooseChartKind } from '../src/core/charts/chartKind';
import { ChartsPage } from './pages/ChartsPage';
import { allowClipboardReading, clipboardPngHead } from './support/clipboard';
import { ROOT } from './support/host';
import { saveFileFrom } from './support/savedFile';
import { expect, test } from './support/fixtures';

interface CaseEvidence {
  readonly source: string;
  readonly selector: { readonly exact: string };
}
interface CasePoint {
  readonly id: string;
  readonly period?: string;
  readonly value: number;
  readonly bound?: string;
  readonly role?: string;
  readonly actor?: string;
  readonly date?: string;
  readonly evidence?: CaseEvidence;
  readonly derived?: { readonly evidence: CaseEvidence };
}
interface CaseMeasure {
  readonly id: string;
  readonly issue: string;
  readonly label: string;
  readonly points: readonly CasePoint[];
}
interface CaseFile {
  readonly id: string;
  readonly issues: readonly { readonly id: string; readonly label: string }[];
  readonly periods: readonly { readonly id: string; readonly label: string }[];
  readonly sources: readonly {
    readonly id: string;
    readonly title: string;
    readonly authors: readonly { readonly family: string; readonly given?: string }[];
  }[];
  readonly measures: readonly CaseMeasure[];
}

async function shippedCase(): Promise<CaseFile> {
  const file = path.join(ROOT, 'data/cases/japan-trump/case.json');
  return JSON.parse(await readFile(file, 'utf8')) as CaseFile;
}

/** The issue area with the most measures, and those measures. */
function richestIssue(kase: CaseFile): { label: string; measures: CaseMeasure[] } {
  const count = (id: string): number => kase.measures.filter((m) => m.issue === id).length;
  const best = [...kase.issues].sort((a, b) => count(b.id) - count(a.id))[0]!;
  return { label: best.label, measures: kase.measures.filter((m) => m.issue === best.id) };
}

/** A measure with a derived point (its export must explain it), else the first. */
function measureWithDerivation(measures: readonly CaseMeasure[]): CaseMeasure {
  return measures.find((m) => m.points.some((p) => p.derived)) ?? measures[0]!;
}

/** The start every citation style gives the source line (citations.spec checks the styles). */
function sourceLineStart(kase: CaseFile, point: CasePoint): string {
  const id = (point.evidence ?? point.derived?.evidence)?.source;
  const source = kase.sources.find((s) => s.id === id)!;
  const author = source.authors[0]!;
  return `Source: ${author.family}${author.given ? `, ${author.given}` : ''}`;
}

/** Width and height from a PNG's IHDR, after checking its signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Chooses the PNG resolution ("1×", "300 dpi"…) in an open export dialog. */
async function chooseResolution(charts: ChartsPage, title: string, label: string): Promise<void> {
  await charts.dialog(title).getByLabel('PNG resolution').selectOption(label);
}

test.describe('charts', () => {
  test.beforeEach(async ({ app }) => {
    // Tall enough that the charts dock shows a whole chart, for the screenshots.
    await app.page.setViewportSize({ width: 1440, height: 1500 });
  });

  test('every measure of an issue is charted, fitted to its shape, in both themes', async ({
    app,
  }, testInfo) => {
    const kase = await shippedCase();
    const { label, measures } = richestIssue(kase);
    const charts = new ChartsPage(app.page);
    await charts.openIssue(label);
    await expect(charts.charts()).toHaveCount(measures.length);
    const kinds = new Set<string>();
    for (const m of measures) {
      const chart = charts.chart(m.label);
      await expect(charts.plot(m.label)).toBeVisible();
      kinds.add((await chart.getAttribute('data-chart-kind')) ?? '');
      // The text summary names every point's quote (or derivation) for screen readers.
      const summary = chart.locator('.chart-summary li');
      for (const p of m.points) {
        const quote = (p.evidence ?? p.derived?.evidence)!.selector.exact;
        await expect(summary.filter({ hasText: quote }).first()).toBeAttached();
      }
      await expect(
        chart.getByText(sourceLineStart(kase, m.points[0]!), { exact: false }),
      ).toBeVisible();
    }
    expect(kinds.size, 'the issue with most measures shows several chart types').toBeGreaterThan(1);

    for (const scheme of ['light', 'dark'] as const) {
      await app.page.emulateMedia({ colorScheme: scheme });
      for (const m of measures) {
        const chart = charts.chart(m.label);
        await chart.scrollIntoViewIfNeeded();
        const name = `${await chart.getAttribute('data-chart-kind')}-${m.id}-${scheme}.png`;
        await chart.screenshot({ path: testInfo.outputPath(name) });
        await testInfo.attach(name, { path: testInfo.outputPath(name), contentType: 'image/png' });
      }
    }
  });

  test('every measure of the case is charted as its shape calls for, each type exported', async ({
    app,
  }, testInfo) => {
    const kase = await shippedCase();
    const charts = new ChartsPage(app.page);
    const seen = new Set<string>();
    for (const issue of kase.issues) {
      const measures = kase.measures.filter((m) => m.issue === issue.id);
      if (measures.length === 0) continue;
      await charts.openIssue(issue.label);
      await expect(charts.charts()).toHaveCount(measures.length);
      for (const m of measures) {
        const chart = charts.chart(m.label);
        await expect(charts.plot(m.label)).toBeVisible();
        const kind = (await chart.getAttribute('data-chart-kind')) ?? '';
        expect(kind, m.id).toBe(chooseChartKind(Measure.parse(m)).kind);
        if (seen.has(kind)) continue;
        seen.add(kind);
        for (const scheme of ['light', 'dark'] as const) {
          await app.page.emulateMedia({ colorScheme: scheme });
          const name = `type-${kind}-${scheme}.png`;
          await chart.screenshot({ path: testInfo.outputPath(name) });
          await testInfo.attach(name, {
            path: testInfo.outputPath(name),
            contentType: 'image/png',
          });
          // The exported figure of each type, in each figure theme, kept to be looked at.
          await charts.openDialog(m.label);
          await chooseResolution(charts, m.label, '1×');
          await charts
            .dialog(m.label)
            .getByRole('radio', { name: scheme === 'light' ? 'Light' : 'Dark' })
            .check();
          const file = await charts.exportFile(m.label, 'Save PNG');
          await charts.closeDialog(m.label);
          const bytes = await readFile(file.path);
          expect(pngSize(bytes)).toEqual(file.pngSize);
          const exported = `export-${kind}-${scheme}.png`;
          await writeFile(testInfo.outputPath(exported), bytes);
          await testInfo.attach(exported, {
            path: testInfo.outputPath(exported),
            contentType: 'image/png',
          });
        }
        await app.page.emulateMedia({ colorScheme: 'light' });
      }
    }
    expect(seen.size, 'the shipped case calls for several chart types').toBeGreaterThan(1);
  });

  test('PNG exports at 1×, 2× and 3× are the size the dialog says, and complete', async ({
    app,
  }, testInfo) => {
    const kase = await shippedCase();
    const { label, measures } = richestIssue(kase);
    const measure = measureWithDerivation(measures);
    const charts = new ChartsPage(app.page);
    await charts.openIssue(label);
    await expect(charts.plot(measure.label)).toBeVisible();

    const sizes: { width: number; height: number }[] = [];
    await charts.openDialog(measure.label);
    for (const scale of [1, 2, 3]) {
      await chooseResolution(charts, measure.label, `${scale}×`);
      const file = await charts.exportFile(measure.label, 'Save PNG');
      expect(file.fileName).toBe(`${kase.id}-${measure.id}-double-light.png`);
      const bytes = await readFile(file.path);
      const size = pngSize(bytes);
      expect(size).toEqual(file.pngSize);
      sizes.push(size);
      await expect(charts.status(measure.label)).toHaveText(`Downloaded ${file.fileName}.`);
      const kept = `png-${scale}x.png`;
      await writeFile(testInfo.outputPath(kept), bytes);
      await testInfo.attach(kept, { path: testInfo.outputPath(kept), contentType: 'image/png' });
    }
    const [one, two, three] = sizes as [(typeof sizes)[0], (typeof sizes)[0], (typeof sizes)[0]];
    expect(two).toEqual({ width: one.width * 2, height: one.height * 2 });
    expect(three).toEqual({ width: one.width * 3, height: one.height * 3 });
    // Drawn for the page, not the window: a double column (175 mm at 96 dpi) whatever the
    // plot's width on screen, and a whole figure, taller than the plot alone.
    const plot = (await charts.plot(measure.label).boundingBox())!;
    expect(one.width).toBe(Math.round((175 / 25.4) * 96));
    expect(one.height).toBeGreaterThan(plot.height + 80);
  });

  test('the SVG export parses, stands alone, and carries title, legend and source', async ({
    app,
  }, testInfo) => {
    const kase = await shippedCase();
    const { label, measures } = richestIssue(kase);
    const measure = measureWithDerivation(measures);
    const charts = new ChartsPage(app.page);
    await charts.openIssue(label);
    const legend = await charts.chart(measure.label).locator('.chart-legend li').allInnerTexts();
    expect(legend.length).toBeGreaterThan(0);

    await charts.openDialog(measure.label);
    await chooseResolution(charts, measure.label, '1×');
    const file = await charts.exportFile(measure.label, 'Save SVG');
    expect(file.fileName).toBe(`${kase.id}-${measure.id}-double-light.svg`);
    const svg = await readFile(file.path, 'utf8');
    await testInfo.attach(file.fileName, { body: svg, contentType: 'image/svg+xml' });

    const parsed = await app.page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      const ids = new Set([...doc.querySelectorAll('[id]')].map((e) => e.id));
      const refs = [...text.matchAll(/url\(\s*['"]?#([^'")]+)['"]?\s*\)/g)].map((m) => m[1]!);
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: root.localName,
        width: root.getAttribute('width'),
        height: root.getAttribute('height'),
        viewBox: root.getAttribute('viewBox'),
        font: root.getAttribute('font-family'),
        text: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
        danglingRefs: refs.filter((id) => !ids.has(id)),
        foreignObjects: doc.querySelectorAll('foreignObject').length,
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    const size = file.pngSize;
    expect([Number(parsed.width), Number(parsed.height)]).toEqual([size.width, size.height]);
    expect(parsed.viewBox).toBe(`0 0 ${size.width} ${size.height}`);
    expect(parsed.font).toBe("Inter, 'Helvetica Neue', Arial, sans-serif");
    const allText = parsed.text.join('\n');
    expect(allText).toContain(measure.label);
    expect(allText).toContain(sourceLineStart(kase, measure.points[0]!));
    for (const entry of legend) expect(parsed.text).toContain(entry.trim());
    if (measure.points.some((p) => p.derived)) expect(allText).toContain('derived, not stated');
    for (const period of kase.periods.filter((p) =>
      measure.points.some((x) => x.period === p.id),
    )) {
      expect(allText).toContain(period.label);
    }
    expect(svg).not.toContain('var(');
    expect(svg).not.toMatch(/href="(?!#)/);
    expect(parsed.danglingRefs).toEqual([]);
    expect(parsed.foreignObjects).toBe(0);

    // The file draws by itself: rendered from the file alone, it shows the chart.
    const image = await app.page.evaluate(async (text) => {
      const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
      const img = new Image();
      img.src = url;
      await img.decode();
      URL.revokeObjectURL(url);
      return { width: img.naturalWidth, height: img.naturalHeight };
    }, svg);
    expect(image).toEqual(size);
  });

  test('CSV and JSON exports hold the plotted points with their quotes and sources', async ({
    app,
  }) => {
    const kase = await shippedCase();
    const { label, measures } = richestIssue(kase);
    const charts = new ChartsPage(app.page);
    await charts.openIssue(label);
    for (const measure of measures) {
      const csvFile = await charts.exportFile(measure.label, 'Save CSV');
      expect(csvFile.fileName).toBe(`${kase.id}-${measure.id}.csv`);
      const csv = await readFile(csvFile.path, 'utf8');
      expect(csv).toContain('\r\n');
      const parsed = Papa.parse<Record<string, string>>(csv, {
        header: true,
        skipEmptyLines: true,
      });
      expect(parsed.errors).toEqual([]);

      const jsonFile = await charts.exportFile(measure.label, 'Save JSON');
      await charts.closeDialog(measure.label);
      expect(jsonFile.fileName).toBe(`${kase.id}-${measure.id}.json`);
      const json = JSON.parse(await readFile(jsonFile.path, 'utf8')) as {
        title: string;
        source: string;
        points: Record<string, unknown>[];
      };
      expect(json.title).toBe(measure.label);
      expect(json.source).toMatch(/^Sources?: /);

      for (const rows of [parsed.data, json.points]) {
        expect(rows.map((r) => r['pointId']).sort()).toEqual(
          measure.points.map((p) => p.id).sort(),
        );
        for (const point of measure.points) {
          const row = rows.find((r) => r['pointId'] === point.id)!;
          const evidence = (point.evidence ?? point.derived?.evidence)!;
          const source = kase.sources.find((s) => s.id === evidence.source)!;
          // Exported without float noise: 2666666666.67, not 2666666666.6666665.
          expect(Number(row['value'])).toBe(Number(point.value.toPrecision(12)));
          expect(String(row['value'])).not.toMatch(/\.\d{3,}/);
          expect(row['measureId']).toBe(measure.id);
          expect(row['periodId']).toBe(point.period ?? '');
          expect(row['period']).toBe(
            kase.periods.find((p) => p.id === point.period)?.label ?? 'Outside the periods',
          );
          expect(row['date']).toBe(point.date ?? '');
          expect(row['bound']).toBe(point.bound ?? 'exact');
          expect(row['role']).toBe(point.role ?? 'outcome');
          expect(row['actor']).toBe(point.actor ?? '');
          expect(row['kind']).toBe(point.derived ? 'derived' : 'stated');
          if (point.derived) expect(String(row['derivation'])).toMatch(/[÷×]/);
          expect(row['quote']).toBe(evidence.selector.exact);
          expect(row['sourceId']).toBe(evidence.source);
          // The source is cited in the workspace's style, which sets apostrophes typographically.
          expect(String(row['source']).replace(/’/g, "'")).toContain(source.title);
          expect(String(row['display']).length).toBeGreaterThan(0);
        }
      }
    }
  });

  test('the export dialog works from the keyboard', async ({ app }) => {
    const kase = await shippedCase();
    const { label, measures } = richestIssue(kase);
    const measure = measures[0]!;
    const charts = new ChartsPage(app.page);
    await charts.openIssue(label);
    const button = charts.figureButton(measure.label);
    await button.focus();
    await app.page.keyboard.press('Enter');
    const dialog = charts.dialog(measure.label);
    await expect(dialog.locator('img[data-figure-preview]')).toBeVisible();
    await app.page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();

    await app.page.keyboard.press('Enter');
    await expect(dialog.locator('img[data-figure-preview]')).toBeVisible();
    const csv = dialog.getByRole('button', { name: 'Save CSV', exact: true });
    // Tab moves through the dialog's fields to its buttons, never out of the dialog.
    for (let i = 0; i < 40 && !(await csv.evaluate((b) => b === document.activeElement)); i++) {
      await app.page.keyboard.press('Tab');
    }
    await expect(csv).toBeFocused();
    const saved = await saveFileFrom(app.page, () => app.page.keyboard.press('Enter'));
    expect(saved.fileName).toBe(`${kase.id}-${measure.id}.csv`);
    await expect(charts.status(measure.label)).toHaveText(`Downloaded ${saved.fileName}.`);
  });

  test('copy PNG to clipboard puts the image there', async ({ app }) => {
    const kase = await shippedCase();
    const { label, measures } = richestIssue(kase);
    const measure = measures[0]!;
    await allowClipboardReading(app.page, app.origin);
    const charts = new ChartsPage(app.page);
    await charts.openIssue(label);
    const dialog = await charts.openDialog(measure.label);
    const expected = await charts.announcedPngSize(measure.label);
    await dialog.getByRole('button', { name: 'Copy PNG' }).click();
    await expect(charts.status(measure.label)).toHaveText(
      `Copied the figure to the clipboard as a PNG (${expected.width} × ${expected.height} px).`,
    );
    const copied = await clipboardPngHead(app.page);
    expect(copied).not.toBeNull();
    expect(pngSize(Buffer.from(copied!))).toEqual(expected);
  });

  test('a derived point shows its derivation, every point its quote and source', async ({
    app,
  }, testInfo) => {
    const kase = await shippedCase();
    const { label, measures } = richestIssue(kase);
    const measure = measureWithDerivation(measures);
    test.skip(!measure.points.some((p) => p.derived), 'the case has no derived point here');
    const charts = new ChartsPage(app.page);
    await charts.openIssue(label);
    const chart = charts.chart(measure.label);
    await expect(chart.getByText('Derived (not stated by the source)')).toBeVisible();
    await chart.locator('.chart-mark-derived').first().hover();
    const tooltip = chart.locator('.chart-tooltip');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText('Derived:');
    await expect(tooltip).toContainText(/[÷×]/);
    await expect(tooltip).toContainText(
      measure.points.find((p) => p.derived)!.derived!.evidence.selector.exact,
    );
    await expect(tooltip).toContainText('Source:');
    // A page screenshot of the chart's area: an element screenshot may scroll and lose the hover.
    await app.page.screenshot({
      path: testInfo.outputPath('tooltip-derived.png'),
      clip: (await chart.boundingBox())!,
    });
    await chart.locator('.chart-mark-stated').first().hover();
    await expect(tooltip).toContainText('“');
    await expect(tooltip).toContainText('Source:');
  });

  test('a time series lines the periods up from their start on request', async ({
    app,
  }, testInfo) => {
    const kase = await shippedCase();
    const charts = new ChartsPage(app.page);
    for (const issue of kase.issues) {
      const measures = kase.measures.filter((m) => m.issue === issue.id);
      if (measures.length === 0) continue;
      await charts.openIssue(issue.label);
      for (const m of measures) {
        const chart = charts.chart(m.label);
        if ((await chart.getAttribute('data-chart-kind')) !== 'timeSeries') continue;
        await expect(chart.getByText('Year', { exact: true })).toBeVisible();
        await chart.getByText('Years since each period began').click();
        await expect(
          chart.getByText('Years since the period began', { exact: true }),
        ).toBeVisible();
        await expect(chart.getByText('Period began', { exact: true })).toBeVisible();
        await chart.screenshot({ path: testInfo.outputPath('time-since-start.png') });
        return;
      }
    }
    test.skip(true, 'the case has no dated series');
  });

  test('money is shown as stated, and in another currency only at the rate the case states', async ({
    app,
  }, testInfo) => {
    const kase = await shippedCase();
    const convertible = kase.measures.find((m) =>
      m.points.some((p) => (p as { equivalents?: unknown[] }).equivalents?.length),
    );
    test.skip(!convertible, 'no measure of the case states an amount in a second currency');
    const issue = kase.issues.find((i) => i.id === convertible!.issue)!;
    const charts = new ChartsPage(app.page);
    await charts.openIssue(issue.label);
    const chart = charts.chart(convertible!.label);
    const subtitle = chart.locator('.chart-subtitle');
    const before = await subtitle.innerText();
    const toggle = chart.getByRole('group', { name: 'Currency' });
    const radios = toggle.getByRole('radio');
    await expect(radios.first()).toBeChecked();
    await radios.nth(1).check();
    await expect(subtitle).not.toHaveText(before);
    await expect(chart.getByRole('list', { name: 'Notes on these figures' })).toContainText(
      'the rate implied by',
    );
    await chart.screenshot({ path: testInfo.outputPath('converted.png') });
    await radios.first().check();
    await expect(subtitle).toHaveText(before);
  });

  test('the browser host delivers a file as a download of its name and bytes, writing nothing', async ({
    app,
    request,
    workspace,
  }) => {
    test.skip(
      app.kind !== 'browser',
      'calls the browser host over HTTP; Electron answers with a save dialog',
    );
    const headers = { 'Content-Type': 'application/json', 'X-Diptych-Token': app.token ?? '' };
    const url = `${app.origin}/api/deliverFile`;
    const bytes = Buffer.from([0x50, 0x4b, 3, 4, 0, 0xff, 0x80, 10]);
    const content = bytes.toString('base64');
    const ok = await request.post(url, {
      headers,
      data: ['japan-trump', 'japan-trump-x.zip', content],
    });
    expect(ok.status()).toBe(200);
    expect(await ok.json()).toEqual({
      ok: true,
      value: {
        status: 'download',
        fileName: 'japan-trump-x.zip',
        mime: 'application/zip',
        contentBase64: content,
      },
    });
    for (const bad of ['../x.csv', 'japan-trump-x.exe', 'x/../../y.png']) {
      const refused = await request.post(url, { headers, data: ['japan-trump', bad, content] });
      expect(refused.status()).toBe(400);
    }

    // From the dialog, as the analyst does it: the browser downloads the file, byte for byte as
    // the page made it, and the workspace's exports folder stays as it was.
    const kase = await shippedCase();
    const measure = kase.measures[0]!;
    const charts = new ChartsPage(app.page);
    await charts.openIssue(kase.issues.find((i) => i.id === measure.issue)!.label);
    const svg = await charts.exportFile(measure.label, 'Save SVG');
    expect(svg.fileName).toBe(`${kase.id}-${measure.id}-double-light.svg`);
    expect(await readFile(svg.path, 'utf8')).toMatch(/^<\?xml|^<svg/);
    await expect(charts.status(measure.label)).toHaveText(`Downloaded ${svg.fileName}.`);
    expect(await readdir(path.join(workspace, 'exports'))).toEqual([]);
  });
});
