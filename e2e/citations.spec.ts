import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ChartsPage } from './pages/ChartsPage';
import { EvidencePage } from './pages/EvidencePage';
import { NotesPage, readNote } from './pages/NotesPage';
import { readDefaultCase, type CaseFile } from './pages/caseFile';
import { WorkbenchPage } from './pages/WorkbenchPage';
import { expect, test } from './support/fixtures';

let kase: CaseFile;

// Building a style's processor parses its XML (up to 240 KB); on this shared two-core machine
// that takes seconds, so the first formatted citation may come late. Speed belongs in bench/.
const STYLE_LOADED = { timeout: 90_000 };
test.describe.configure({ timeout: 300_000 });

test.beforeAll(async () => {
  kase = await readDefaultCase();
});

function userFile(workspace: string): string {
  return path.join(workspace, 'cases', kase.id, 'user.json');
}

test('a note’s Pandoc citation shows in the chosen style, an unknown key is flagged', async ({
  app,
  workspace,
}) => {
  await new WorkbenchPage(app.page).waitUntilOpen();
  const notes = new NotesPage(app.page);
  await notes.waitUntilOpen();
  const typed = 'As argued [@hughes-rsis, p. 2], but not [@nobody-1999].';
  await notes.typeAtEnd(typed);
  await expect.poll(() => readNote(workspace, kase.issues[0]!.id)).toBe(typed);

  // Chicago author-date is the default style.
  const cite = notes.preview.locator('.note-cite:not(.note-cite-missing)');
  await expect(cite).toHaveText('(Hughes n.d.; in or after March 2025, inferred, 2)', STYLE_LOADED);
  const missing = notes.preview.locator('.note-cite-missing');
  await expect(missing).toHaveText('[@nobody-1999]');
  await expect(missing).toHaveAttribute(
    'title',
    'No source with the key @nobody-1999 in this case',
  );
  await expect(missing).toHaveCSS('text-decoration-style', 'wavy');

  const ev = new EvidencePage(app.page);
  const panel = await ev.openPanel('Sources');
  await panel.getByLabel('Citation style').selectOption({ label: 'APA 7th edition' });
  await expect(panel.locator('[data-source-id="hughes-rsis"] .source-citation')).toContainText(
    'Hughes, C. W. (n.d.; in or after March 2025, inferred). Japan’s International Strategy',
    STYLE_LOADED,
  );
  await app.page.keyboard.press('Escape');
  await expect(cite).toHaveText(
    '(Hughes, n.d.; in or after March 2025, inferred, p. 2)',
    STYLE_LOADED,
  );
  // The choice is the workspace's: it is in its settings file.
  await expect
    .poll(async () => {
      const text = await readFile(path.join(workspace, 'settings.json'), 'utf8').catch(() => '{}');
      return (JSON.parse(text) as { citationStyle?: string }).citationStyle;
    })
    .toBe('apa');
});

test('a BibTeX file is previewed with its broken entry named, then imported with every field', async ({
  app,
  workspace,
}, info) => {
  const bib = info.outputPath('library.bib');
  await writeFile(
    bib,
    [
      '@article{smith2019,',
      '  author = {Smith, Jane and Tanaka, Aki},',
      '  title = {Alliance Politics in East Asia},',
      '  journal = {International Security},',
      '  volume = {43}, number = {2}, pages = {7--44}, year = {2019}',
      '}',
      '@book{broken,',
      '  title = {Never closed,',
      '@misc{untitled, year = {2020}}',
      '',
    ].join('\n'),
  );
  await new WorkbenchPage(app.page).waitUntilOpen();
  const ev = new EvidencePage(app.page);
  const panel = await ev.openPanel('Sources');
  await panel.getByLabel('Choose a bibliography file').setInputFiles(bib);
  const preview = panel.getByRole('group', { name: 'Preview of library.bib' });
  await expect(preview).toContainText('1 new sources, 0 already present, 2 skipped');
  await expect(preview).toContainText('Alliance Politics in East Asia (2019)');
  await expect(preview.locator('.problem-list li').first()).toContainText('line 7 (broken)');
  await expect(preview.locator('.problem-list')).toContainText('line 9 (untitled) title');
  await preview.getByRole('button', { name: 'Import 1 source' }).click();
  await expect(panel.getByRole('status').first()).toContainText(
    '1 sources imported from “library.bib”',
  );

  // Chicago author-date, with the volume, issue and pages the file carried.
  const entry = panel.locator('.source-item', { hasText: 'Alliance Politics in East Asia' });
  await expect(entry.locator('.source-citation')).toContainText(
    'Smith, Jane, and Aki Tanaka. 2019. “Alliance Politics in East Asia.” International Security 43 (2): 7–44.',
    STYLE_LOADED,
  );
  const saved = JSON.parse(await readFile(userFile(workspace), 'utf8')) as {
    sources: { title: string; csl?: Record<string, unknown> }[];
  };
  expect(saved.sources[0]?.csl).toMatchObject({
    'citation-key': 'smith2019',
    volume: '43',
    issue: '2',
    page: '7-44',
    'container-title': 'International Security',
  });

  // Out again as BibTeX, delivered as every export is (here a download), read back.
  const bibFile = await ev.download(() =>
    panel.getByRole('button', { name: 'Export as BibTeX' }).click(),
  );
  expect(bibFile.fileName).toBe(`${kase.id}-sources.bib`);
  const exported = await readFile(bibFile.path, 'utf8');
  expect(exported).toMatch(/@article\{smith2019,/);
  expect(exported).toMatch(/volume = \{43\}/);
  expect(exported).toMatch(/pages = \{7--44\}/);
  // Each source under the key a note cites it by; BibTeX braces protect the capitals.
  expect(exported).toContain('@techreport{hughes-rsis,');
  expect(exported).toContain("title = {Japan's {International} {Strategy}");
  await expect(
    panel.getByText(new RegExp(`sources saved as .*${kase.id}-sources\\.bib\\.$`)),
  ).toBeVisible();

  // RIS the same way; the page writes nothing behind the delivery's back.
  const risFile = await ev.download(() =>
    panel.getByRole('button', { name: 'Export as RIS' }).click(),
  );
  expect(risFile.fileName).toBe(`${kase.id}-sources.ris`);
  const ris = await readFile(risFile.path, 'utf8');
  expect(ris).toMatch(/^TY {2}- /m);
  expect(ris).toContain('Alliance Politics in East Asia');
  const exportsDir = await readdir(path.join(workspace, 'exports')).catch(() => []);
  expect(exportsDir.filter((name) => name.includes('-sources.'))).toEqual([]);
});

test('a chart’s source line and tooltip cite in the workspace’s style, and follow its change', async ({
  app,
}) => {
  // Wide enough that the toolbar's Sources & data button is not under the search box's buttons.
  await app.page.setViewportSize({ width: 1680, height: 1000 });
  await new WorkbenchPage(app.page).waitUntilOpen();
  const measure = kase.measures.find((m) =>
    m.points.some((p) => !p.derived && p.evidence?.source === 'hughes-rsis'),
  )!;
  const charts = new ChartsPage(app.page);
  await charts.openIssue(kase.issues.find((i) => i.id === measure.issue)!.label);
  const chart = charts.chart(measure.label);
  // Chicago author-date, the default: the date follows the author.
  const chicago =
    'Hughes, Christopher W. n.d.; in or after March 2025, inferred. Japan’s International Strategy';
  await expect(chart.locator('.chart-source')).toContainText(`Source: ${chicago}`, STYLE_LOADED);
  await chart.locator('.chart-mark-stated').first().hover();
  await expect(chart.locator('.chart-tooltip')).toContainText(`Source: ${chicago}`);

  const ev = new EvidencePage(app.page);
  const panel = await ev.openPanel('Sources');
  await panel.getByLabel('Citation style').selectOption({ label: 'APA 7th edition' });
  await app.page.keyboard.press('Escape');
  await expect(chart.locator('.chart-source')).toContainText(
    'Source: Hughes, C. W. (n.d.; in or after March 2025, inferred). Japan’s International Strategy',
    STYLE_LOADED,
  );
});
