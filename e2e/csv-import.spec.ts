/**
 * CSV import credits figures only to the source the analyst names: none is assumed, the import
 * waits until one is chosen or created in the same dialog, and a file with bad rows imports
 * nothing or only its good rows, with the skipped rows listed by line after the import.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readDefaultCase } from './pages/caseFile';
import { EvidencePage } from './pages/EvidencePage';
import { expect, test } from './support/fixtures';

interface Layer {
  readonly sources: readonly { readonly id: string; readonly title: string }[];
  readonly points: readonly {
    readonly measure: string;
    readonly point: { readonly value: number; readonly evidence: { readonly source: string } };
  }[];
}

async function layerOf(workspace: string, caseId: string): Promise<Layer> {
  return JSON.parse(
    await readFile(path.join(workspace, 'cases', caseId, 'user.json'), 'utf8'),
  ) as Layer;
}

async function moneyMeasure() {
  const kase = await readDefaultCase();
  const measure = kase.measures.find((m) => m.unit.kind === 'money')!;
  const currency = measure.unit.kind === 'money' ? measure.unit.currency : 'USD';
  return { kase, measure, currency };
}

test('no source is assumed: the import waits for one, and a source created in the dialog is credited', async ({
  app,
  workspace,
}) => {
  const { kase, measure, currency } = await moneyMeasure();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'diptych-csv-source-'));
  try {
    const file = path.join(dir, 'sipri.csv');
    await writeFile(
      file,
      `date,value,unit,quote\n2022,46,${currency} billion,SIPRI figure for 2022\n2023,50.2,${currency} billion,SIPRI figure for 2023\n`,
    );
    const ev = new EvidencePage(app.page);
    const panel = await ev.openPanel('Data');
    await panel.getByLabel('Into measure').selectOption({ label: measure.label });
    await panel.getByLabel('Choose a CSV file').setInputFiles(file);

    const source = panel.getByLabel('Source of rows without one');
    await expect(source).toHaveValue('');
    await expect(source.locator('option:checked')).toHaveText('Choose a source…');
    const importButton = panel.getByRole('button', { name: 'Import', exact: true });
    await expect(importButton).toBeDisabled();
    await expect(importButton).toHaveAccessibleDescription(/Source of rows without one/);
    await expect(panel.locator('#csv-import-reason')).toBeVisible();

    await source.selectOption({ label: 'A new source…' });
    const form = panel.getByRole('region', { name: 'Add a source' });
    await form.getByLabel('Title').fill('SIPRI Military Expenditure Database');
    await form.getByLabel('Publisher').fill('SIPRI');
    await form.getByRole('button', { name: 'Add source' }).click();
    await expect(source.locator('option:checked')).toHaveText(
      'SIPRI Military Expenditure Database',
    );
    await expect(form).toBeHidden();
    await panel.getByRole('button', { name: 'Import 2 points' }).click();
    await expect(panel.getByText('2 points imported from “sipri.csv”')).toBeVisible();

    const layer = await layerOf(workspace, kase.id);
    const sipri = layer.sources.find((s) => s.title === 'SIPRI Military Expenditure Database');
    expect(sipri).toBeDefined();
    expect(layer.points.map((p) => [p.measure, p.point.evidence.source])).toEqual([
      [measure.id, sipri!.id],
      [measure.id, sipri!.id],
    ]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('one bad row: the analyst imports nothing or the 7 good rows, and the skipped row stays listed', async ({
  app,
  workspace,
}) => {
  const { kase, measure, currency } = await moneyMeasure();
  const chosen = kase.sources[kase.sources.length - 1]!;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'diptych-csv-skip-'));
  try {
    const rows = Array.from(
      { length: 8 },
      (_, i) => `${2017 + i}-06,${i + 1},${currency} billion,Figure ${i + 1}`,
    );
    rows[2] = `2019,lots,${currency},not a number`;
    const file = path.join(dir, 'eight.csv');
    await writeFile(file, `date,value,unit,quote\n${rows.join('\n')}\n`);
    const ev = new EvidencePage(app.page);
    const panel = await ev.openPanel('Data');
    await panel.getByLabel('Into measure').selectOption({ label: measure.label });
    await panel.getByLabel('Choose a CSV file').setInputFiles(file);
    await panel.getByLabel('Source of rows without one').selectOption(chosen.id);

    const nothing = panel.getByRole('button', { name: 'Import nothing' });
    await expect(nothing).toBeDisabled();
    await expect(nothing).toHaveAccessibleDescription(
      '1 row has problems: fix the file, or choose to skip it.',
    );
    await expect(panel.getByRole('radio', { name: /^Import nothing/ })).toBeChecked();
    await panel
      .getByRole('radio', { name: 'Import the 7 good rows and skip 1 row with problems' })
      .check();
    await panel.getByRole('button', { name: 'Import 7 points, skip 1 row' }).click();
    await expect(
      panel.getByText(`7 points imported from “eight.csv” into “${measure.label}”; 1 row skipped.`),
    ).toBeVisible();
    const skipped = panel.getByRole('list', { name: 'Rows skipped from eight.csv' });
    await expect(skipped.getByRole('listitem')).toHaveText([/^Line 4: 'lots'/]);
    await expect(
      panel.getByRole('heading', { name: '1 row of “eight.csv” skipped' }),
    ).toBeVisible();

    const layer = await layerOf(workspace, kase.id);
    expect(layer.points.map((p) => p.point.value)).toEqual(
      [1, 2, 4, 5, 6, 7, 8].map((n) => n * 1e9),
    );
    expect(new Set(layer.points.map((p) => p.point.evidence.source))).toEqual(new Set([chosen.id]));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
