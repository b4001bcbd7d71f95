import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readDefaultCase } from './pages/caseFile';
import { NotesPage, noteFile, readNote } from './pages/NotesPage';
import { WorkbenchPage } from './pages/WorkbenchPage';
import { ROOT } from './support/host';
import { expect, test } from './support/fixtures';

/** A note well past the length at which the preview renders in chunks (50,000 characters). */
function longNote(sections: number, last: string): string {
  let text = '# Long note\n\n';
  for (let i = 0; i < sections; i += 1) {
    text += `## Section ${i}\n\nTokyo weighed the tariff threat against the alliance.\n\n`;
    text += '- steel and aluminium\n- autos\n\n> a quoted line\n\n';
  }
  return `${text}## ${last}\n\nThe end of the note.\n`;
}

async function openNote(
  launch: Parameters<Parameters<typeof test>[2]>[0]['launch'],
  workspace: string,
  text: string,
): Promise<{ notes: NotesPage; issueId: string }> {
  const kase = await readDefaultCase();
  const issueId = kase.issues[0]!.id;
  await mkdir(path.dirname(noteFile(workspace, issueId)), { recursive: true });
  await writeFile(noteFile(workspace, issueId), text);
  const app = await launch({ workspace });
  await new WorkbenchPage(app.page).waitUntilOpen();
  const notes = new NotesPage(app.page);
  await notes.waitUntilOpen();
  return { notes, issueId };
}

test('a long note is previewed to its end, and an edit reaches the preview and the file', async ({
  launch,
  workspace,
}) => {
  const note = longNote(1200, 'Last section');
  expect(note.length).toBeGreaterThan(100_000);
  const { notes, issueId } = await openNote(launch, workspace, note);
  await expect(notes.preview.getByRole('heading', { name: 'Last section' })).toBeAttached({
    timeout: 30_000,
  });
  await expect(
    notes.preview.getByRole('heading', { name: 'Section 600', exact: true }),
  ).toBeAttached();
  await expect(notes.preview.locator('li', { hasText: 'autos' })).toHaveCount(1200);

  await notes.typeAtEnd('\nA paragraph typed at the very end.');
  await expect(notes.preview).toContainText('A paragraph typed at the very end.', {
    timeout: 30_000,
  });
  await expect(notes.status).toHaveText('Saved', { timeout: 30_000 });
  expect(await readNote(workspace, issueId)).toBe(`${note}\nA paragraph typed at the very end.`);
});

test('the preview of a long hostile note runs nothing and loads nothing', async ({
  launch,
  workspace,
}) => {
  const hostile = await readFile(path.join(ROOT, 'test/notes/hostileNote.txt'), 'utf8');
  const { notes } = await openNote(launch, workspace, `${longNote(800, 'Before')}\n${hostile}`);
  await expect(notes.preview).toContainText('Hostile note', { timeout: 30_000 });
  await expect(notes.preview).toContainText('<script>window.__pwned = 1</script>');
  const found = await notes.preview.evaluate((root) => {
    const all = [...root.querySelectorAll('*')];
    return {
      active: root.querySelectorAll('script, iframe, object, embed, img, svg, style, form').length,
      handlers: all.flatMap((e) => e.getAttributeNames().filter((a) => a.startsWith('on'))),
      sources: all.filter((e) => e.hasAttribute('src') || e.hasAttribute('srcset')).length,
    };
  });
  expect(found).toEqual({ active: 0, handlers: [], sources: 0 });
  expect(
    await notes.page.evaluate(() => (window as { __pwned?: unknown }).__pwned),
  ).toBeUndefined();
});
