import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { readDefaultCase, type CaseFile } from './pages/caseFile';
import { WorkbenchPage } from './pages/WorkbenchPage';
import { saveFileFrom } from './support/savedFile';
import { expect, test } from './support/fixtures';

let kase: CaseFile;

// A whole-case brief formats every claim's citation and draws every chart; the first build of a
// style's processor takes seconds on this shared machine. Speed belongs in bench/.
test.describe.configure({ timeout: 300_000 });

test.beforeAll(async () => {
  kase = await readDefaultCase();
});

function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((t) =>
        t[1]!
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&apos;/g, "'")
          .replace(/&amp;/g, '&'),
      )
      .join(''),
  );
}

async function docxBrief(page: Page, style: string): Promise<Record<string, Uint8Array>> {
  await page.getByRole('button', { name: 'Brief…' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Brief' });
  await dialog.getByLabel('Citation style').selectOption({ label: style });
  await dialog.getByLabel(/^Word \(DOCX/).check();
  const saved = await saveFileFrom(page, () =>
    dialog.getByRole('button', { name: 'Make brief' }).click(),
  );
  expect(saved.fileName).toBe(`${kase.id}-brief.docx`);
  await dialog.getByLabel('Close').click();
  return unzipSync(new Uint8Array(await readFile(saved.path)));
}

test('a DOCX brief holds a table per issue, quotes, verdicts, figures and a styled bibliography', async ({
  app,
}) => {
  // Wide enough that the toolbar's buttons are not under the search box's.
  await app.page.setViewportSize({ width: 1680, height: 1000 });
  const wb = new WorkbenchPage(app.page);
  await wb.waitUntilOpen();
  const issue = kase.issues[0]!;
  const dimension = issue.dimensions.find((d) =>
    kase.claims.some((c) => c.dimension === d.id && c.period === 'trump1'),
  )!;
  await wb.verdictSelect(dimension.label, 'Trump 1.0 → Trump 2.0').selectOption('intensified');
  await wb.rationale(dimension.label, 'Trump 1.0 → Trump 2.0').fill('Widened from steel to autos.');

  const apa = await docxBrief(app.page, 'APA 7th edition');
  const document = strFromU8(apa['word/document.xml']!);
  const text = paragraphs(document);
  const sideBySide = document
    .split('<w:tbl>')
    .slice(1)
    .filter((t) => paragraphs(t).includes('Verdict and rationale'));
  expect(sideBySide).toHaveLength(kase.issues.length);
  const claim = kase.claims.find((c) => c.dimension === dimension.id && c.period === 'trump1')!;
  expect(text).toContainEqual(expect.stringContaining(`“${claim.evidence.selector.exact}”`));
  expect(paragraphs(sideBySide[0]!)).toContain('Intensified');
  expect(paragraphs(sideBySide[0]!)).toContain('Widened from steel to autos.');
  // The charts, drawn in the page: an SVG with its PNG each, with their alt text.
  const media = Object.keys(apa).filter((n) => n.startsWith('word/media/'));
  expect(media.some((n) => n.endsWith('.png'))).toBe(true);
  expect(media.some((n) => n.endsWith('.svg'))).toBe(true);
  const png = apa[media.find((n) => n.endsWith('.png'))!]!;
  expect([...png.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  expect(document).toMatch(/<wp:docPr [^>]*descr="[^"]{20,}"/);
  const apaEntry = text.slice(text.lastIndexOf('Bibliography') + 1)[0]!;
  expect(apaEntry).toMatch(/^Hughes, C\. W\. \(n\.d\.; in or after March 2025, inferred\)\./);
  expect(document).not.toContain('<w:footnoteReference');

  const chicago = await docxBrief(app.page, 'Chicago (author-date)');
  const chicagoText = paragraphs(strFromU8(chicago['word/document.xml']!));
  const chicagoEntry = chicagoText.slice(chicagoText.lastIndexOf('Bibliography') + 1)[0]!;
  expect(chicagoEntry).toMatch(/^Hughes, Christopher W\. n\.d\.; in or after March 2025/);
  expect(chicagoEntry).not.toBe(apaEntry);

  const notes = await docxBrief(app.page, 'Chicago (notes and bibliography, footnotes)');
  expect(strFromU8(notes['word/document.xml']!)).toContain('<w:footnoteReference w:id="1"/>');
  expect(paragraphs(strFromU8(notes['word/footnotes.xml']!))).toContainEqual(
    expect.stringMatching(/^Christopher W\. Hughes, /),
  );
});
