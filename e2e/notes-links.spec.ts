/** Notes and evidence linked both ways: completing links in the editor, and the claims' backlinks. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { NotesPage, noteFile, readNote } from './pages/NotesPage';
import { readDefaultCase, type CaseFile } from './pages/caseFile';
import { WorkbenchPage } from './pages/WorkbenchPage';
import { expect, test } from './support/fixtures';

let kase: CaseFile;

// The citation style's processor is built on first use; on a loaded two-core machine that takes
// seconds, so a formatted citation may come late.
const STYLE_LOADED = { timeout: 90_000 };

test.beforeAll(async () => {
  kase = await readDefaultCase();
});

async function openNotes(page: Page): Promise<NotesPage> {
  await new WorkbenchPage(page).waitUntilOpen();
  const notes = new NotesPage(page);
  await notes.waitUntilOpen();
  return notes;
}

/** CodeMirror's completion list. */
function completions(page: Page) {
  return page.locator('.cm-tooltip-autocomplete').getByRole('listbox');
}

test('[[ and a word of a quote offer its claim; the keyboard picks it and the preview shows it', async ({
  app,
  workspace,
}) => {
  // "alacrity" is in this claim's quote and nowhere else in the case.
  const claim = kase.claims.find((c) => c.id === 'japan-engaged-early-extracted-assurances')!;
  expect(claim.evidence.selector.exact).toContain('alacrity');
  expect(claim.statement).not.toContain('alacrity');
  const period = kase.periods.find((p) => p.id === claim.period)!;
  const notes = await openNotes(app.page);

  await notes.typeAtEnd('Early contact: [[');
  const list = completions(app.page);
  await expect(list).toBeVisible();
  // Nothing typed yet: claims are offered; Escape closes the list and keeps the text.
  await expect(list.getByRole('option').first()).toBeVisible();
  await app.page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  expect(await notes.text()).toBe('Early contact: [[');

  await app.page.keyboard.type('alac');
  await expect(list).toBeVisible();
  const options = list.getByRole('option');
  await expect(options).toHaveCount(1);
  await expect(options.first()).toContainText(claim.statement);
  await expect(options.first()).toContainText(`${period.label} · Hughes, RSIS Commentary`);
  // The arrows move within the list (one option: it stays chosen); Enter takes it.
  await app.page.keyboard.press('ArrowDown');
  await app.page.keyboard.press('ArrowUp');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await app.page.keyboard.press('Enter');
  await expect(list).toBeHidden();

  const expected = `Early contact: [[claim:${claim.id}]]`;
  await expect.poll(() => notes.text()).toBe(expected);
  await app.page.keyboard.type(' then more.');
  await expect.poll(() => readNote(workspace, kase.issues[0]!.id)).toBe(`${expected} then more.`);
  const chip = notes.preview.locator(`a.claim-chip[data-claim-id="${claim.id}"]`);
  await expect(chip).toBeVisible();
  await expect(chip).toHaveAttribute('title', new RegExp(`“${claim.evidence.selector.exact}”$`));
});

test('[@ offers the case’s sources by author and Tab inserts the citation', async ({
  app,
  workspace,
}) => {
  const source = kase.sources[0]!;
  const notes = await openNotes(app.page);

  await notes.typeAtEnd('As argued [@hugh');
  const list = completions(app.page);
  const option = list.getByRole('option', { name: new RegExp(`@${source.id}`) });
  await expect(option).toBeVisible();
  await expect(option).toContainText('Hughes 2025');
  await expect(option).toContainText(source.title);
  await app.page.keyboard.press('Tab');
  await expect(list).toBeHidden();
  await expect.poll(() => notes.text()).toBe(`As argued [@${source.id}]`);
  await expect
    .poll(() => readNote(workspace, kase.issues[0]!.id))
    .toBe(`As argued [@${source.id}]`);
  const cite = notes.preview.locator('.note-cite:not(.note-cite-missing)');
  await expect(cite).toContainText('Hughes', STYLE_LOADED);

  // A key nobody has offers nothing, and typing on is not disturbed.
  await app.page.keyboard.type(' and [@nobody');
  await expect(list).toBeHidden();
  await expect.poll(() => notes.text()).toBe(`As argued [@${source.id}] and [@nobody`);
});

async function putNote(workspace: string, issueId: string, text: string): Promise<void> {
  await mkdir(path.dirname(noteFile(workspace, issueId)), { recursive: true });
  await writeFile(noteFile(workspace, issueId), text);
}

test('a claim card counts the notes citing it and opens them; the evidence dialog lists them', async ({
  launch,
  workspace,
}) => {
  const [trade, burden, korea] = kase.issues;
  const twice = kase.claims.find((c) => c.id === 'trump1-steel-aluminium-tariffs')!;
  const once = kase.claims.find((c) => c.id === 'tariffs-steel-aluminium-autos-reimposed')!;
  const later = kase.claims.find((c) => c.id === 'trump-blocked-nippon-steel')!;
  await putNote(workspace, trade!.id, `Trade: [[claim:${twice.id}]]`);
  await putNote(
    workspace,
    burden!.id,
    `# Burden\n\nLine two\n\nCompare [[claim:${twice.id}]] with [[claim:${once.id}]].`,
  );
  await putNote(workspace, korea!.id, 'No links here.');
  const app = await launch({ workspace });
  const page = app.page;
  await new WorkbenchPage(page).waitUntilOpen();
  const card = (id: string) => page.locator(`article.claim-card[data-claim-id="${id}"]`);

  await expect(card(twice.id).getByRole('button', { name: 'Cited in 2 notes' })).toBeVisible();
  await expect(card(once.id).getByRole('button', { name: 'Cited in 1 note' })).toBeVisible();
  await expect(card(later.id).getByRole('button', { name: /^Cited in/ })).toHaveCount(0);

  // One note: the button goes to it, the cursor on the link.
  await card(once.id).getByRole('button', { name: 'Cited in 1 note' }).click();
  const notes = new NotesPage(page);
  // The issue's title, not the note's own "# Burden", which the preview shows as a heading too.
  await expect(page.locator('.issue-title')).toHaveText(burden!.label);
  await expect(notes.panel.locator('.notes-issue')).toHaveText(burden!.label);
  await expect(notes.editor).toBeFocused();
  await expect
    .poll(() => page.evaluate(() => window.getSelection()?.toString()))
    .toBe(`[[claim:${once.id}]]`);
  // Not also the card's own click: no evidence dialog came up.
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Several: the evidence dialog lists them by issue area, and each opens its note.
  await page
    .getByRole('navigation', { name: 'Issue areas' })
    .getByRole('button', { name: trade!.label })
    .click();
  await card(twice.id).getByRole('button', { name: 'Cited in 2 notes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Evidence' });
  await expect(dialog).toBeVisible();
  const listed = dialog.getByRole('region', { name: 'Cited in 2 notes' }).getByRole('button');
  await expect(listed).toHaveText([`Notes on ${trade!.label}`, `Notes on ${burden!.label}`]);
  await listed.nth(1).click();
  await expect(dialog).toBeHidden();
  await expect(notes.panel.locator('.notes-issue')).toHaveText(burden!.label);
  await expect(notes.editor).toBeFocused();
  await expect
    .poll(() => page.evaluate(() => window.getSelection()?.toString()))
    .toBe(`[[claim:${twice.id}]]`);

  // The note of the issue on screen, already open: it keeps the focus the closing dialog gives back.
  await page
    .getByRole('navigation', { name: 'Issue areas' })
    .getByRole('button', { name: trade!.label })
    .click();
  await expect(notes.panel.locator('.notes-issue')).toHaveText(trade!.label);
  await notes.waitUntilOpen();
  await card(twice.id).getByRole('button', { name: 'Cited in 2 notes' }).click();
  await dialog.getByRole('button', { name: `Notes on ${trade!.label}` }).click();
  await expect(dialog).toBeHidden();
  await expect(notes.editor).toBeFocused();
  await expect
    .poll(() => page.evaluate(() => window.getSelection()?.toString()))
    .toBe(`[[claim:${twice.id}]]`);

  // Saving a note that links a claim counts it at once.
  await page
    .getByRole('navigation', { name: 'Issue areas' })
    .getByRole('button', { name: trade!.label })
    .click();
  await expect(notes.panel.locator('.notes-issue')).toHaveText(trade!.label);
  await notes.waitUntilOpen();
  await notes.typeAtEnd(` and [[claim:${later.id}]] `);
  await expect.poll(() => readNote(workspace, trade!.id)).toContain(later.id);
  await expect(card(later.id).getByRole('button', { name: 'Cited in 1 note' })).toBeVisible();
  await card(later.id).click();
  await expect(
    page
      .getByRole('dialog', { name: 'Evidence' })
      .getByRole('button', { name: `Notes on ${trade!.label}` }),
  ).toBeVisible();
});
