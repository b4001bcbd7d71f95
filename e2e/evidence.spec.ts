/**
 * The analyst's own evidence on the shipped case: own claims that survive a restart, CSV points
 * on the charts (and a bad CSV refused whole), a document with the case's quotes anchored in it,
 * a claim made from a selection, and a case bundle carried to a fresh workspace.
 */
import AxeBuilder from '@axe-core/playwright';
import { copyFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { readDefaultCase } from './pages/caseFile';
import { EvidencePage } from './pages/EvidencePage';
import { WorkbenchPage } from './pages/WorkbenchPage';
import { shoot } from './support/screenshots';
import { saveFileFrom } from './support/savedFile';
import { expect, test } from './support/fixtures';

function userFile(workspace: string, caseId: string): string {
  return path.join(workspace, 'cases', caseId, 'user.json');
}

async function bytesOrNothing(file: string): Promise<string> {
  try {
    return (await readFile(file)).toString('base64');
  } catch {
    return '(no file)';
  }
}

/** Opens an issue area and downloads the CSV of one of its charts, as an analyst would. */
async function chartCsv(page: Page, issueLabel: string, measureLabel: string): Promise<string> {
  await page
    .getByRole('navigation', { name: 'Issue areas' })
    .getByRole('button', { name: issueLabel })
    .click();
  const chart = page.getByRole('figure', { name: measureLabel, exact: true });
  await chart.getByRole('button', { name: `Export figure: ${measureLabel}` }).click();
  const dialog = page.getByRole('dialog', { name: `Export figure: ${measureLabel}` });
  await dialog.locator('img[data-figure-preview]').waitFor();
  const saved = await saveFileFrom(page, () =>
    dialog.getByRole('button', { name: 'Save CSV', exact: true }).click(),
  );
  await dialog.getByRole('button', { name: 'Close' }).click();
  return readFile(saved.path, 'utf8');
}

async function axeClean(page: Page, selector: string): Promise<void> {
  const result = await new AxeBuilder({ page }).include(selector).analyze();
  const serious = result.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

test('an own claim added from its row shows as yours, survives a restart, and can be deleted and undone', async ({
  launch,
  workspace,
}, info) => {
  const kase = await readDefaultCase();
  const issue = kase.issues[0]!;
  const dimension = issue.dimensions[0]!;
  const statement = 'E2E: Tokyo signalled a new tariff stance.';
  let app = await launch();
  let ev = new EvidencePage(app.page);
  await app.page
    .getByRole('navigation', { name: 'Issue areas' })
    .getByRole('button', { name: issue.label })
    .click();

  const form = await ev.addClaimToRow(dimension.label);
  await expect(form.getByLabel('Issue area')).toHaveValue(issue.id);
  await expect(form.getByLabel('Row', { exact: true })).toHaveValue(dimension.id);
  // Empty statement and quote: each field says what is wrong, next to it.
  await form.getByRole('button', { name: 'Add claim' }).click();
  await expect(form.getByLabel('Statement')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Quote (verbatim)')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.locator('#claim-form-date-error')).toHaveCount(0);
  await form.getByLabel('Date', { exact: true }).fill('2025-13');
  await form.getByRole('button', { name: 'Add claim' }).click();
  await expect(form.locator('#claim-form-date-error')).toContainText('YYYY');
  await form.getByLabel('Date', { exact: true }).fill('2018-03');
  await ev.fillClaim(form, { statement, quote: 'a verbatim line for the test', locator: 'p. 3' });
  await axeClean(app.page, '.claim-form-dialog');
  await shoot(app.page, info, 'claim-form', { target: form, schemes: ['light', 'dark'] });
  await form.getByRole('button', { name: 'Add claim' }).click();
  await expect(form).toBeHidden();

  const row = app.page.locator(`.grid-row[data-dimension="${dimension.id}"]`);
  await expect(row.locator('.claim-card', { hasText: statement })).toBeVisible();
  await expect(ev.card(statement).locator('.yours-badge')).toHaveText('Yours');
  await shoot(app.page, info, 'own-claim-card', { target: row, schemes: ['light', 'dark'] });
  const saved = JSON.parse(await readFile(userFile(workspace, kase.id), 'utf8')) as {
    claims: { statement: string }[];
  };
  expect(saved.claims.map((c) => c.statement)).toEqual([statement]);

  await app.close();
  app = await launch();
  ev = new EvidencePage(app.page);
  await app.page
    .getByRole('navigation', { name: 'Issue areas' })
    .getByRole('button', { name: issue.label })
    .click();
  await expect(
    app.page.locator(`.grid-row[data-dimension="${dimension.id}"] .claim-card`, {
      hasText: statement,
    }),
  ).toBeVisible();

  // Edit, then delete and undo.
  await ev
    .card(statement)
    .getByRole('button', { name: /^Edit your claim/ })
    .click();
  await ev.claimForm().getByLabel('Statement').fill(`${statement} (edited)`);
  await ev.claimForm().getByRole('button', { name: 'Save claim' }).click();
  await expect(ev.card(`${statement} (edited)`)).toBeVisible();
  await ev
    .card(statement)
    .getByRole('button', { name: /^Delete your claim/ })
    .click();
  await expect(ev.card(statement)).toHaveCount(0);
  await ev.toast().getByRole('button', { name: 'Undo' }).click();
  await expect(ev.card(`${statement} (edited)`)).toBeVisible();
});

test('a CSV of points joins a chart; a CSV with bad rows imports nothing by default, with every reason', async ({
  app,
  workspace,
}, info) => {
  const kase = await readDefaultCase();
  const measure = kase.measures.find((m) => m.unit.kind === 'money')!;
  const issue = kase.issues.find((i) => i.id === measure.issue)!;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'diptych-csv-'));
  try {
    const currency = measure.unit.kind === 'money' ? measure.unit.currency : 'USD';
    const bad = path.join(dir, 'bad.csv');
    await writeFile(
      bad,
      `date,value,unit,quote\n2022,1.5,${currency} billion,fine row\n2023,lots,${currency},not a number\n2024,2,EUR,wrong currency\n`,
    );
    const good = path.join(dir, 'figures.csv');
    await writeFile(
      good,
      `date,value,unit,quote\n2022,1.25,${currency} billion,E2E imported figure for 2022\n2023,1.75,${currency} billion,E2E imported figure for 2023\n`,
    );
    const ev = new EvidencePage(app.page);
    const before = await bytesOrNothing(userFile(workspace, kase.id));
    const panel = await ev.openPanel('Data');
    await panel.getByLabel('Into measure').selectOption({ label: measure.label });
    await panel.getByLabel('Choose a CSV file').setInputFiles(bad);
    await panel.getByLabel('Source of rows without one').selectOption(kase.sources[0]!.id);
    const problems = panel.getByRole('list', { name: 'Rows that cannot be imported' });
    await expect(problems).toContainText('Line 3');
    await expect(problems).toContainText('Line 4');
    await expect(panel.getByRole('button', { name: 'Import nothing' })).toBeDisabled();
    await axeClean(app.page, '.evidence-panel');
    await shoot(app.page, info, 'csv-bad-rows', { target: panel, schemes: ['light', 'dark'] });
    expect(await bytesOrNothing(userFile(workspace, kase.id))).toBe(before);

    await panel.getByLabel('Choose a CSV file').setInputFiles(good);
    await panel.getByLabel('Source of rows without one').selectOption(kase.sources[0]!.id);
    await expect(panel.getByText('2 become points')).toBeVisible();
    await shoot(app.page, info, 'csv-preview', { target: panel, schemes: ['light', 'dark'] });
    await panel.getByRole('button', { name: 'Import 2 points' }).click();
    await expect(panel.getByText(/2 points imported from “figures.csv”/)).toBeVisible();
    await panel.getByRole('button', { name: 'Close' }).click();

    const csv = await chartCsv(app.page, issue.label, measure.label);
    expect(csv).toContain('E2E imported figure for 2022');
    expect(csv).toContain('E2E imported figure for 2023');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('CSV files saved by Excel as Windows-1252 or UTF-16 import with their characters as written', async ({
  app,
  workspace,
}) => {
  const kase = await readDefaultCase();
  const measure = kase.measures.find((m) => m.unit.kind === 'money')!;
  const currency = measure.unit.kind === 'money' ? measure.unit.currency : 'USD';
  const quote = (n: number): string => `café “naïve” € ${n}`;
  const rows = (n: number): string =>
    `date,value,unit,quote\n2022,1.5,${currency} billion,${quote(n)}\n`;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'diptych-csv-'));
  try {
    const files = [
      [
        'excel-1252.csv',
        Buffer.from(
          rows(1).replace('“', '\x93').replace('”', '\x94').replace('€', '\x80'),
          'latin1',
        ),
        'Windows-1252',
      ],
      [
        'excel-utf16le.csv',
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(rows(2), 'utf16le')]),
        'UTF-16',
      ],
      [
        'excel-utf16be.csv',
        Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(rows(3), 'utf16le').swap16()]),
        'UTF-16',
      ],
    ] as const;
    const ev = new EvidencePage(app.page);
    const panel = await ev.openPanel('Data');
    for (const [i, [name, bytes, encoding]] of files.entries()) {
      const file = path.join(dir, name);
      await writeFile(file, bytes);
      await panel.getByLabel('Into measure').selectOption({ label: measure.label });
      await panel.getByLabel('Choose a CSV file').setInputFiles(file);
      await panel.getByLabel('Source of rows without one').selectOption(kase.sources[0]!.id);
      const preview = panel.getByRole('group', { name: `Preview of ${name}` });
      await expect(preview).toContainText(`(read as ${encoding})`);
      await expect(preview.getByRole('cell', { name: quote(i + 1) })).toBeVisible();
      await panel.getByRole('button', { name: 'Import 1 point' }).click();
      await expect(panel.getByText(`1 point imported from “${name}”`)).toBeVisible();
    }
    const layer = JSON.parse(await readFile(userFile(workspace, kase.id), 'utf8')) as {
      readonly points: readonly {
        readonly point: { readonly evidence: { readonly selector: { readonly exact: string } } };
      }[];
    };
    expect(layer.points.map((p) => p.point.evidence.selector.exact)).toEqual([
      quote(1),
      quote(2),
      quote(3),
    ]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a Zotero export saved as UTF-16 imports its sources with their accents', async ({
  app,
  workspace,
}) => {
  const kase = await readDefaultCase();
  const title = 'Alliés et « partage du fardeau » — Tōkyō, 2019';
  const items = [{ id: 'e2e-utf16', type: 'book', title, issued: { 'date-parts': [[2019]] } }];
  const dir = await mkdtemp(path.join(os.tmpdir(), 'diptych-csl-'));
  try {
    const file = path.join(dir, 'library-utf16.json');
    await writeFile(
      file,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(items), 'utf16le')]),
    );
    const ev = new EvidencePage(app.page);
    const panel = await ev.openPanel('Sources');
    await panel.getByLabel('Choose a bibliography file').setInputFiles(file);
    const preview = panel.getByRole('group', { name: 'Preview of library-utf16.json' });
    await expect(preview.getByText(title)).toBeVisible();
    await preview.getByRole('button', { name: /^Import/ }).click();
    await expect(panel.getByText(/1 sources imported from “library-utf16.json”/)).toBeVisible();
    const layer = JSON.parse(await readFile(userFile(workspace, kase.id), 'utf8')) as {
      readonly sources: readonly { readonly title: string }[];
    };
    expect(layer.sources.map((s) => s.title)).toEqual([title]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a data point added by hand is stored in the user layer and plotted', async ({
  app,
  workspace,
}) => {
  const kase = await readDefaultCase();
  const measure = kase.measures.find((m) => m.unit.kind === 'money')!;
  const issue = kase.issues.find((i) => i.id === measure.issue)!;
  const ev = new EvidencePage(app.page);
  const panel = await ev.openPanel('Data');
  const form = panel.getByRole('region', { name: 'Add a data point' });
  await form.getByLabel('Measure').selectOption({ label: measure.label });
  await form.getByLabel('Period').selectOption({ label: 'Biden' });
  await form.getByLabel('Date', { exact: true }).fill('2023');
  await form.getByRole('button', { name: 'Add point' }).click();
  // Inline validation names the missing value and quote before anything is sent.
  await expect(form.getByLabel('Value')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Quote')).toHaveAttribute('aria-invalid', 'true');
  expect(await bytesOrNothing(userFile(workspace, kase.id))).toBe('(no file)');

  await form.getByLabel('Value').fill('2.5');
  await form.getByLabel('Scale').selectOption({ label: 'billion' });
  await form.getByLabel('Quote').fill('E2E hand-entered figure for 2023');
  await form.getByRole('button', { name: 'Add point' }).click();
  await expect(form.getByRole('status')).toContainText(`Point added to “${measure.label}”`);
  const layer = JSON.parse(await readFile(userFile(workspace, kase.id), 'utf8')) as {
    points: { measure: string; point: { value: number; period: string } }[];
  };
  expect(layer.points).toContainEqual(
    expect.objectContaining({
      measure: measure.id,
      point: expect.objectContaining({ value: 2.5e9, period: 'biden' }),
    }),
  );
  await panel.getByRole('button', { name: 'Close' }).click();

  expect(await chartCsv(app.page, issue.label, measure.label)).toContain(
    'E2E hand-entered figure for 2023',
  );
});

test('a document anchors the case quotes, opens a quote in context, and makes a claim of a selection', async ({
  app,
  workspace,
}, info) => {
  const kase = await readDefaultCase();
  const source = kase.sources[0]!;
  const quoted = kase.claims.filter((c) => c.evidence.source === source.id).slice(0, 3);
  expect(quoted.length).toBeGreaterThan(0);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'diptych-doc-'));
  try {
    const file = path.join(dir, 'commentary.txt');
    const filler = 'Analysts in Tokyo weighed the options for the alliance carefully.';
    await writeFile(
      file,
      [filler, ...quoted.map((c) => c.evidence.selector.exact), filler].join('\n\n'),
    );
    const ev = new EvidencePage(app.page);
    const panel = await ev.openPanel('Sources');
    await panel.getByLabel(`Attach document to ${source.title}`).setInputFiles(file);
    const viewer = ev.viewer('commentary.txt');
    await expect(viewer.getByText(`${quoted.length} found`, { exact: false })).toBeVisible();
    await expect(viewer.locator('.viewer-text mark')).toHaveCount(quoted.length);
    await axeClean(app.page, '.document-viewer');
    await shoot(app.page, info, 'document-viewer', { target: viewer, schemes: ['light', 'dark'] });
    await viewer.getByRole('button', { name: 'Close' }).click();
    await panel.getByRole('button', { name: 'Close' }).click();

    // Show in context from a claim's evidence.
    const claim = quoted[0]!;
    const issue = kase.issues.find((i) => i.id === claim.issue)!;
    await app.page
      .getByRole('navigation', { name: 'Issue areas' })
      .getByRole('button', { name: issue.label })
      .click();
    await app.page.locator(`[data-claim-id="${claim.id}"]`).click();
    await app.page
      .getByRole('dialog', { name: 'Evidence' })
      .getByRole('button', { name: 'Show in context' })
      .click();
    const focused = ev.viewer('commentary.txt').locator(`mark[data-quote-id="${claim.id}"]`);
    await expect(focused).toBeVisible();
    await expect(focused).toBeInViewport();
    await expect(focused).toHaveClass(/is-focus/);

    // Select the filler's words and make a claim of them.
    await ev
      .viewer('commentary.txt')
      .locator('.viewer-text')
      .evaluate((el, words) => {
        const node = el.firstChild!.firstChild as Text;
        const start = node.data.indexOf(words);
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, start + words.length);
        const sel = window.getSelection()!;
        sel.removeAllRanges();
        sel.addRange(range);
      }, 'weighed the options');
    const create = ev
      .viewer('commentary.txt')
      .getByRole('button', { name: 'Create claim from selection' });
    await expect(create).toBeEnabled();
    await create.click();
    const form = ev.claimForm();
    await expect(form.getByLabel('Quote (verbatim)')).toHaveValue('weighed the options');
    await expect(form.getByLabel('Words before the quote')).toHaveValue(/Tokyo $/);
    await expect(form.getByLabel('Source', { exact: true })).toHaveValue(source.id);
    await form.getByLabel('Statement').fill('E2E: Tokyo weighed its options.');
    await form.getByRole('button', { name: 'Add claim' }).click();
    await expect(form).toBeHidden();
    const layer = JSON.parse(await readFile(userFile(workspace, kase.id), 'utf8')) as {
      claims: { evidence: { selector: { exact: string } } }[];
      documents: { fileName: string }[];
    };
    expect(layer.claims.map((c) => c.evidence.selector.exact)).toEqual(['weighed the options']);
    expect(layer.documents.map((d) => d.fileName)).toEqual(['commentary.txt']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a claim made of a selection belongs to the issue on screen and says which paragraph it is from', async ({
  app,
}) => {
  const kase = await readDefaultCase();
  const source = kase.sources[0]!;
  // Not the first issue area, which the form would fall back to anyway.
  const issue = kase.issues[2]!;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'diptych-doc-'));
  try {
    const file = path.join(dir, 'report.txt');
    await writeFile(
      file,
      'The first paragraph.\n\nThe second paragraph.\n\nIn the third, Tokyo hedged its bets.',
    );
    await app.page
      .getByRole('navigation', { name: 'Issue areas' })
      .getByRole('button', { name: issue.label })
      .click();
    const ev = new EvidencePage(app.page);
    const panel = await ev.openPanel('Sources');
    await panel.getByLabel(`Attach document to ${source.title}`).setInputFiles(file);
    const viewer = ev.viewer('report.txt');
    await viewer.locator('.viewer-text').evaluate((el, words) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        const start = node.data.indexOf(words);
        if (start === -1) continue;
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, start + words.length);
        window.getSelection()!.removeAllRanges();
        window.getSelection()!.addRange(range);
        return;
      }
    }, 'hedged its bets');
    await viewer.getByRole('button', { name: 'Create claim from selection' }).click();
    const form = ev.claimForm();
    await expect(form.getByLabel('Quote (verbatim)')).toHaveValue('hedged its bets');
    await expect(form.getByLabel('Issue area')).toHaveValue(issue.id);
    await expect(form.getByLabel('Where in the source')).toHaveValue('paragraph 3');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a case bundle carries claims, notes and documents to a fresh workspace', async ({
  launch,
  workspace,
}, info) => {
  const kase = await readDefaultCase();
  const source = kase.sources[0]!;
  const other = await mkdtemp(path.join(os.tmpdir(), 'diptych-other-'));
  const dir = await mkdtemp(path.join(os.tmpdir(), 'diptych-bundle-'));
  try {
    // A note, a claim and a document in the first workspace.
    const issue = kase.issues[0]!;
    await writeFile(path.join(dir, 'doc.txt'), 'Some words of the source for the bundle.');
    const noteDir = path.join(workspace, 'notes', kase.id);
    await import('node:fs/promises').then((fs) => fs.mkdir(noteDir, { recursive: true }));
    await writeFile(path.join(noteDir, `${issue.id}.md`), '# Bundle note\n\nCarried along.\n');
    const app = await launch();
    const ev = new EvidencePage(app.page);
    const form = await ev.addClaimToRow(issue.dimensions[0]!.label);
    await ev.fillClaim(form, { statement: 'E2E: a bundled claim.', quote: 'bundled words' });
    await form.getByRole('button', { name: 'Add claim' }).click();
    await expect(form).toBeHidden();
    let panel = await ev.openPanel('Sources');
    await panel
      .getByLabel(`Attach document to ${source.title}`)
      .setInputFiles(path.join(dir, 'doc.txt'));
    await ev.viewer('doc.txt').getByRole('button', { name: 'Close' }).click();
    await panel.getByRole('tab', { name: 'Share' }).click();
    const saved = await ev.download(() =>
      panel.getByRole('button', { name: 'Export case bundle' }).click(),
    );
    expect(saved.fileName).toMatch(/^japan-trump-bundle-\d{4}-\d{2}-\d{2}\.diptych$/);
    const bundle = path.join(dir, saved.fileName);
    await copyFile(saved.path, bundle);
    expect((await stat(bundle)).size).toBeGreaterThan(0);
    await expect(panel.getByText(/Case bundle saved as/)).toBeVisible();
    await shoot(app.page, info, 'share', { target: panel, schemes: ['light', 'dark'] });
    await app.close();

    const second = await launch({ workspace: other });
    const ev2 = new EvidencePage(second.page);
    panel = await ev2.openPanel('Share');
    await panel.getByLabel('Import case bundle').setInputFiles(bundle);
    const contents = panel.getByRole('group', { name: `Contents of ${path.basename(bundle)}` });
    await expect(contents).toContainText('1 claim,');
    await expect(contents).toContainText('1 document');
    await expect(contents).toContainText('1 note');
    await axeClean(second.page, '.evidence-panel');
    await shoot(second.page, info, 'bundle-confirm', { target: panel, schemes: ['light', 'dark'] });
    await contents.getByRole('button', { name: /^Import/ }).click();
    await expect(panel.getByText(/imported\./)).toBeVisible();
    await panel.getByRole('button', { name: 'Close' }).click();
    await expect(ev2.card('E2E: a bundled claim.')).toBeVisible();
    expect(await readFile(path.join(other, 'notes', kase.id, `${issue.id}.md`), 'utf8')).toContain(
      'Carried along.',
    );
    const layer = JSON.parse(await readFile(userFile(other, kase.id), 'utf8')) as {
      documents: { fileName: string }[];
    };
    expect(layer.documents.map((d) => d.fileName)).toEqual(['doc.txt']);
  } finally {
    await rm(other, { recursive: true, force: true });
    await rm(dir, { recursive: true, force: true });
  }
});

test('a new issue area: plain words for what is missing, then the workbench goes to it', async ({
  app,
}) => {
  const wb = new WorkbenchPage(app.page);
  await wb.waitUntilOpen();
  await app.page.getByRole('button', { name: '+ New issue area' }).click();
  const dialog = app.page.getByRole('dialog', { name: 'New issue area' });
  await dialog.getByRole('button', { name: 'Add issue area' }).click();
  await expect(dialog).toContainText('Required: write something here.');
  await expect(dialog).not.toContainText(/Too small|expected string|>=/);
  await expect(dialog.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByLabel('Name', { exact: true }).fill('Export controls');
  await dialog.getByLabel('First row', { exact: true }).fill('Semiconductors');
  await dialog.getByRole('button', { name: 'Add issue area' }).click();
  await expect(dialog).toBeHidden();
  await expect(wb.currentIssue()).toHaveText('Export controls');
  await expect(wb.rows()).toHaveCount(1);
});
