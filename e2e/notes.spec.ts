import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { chipLabel } from '../src/core/markdown/claimLinks';
import { readDefaultCase, type CaseFile } from './pages/caseFile';
import { NotesPage, conflictCopies, noteFile, readNote } from './pages/NotesPage';
import { WorkbenchPage } from './pages/WorkbenchPage';
import { ROOT } from './support/host';
import { shoot } from './support/screenshots';
import { expect, test } from './support/fixtures';

let kase: CaseFile;

test.beforeAll(async () => {
  kase = await readDefaultCase();
});

/** The issue the workbench opens first on a fresh workspace, and another one. */
function issues(): { first: { id: string; label: string }; second: { id: string; label: string } } {
  const [first, second] = kase.issues;
  if (!first || !second) throw new Error('the case needs two issue areas');
  return { first, second };
}

async function putNote(
  workspace: string,
  issueId: string,
  content: string | Buffer,
): Promise<void> {
  await mkdir(path.dirname(noteFile(workspace, issueId)), { recursive: true });
  await writeFile(noteFile(workspace, issueId), content);
}

async function open(page: Page): Promise<NotesPage> {
  await new WorkbenchPage(page).waitUntilOpen();
  const notes = new NotesPage(page);
  await notes.waitUntilOpen();
  return notes;
}

test('a typed note reaches its file and is there again after a restart', async ({
  launch,
  workspace,
}, testInfo) => {
  const { first } = issues();
  const app = await launch({ workspace });
  const notes = await open(app.page);
  await expect(notes.status).toHaveText('Saved');

  const typed = 'Tariffs: Section 232 came first, autos later.';
  await notes.typeAtEnd(typed);
  await expect(notes.status).toHaveText('Saved');
  await expect.poll(() => readNote(workspace, first.id)).toBe(typed);
  await shoot(app.page, testInfo, 'notes-saved', { schemes: ['light', 'dark'] });

  await app.close();
  const again = await launch({ workspace });
  const reopened = await open(again.page);
  await expect.poll(() => reopened.text()).toBe(typed);
  await expect(reopened.status).toHaveText('Saved');
});

test('a note typed just before the app closes is on disk', async ({ launch, workspace }) => {
  const { first } = issues();
  const app = await launch({ workspace });
  const notes = await open(app.page);
  await notes.typeAtEnd('Typed and closed at once');
  await app.close();
  expect(await readNote(workspace, first.id)).toBe('Typed and closed at once');
});

test('switching issue saves the note at once and keeps each issue’s note apart', async ({
  app,
  workspace,
}) => {
  const { first, second } = issues();
  const notes = await open(app.page);
  const workbench = new WorkbenchPage(app.page);
  await notes.typeAtEnd('Written on the first issue');
  await workbench.openIssue(second.label);
  await expect.poll(() => readNote(workspace, first.id)).toBe('Written on the first issue');
  await expect.poll(() => notes.text()).toBe('');
  await notes.typeAtEnd('Second issue');
  await workbench.openIssue(first.label);
  await expect.poll(() => notes.text()).toBe('Written on the first issue');
  await expect.poll(() => readNote(workspace, second.id)).toBe('Second issue');
});

test('a note edited on disk while open, with nothing unsaved, reloads', async ({
  app,
  workspace,
}) => {
  const { first } = issues();
  const notes = await open(app.page);
  await notes.typeAtEnd('Before');
  await expect(notes.status).toHaveText('Saved');
  await expect.poll(() => readNote(workspace, first.id)).toBe('Before');

  await writeFile(noteFile(workspace, first.id), 'Changed in another editor\n\nSecond line');
  await expect(notes.editor).toContainText('Changed in another editor');
  await expect(notes.editor).toContainText('Second line');
  await expect(notes.conflict).toHaveCount(0);
  await expect(notes.status).toHaveText('Saved');
  expect(await readNote(workspace, first.id)).toBe('Changed in another editor\n\nSecond line');
});

/** Types without letting autosave run, then changes the file behind the editor's back. */
async function conflictOn(notes: NotesPage, workspace: string, issueId: string): Promise<void> {
  await notes.typeAtEnd('Saved base. ');
  await expect(notes.status).toHaveText('Saved');
  await notes.page.keyboard.type('My unsaved thought');
  await writeFile(noteFile(workspace, issueId), 'Their version from git');
  await expect(notes.conflict).toBeVisible();
  await expect(notes.yourVersion).toHaveText('Saved base. My unsaved thought');
  await expect(notes.fileVersion).toHaveText('Their version from git');
}

test('with unsaved edits, an outside change offers both versions; "Keep mine" loses neither', async ({
  app,
  workspace,
}, testInfo) => {
  const { first } = issues();
  const notes = await open(app.page);
  await conflictOn(notes, workspace, first.id);
  // Nothing is written while the user decides.
  await app.page.waitForTimeout(1500);
  expect(await readNote(workspace, first.id)).toBe('Their version from git');
  await shoot(app.page, testInfo, 'notes-conflict', { schemes: ['light', 'dark'] });

  await notes.keepMineButton.click();
  await expect(notes.conflict).toHaveCount(0);
  await expect(notes.status).toHaveText('Saved');
  await expect.poll(() => notes.text()).toBe('Saved base. My unsaved thought');
  expect(await readNote(workspace, first.id)).toBe('Saved base. My unsaved thought');
  const copies = await conflictCopies(workspace, first.id);
  expect(copies.map((c) => c.text)).toEqual(['Their version from git']);
  await expect(notes.notice).toContainText(`notes/japan-trump/${copies[0]!.name}`);

  // The editor goes on saving normally against the new revision.
  await notes.typeAtEnd(' And more.');
  await expect
    .poll(() => readNote(workspace, first.id))
    .toBe('Saved base. My unsaved thought And more.');
});

test('with unsaved edits, an outside change offers both versions; "Use the file’s version" loses neither', async ({
  app,
  workspace,
}) => {
  const { first } = issues();
  const notes = await open(app.page);
  await conflictOn(notes, workspace, first.id);

  await notes.useFileButton.click();
  await expect(notes.conflict).toHaveCount(0);
  await expect.poll(() => notes.text()).toBe('Their version from git');
  await expect(notes.status).toHaveText('Saved');
  expect(await readNote(workspace, first.id)).toBe('Their version from git');
  const copies = await conflictCopies(workspace, first.id);
  expect(copies.map((c) => c.text)).toEqual(['Saved base. My unsaved thought']);
  await expect(notes.notice).toContainText(`notes/japan-trump/${copies[0]!.name}`);
});

test('the preview of a hostile note runs nothing, loads nothing and links nowhere unsafe', async ({
  launch,
  workspace,
}, testInfo) => {
  const { first } = issues();
  const hostile = await readFile(path.join(ROOT, 'test/notes/hostileNote.txt'), 'utf8');
  expect(hostile.match(/__pwned|127\.0\.0\.1/g)?.length).toBeGreaterThanOrEqual(20);
  await putNote(workspace, first.id, hostile);
  const app = await launch({ workspace });
  const notes = await open(app.page);
  await notes.viewButton('Preview').click();
  await expect(notes.preview).toContainText('Hostile note');
  await notes.preview.hover();
  await app.page.waitForTimeout(500);

  expect(await app.page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  const found = await notes.preview.evaluate((root) => {
    const all = [root, ...root.querySelectorAll('*')];
    return {
      tags: [...new Set(all.map((e) => e.tagName.toLowerCase()))],
      handlers: all.flatMap((e) => e.getAttributeNames().filter((a) => a.startsWith('on'))),
      styled: all.filter((e) => e.hasAttribute('style')).length,
      sources: all.filter((e) => e.hasAttribute('src') || e.hasAttribute('srcset')).length,
      hrefs: [...root.querySelectorAll('[href]')].map((e) => e.getAttribute('href') ?? ''),
      externalRel: [...root.querySelectorAll('a[href^="http"], a[href^="mailto"]')].map(
        (e) => `${e.getAttribute('rel')}|${e.getAttribute('target')}`,
      ),
    };
  });
  for (const tag of [
    'script',
    'iframe',
    'object',
    'embed',
    'form',
    'svg',
    'math',
    'img',
    'meta',
    'base',
    'style',
    'link',
    'input',
  ]) {
    expect(found.tags, tag).not.toContain(tag);
  }
  expect(found.handlers).toEqual([]);
  expect(found.styled).toBe(0);
  expect(found.sources).toBe(0);
  for (const href of found.hrefs) {
    expect(href).toMatch(/^(https?:\/\/|mailto:|#claim:)/);
    expect(href.toLowerCase()).not.toContain('javascript:');
  }
  expect(found.hrefs).toEqual(['https://example.org/analysis', 'mailto:analyst@example.org']);
  expect(found.externalRel).toEqual(['noreferrer noopener|_blank', 'noreferrer noopener|_blank']);
  // Raw HTML is shown as the text it is, never parsed.
  await expect(notes.preview).toContainText('<script>window.__pwned = 1</script>');
  expect(
    await app.page.evaluate(() => document.querySelectorAll('iframe, object, embed, base').length),
  ).toBe(0);
  await expect(notes.preview).toContainText('[image: remote markdown image]');
  await shoot(app.page, testInfo, 'notes-preview-hostile', { schemes: ['light', 'dark'] });
});

test('claim links render as chips that jump to the claim, and link the focused claim', async ({
  app,
}, testInfo) => {
  const { first } = issues();
  const elsewhere = kase.claims.find((c) => c.issue !== first.id);
  const here = kase.claims.find((c) => c.issue === first.id);
  if (!elsewhere || !here) throw new Error('the case needs claims in two issues');
  const notes = await open(app.page);
  const workbench = new WorkbenchPage(app.page);

  await notes.typeAtEnd(`**See** [[claim:${elsewhere.id}]] and [[claim:no-such-claim]].`);
  const chip = notes.preview.locator('a.claim-chip', { hasText: chipLabel(elsewhere.statement) });
  await expect(chip).toBeVisible();
  await expect(chip).toHaveAttribute(
    'title',
    `${elsewhere.statement}\n“${elsewhere.evidence.selector.exact}”`,
  );
  await expect(notes.preview.locator('a.claim-chip-missing')).toHaveText('no-such-claim');

  // Focus a claim card, then link it from the editor with the keyboard shortcut.
  await app.page.locator(`article.claim-card[data-claim-id="${here.id}"]`).focus();
  await expect(notes.linkClaimButton).toBeEnabled();
  await notes.editor.click();
  await app.page.keyboard.press('ControlOrMeta+End');
  await app.page.keyboard.type(' Also ');
  await app.page.keyboard.press('ControlOrMeta+Shift+L');
  await expect(notes.editor).toContainText(`Also [[claim:${here.id}]]`);
  await app.page.keyboard.type(' and ');
  await notes.linkClaimButton.click();
  await expect(notes.editor).toContainText(`[[claim:${here.id}]] and [[claim:${here.id}]]`);
  await expect(notes.preview.locator('a.claim-chip')).toHaveCount(4);
  await shoot(app.page, testInfo, 'notes-chips', { schemes: ['light', 'dark'] });

  await chip.click();
  const target = kase.issues.find((i) => i.id === elsewhere.issue)!;
  await expect(workbench.currentIssue()).toHaveText(target.label);
});

test('search lists hits across notes, with issue and line, and opens the issue', async ({
  launch,
  workspace,
}, testInfo) => {
  const { first, second } = issues();
  await putNote(workspace, first.id, '# Notes\nSteel tariffs in 2018\nnothing here');
  await putNote(workspace, second.id, 'Host-nation support\n\nTariffs were linked to troops.');
  const app = await launch({ workspace });
  const notes = await open(app.page);

  await notes.searchField.fill('tariffs');
  await expect(notes.searchHits).toHaveCount(2);
  await expect(notes.searchHits.nth(0)).toContainText(`${first.label} · line 2`);
  await expect(notes.searchHits.nth(1)).toContainText(`${second.label} · line 3`);
  await expect(notes.panel.getByText('2 lines in 2 notes')).toBeVisible();
  await shoot(app.page, testInfo, 'notes-search', { schemes: ['light', 'dark'] });

  await notes.searchHits.nth(1).click();
  await expect(new WorkbenchPage(app.page).currentIssue()).toHaveText(second.label);
  await expect(notes.editor).toContainText('Tariffs were linked to troops.');
});

test('a save that fails says why, keeps the text, and succeeds once the cause is gone', async ({
  app,
  workspace,
}, testInfo) => {
  const { first } = issues();
  const notes = await open(app.page);
  // The case's notes folder is replaced by a plain file, so no note can be written into it
  // (a permission change would not stop a test running as root).
  const folder = path.dirname(noteFile(workspace, first.id));
  await rm(folder, { recursive: true, force: true });
  await writeFile(folder, 'not a folder');

  await notes.typeAtEnd('Kept through the failure');
  await expect(notes.status).toContainText(`notes/japan-trump/${first.id}.md was not saved`);
  await expect(notes.status).toContainText('a file stands where its folder should be');
  await expect(notes.status).toContainText('Your text is still here');
  expect(await notes.text()).toBe('Kept through the failure');
  await shoot(app.page, testInfo, 'notes-save-error', { schemes: ['light', 'dark'] });

  await rm(folder);
  await notes.panel.getByRole('button', { name: 'Retry' }).click();
  await expect(notes.status).toHaveText('Saved');
  expect(await readNote(workspace, first.id)).toBe('Kept through the failure');
});

test('a note that is not valid UTF-8 is shown as an error and never written', async ({
  launch,
  workspace,
}, testInfo) => {
  const { first } = issues();
  const bytes = Buffer.from([
    0x23, 0x20, 0x4e, 0x6f, 0x74, 0x65, 0x0a, 0xff, 0xfe, 0xc3, 0x28, 0x0a,
  ]);
  await putNote(workspace, first.id, bytes);
  const app = await launch({ workspace });
  const notes = await open(app.page);

  await expect(notes.alert).toContainText(`notes/japan-trump/${first.id}.md`);
  await expect(notes.alert).toContainText('not valid UTF-8');
  await expect(notes.editor).toHaveAttribute('aria-readonly', 'true');
  await notes.editor.click();
  await app.page.keyboard.type('typed over it');
  await app.page.keyboard.press('Enter');
  await notes.searchField.click();
  await app.page.waitForTimeout(1500);
  await expect(notes.editor).not.toContainText('typed over it');
  expect((await readFile(noteFile(workspace, first.id))).equals(bytes)).toBe(true);
  await shoot(app.page, testInfo, 'notes-unreadable', { schemes: ['light', 'dark'] });
});

/** Serious and critical accessibility violations inside the notes panel, as "rule: target". */
async function panelViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include('.notes-panel').analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the notes panel has no serious accessibility violation in any state (${scheme})`, async ({
    launch,
    workspace,
  }) => {
    const { first, second } = issues();
    const claim = kase.claims[0]!;
    await putNote(
      workspace,
      second.id,
      `# Heading\n\nSee [[claim:${claim.id}]] and [a link](https://example.org).`,
    );
    const app = await launch({ workspace });
    await app.page.emulateMedia({ colorScheme: scheme });
    const notes = await open(app.page);
    expect(await panelViolations(app.page), 'empty note').toEqual([]);

    await notes.searchField.fill('see');
    await expect(notes.searchHits).toHaveCount(1);
    expect(await panelViolations(app.page), 'search results').toEqual([]);
    await notes.searchHits.first().click();
    await expect(notes.preview.locator('a.claim-chip')).toHaveCount(1);
    expect(await panelViolations(app.page), 'preview with a chip').toEqual([]);

    await new WorkbenchPage(app.page).openIssue(first.label);
    await conflictOn(notes, workspace, first.id);
    expect(await panelViolations(app.page), 'conflict').toEqual([]);
  });
}

test('two Enters after a list end it: the next line is a paragraph in the preview and the file', async ({
  app,
  workspace,
}) => {
  const notes = await open(app.page);
  await notes.viewButton('Split').click();
  await notes.typeAtEnd('- first point');
  await app.page.keyboard.press('Enter');
  await app.page.keyboard.type('second point');
  await app.page.keyboard.press('Enter');
  await app.page.keyboard.press('Enter');
  await app.page.keyboard.type('A paragraph after the list.');
  await expect(notes.preview.locator('li')).toHaveText(['first point', 'second point']);
  await expect(notes.preview.locator('p', { hasText: 'A paragraph after the list.' })).toHaveCount(
    1,
  );
  await expect(notes.preview.locator('li', { hasText: 'paragraph' })).toHaveCount(0);
  await expect(notes.status).toHaveText(/^Saved/);
  expect(await readNote(workspace, issues().first.id)).toContain(
    '- second point\nA paragraph after the list.',
  );
});
