import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { readDefaultCase } from './pages/caseFile';
import { NotesPage, readNote } from './pages/NotesPage';
import { WorkbenchPage } from './pages/WorkbenchPage';
import { expect, test } from './support/fixtures';

async function openNotes(page: Page): Promise<NotesPage> {
  await new WorkbenchPage(page).waitUntilOpen();
  const notes = new NotesPage(page);
  await notes.waitUntilOpen();
  return notes;
}

async function firstIssue(): Promise<string> {
  const issue = (await readDefaultCase()).issues[0];
  if (!issue) throw new Error('the default case has no issue area');
  return issue.id;
}

test('stopping the host with two tabs open keeps what the second tab was typing', async ({
  app,
  workspace,
  pageErrors,
}) => {
  test.skip(app.kind !== 'browser', 'only the browser host serves several tabs');
  await openNotes(app.page);
  const second = await app.openTab!();
  const notes = await openNotes(second);
  await notes.typeAtEnd('Typed in the second tab, then the host stopped');
  await app.stopHost!();
  await second.close();
  await app.page.close();
  dropRefusedReconnects(pageErrors);
  expect(await readNote(workspace, await firstIssue())).toBe(
    'Typed in the second tab, then the host stopped',
  );
});

/**
 * Tabs left open after the host stopped try to reconnect their event stream, and a request under
 * way when it exited is cut (refused, reset, or its socket not connected): all are expected once
 * the host is gone.
 */
function dropRefusedReconnects(errors: string[]): void {
  const kept = errors.filter(
    (e) => !/net::ERR_(CONNECTION_REFUSED|CONNECTION_RESET|SOCKET_NOT_CONNECTED)/.test(e),
  );
  errors.splice(0, errors.length, ...kept);
}

test('the printed code opens the app once and leaves nothing in the address; the cookie does the rest', async ({
  app,
  request,
}) => {
  test.skip(app.kind !== 'browser', 'the launch code belongs to the browser host');
  await new WorkbenchPage(app.page).waitUntilOpen();
  expect(app.page.url()).toBe(`${app.origin}/`);
  expect(await app.page.evaluate(() => document.cookie)).toBe('');
  const [cookie] = await app.page.context().cookies(app.origin);
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });

  await app.page.reload();
  await new WorkbenchPage(app.page).waitUntilOpen();
  expect(app.page.url()).toBe(`${app.origin}/`);

  // Another browser (no cookie) given the same printed address is refused and told what to do.
  const other = await app.page.context().browser()!.newContext();
  const stranger = await other.newPage();
  const reply = await stranger.goto(app.printedUrl!);
  expect(reply?.status()).toBe(401);
  await expect(stranger.getByRole('heading')).toHaveText(
    'Open Diptych from the address it printed',
  );
  await expect(stranger.getByText('already been used')).toBeVisible();
  await expect(stranger.getByText('Diptych running at')).toBeVisible();
  // A tab opened on the bare address (no code, no cookie) says where the address is and what to do.
  const bare = await stranger.goto(app.origin!);
  expect(bare?.status()).toBe(401);
  await expect(stranger.getByRole('heading')).toHaveText(
    'Open Diptych from the address it printed',
  );
  await expect(stranger.getByText('opened without the address Diptych printed')).toBeVisible();
  await expect(
    stranger.getByText('the terminal where you ran it printed a line like'),
  ).toBeVisible();
  await expect(stranger.locator('code')).toHaveText(
    'Diptych running at http://127.0.0.1:<port>/?code=<code>',
  );
  await expect(stranger.getByText('Open that address in this browser.')).toBeVisible();
  await other.close();

  expect((await request.post(`${app.origin}/api/listCases`, { data: [] })).status()).toBe(401);
});

test('a note saved in one tab replaces the stale text in another tab showing it', async ({
  app,
  workspace,
}) => {
  test.skip(app.kind !== 'browser', 'only the browser host serves several tabs');
  const first = await openNotes(app.page);
  await expect(first.status).toHaveText('Saved');
  const secondPage = await app.openTab!();
  const second = await openNotes(secondPage);
  await second.typeAtEnd('Written in the second tab');
  await expect(second.status).toHaveText('Saved');
  const issueId = await firstIssue();
  await expect.poll(() => readNote(workspace, issueId)).toBe('Written in the second tab');
  // The first tab had nothing unsaved: it shows what is on disk now, not its old text.
  await expect.poll(() => first.text()).toBe('Written in the second tab');
  await expect(first.status).toHaveText('Saved');

  // Once the first tab writes again, the second tab follows in turn.
  await first.typeAtEnd(', and then in the first');
  await expect.poll(() => second.text()).toBe('Written in the second tab, and then in the first');
});

test('a tab whose save fails says so when the host stops', async ({
  app,
  workspace,
  pageErrors,
}) => {
  test.skip(app.kind !== 'browser', 'only the browser host serves several tabs');
  const notes = await openNotes(app.page);
  await expect(notes.status).toHaveText('Saved');
  // A file where the case's notes folder was: no save into it can succeed, even as root.
  const folder = path.join(workspace, 'notes', 'japan-trump');
  await rm(folder, { recursive: true, force: true });
  await writeFile(folder, 'not a folder');
  await notes.typeAtEnd('Cannot be saved');
  await app.stopHost!();
  await expect(
    app.page.getByRole('alert').filter({ hasText: 'could not save everything' }),
  ).toBeVisible();
  await expect(notes.editor).toContainText('Cannot be saved');
  await app.page.close();
  dropRefusedReconnects(pageErrors);
});
