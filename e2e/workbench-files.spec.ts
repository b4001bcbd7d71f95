import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CASES_DIR, readDefaultCase } from './pages/caseFile';
import { WorkbenchPage } from './pages/WorkbenchPage';
import { expect, test } from './support/fixtures';

const GARBAGE = '{"schemaVersion": 1, "caseId": "japan-trump", "verdicts": [ oops';

test('an unreadable user.json is never written: read-only banner, then set aside', async ({
  launch,
  workspace,
  request,
}) => {
  const kase = await readDefaultCase();
  const dimension = kase.issues[0]!.dimensions[0]!;
  const file = path.join(workspace, 'cases', 'japan-trump', 'user.json');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, GARBAGE);

  const app = await launch({ workspace });
  const wb = new WorkbenchPage(app.page);
  await wb.waitUntilOpen();
  const banner = app.page.getByRole('alert', { name: 'Verdicts are read-only' });
  await expect(banner).toContainText('cases/japan-trump/user.json');
  await expect(banner).toContainText('not valid JSON');
  const select = wb.verdictSelect(dimension.label);
  await expect(select).toBeDisabled();
  await expect(app.page.locator('.verdict-status').first()).toContainText(
    'Read-only: cases/japan-trump/user.json could not be read',
  );
  // Even a direct request to save is refused, and the file keeps every byte.
  if (app.kind === 'browser') {
    const response = await request.post(`${app.origin}/api/saveVerdict`, {
      headers: { 'Content-Type': 'application/json', 'X-Diptych-Token': app.token ?? '' },
      data: [
        'japan-trump',
        kase.issues[0]!.id,
        dimension.id,
        { from: 'trump1', to: 'trump2' },
        { verdict: 'new', rationale: '' },
      ],
    });
    // A refusal of a valid call is an answer, not a transport failure: 200 with the typed error.
    expect(response.status()).toBe(200);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('read-only');
  }
  expect(await readFile(file, 'utf8')).toBe(GARBAGE);

  await banner.getByRole('button', { name: 'Keep the broken file aside and start fresh' }).click();
  const done = app.page.getByRole('status').filter({ hasText: 'The broken file was kept as' });
  await expect(done).toBeVisible();
  const kept = (await readdir(path.dirname(file))).find((f) => f.startsWith('user.broken-'));
  expect(kept).toBeDefined();
  await expect(done).toContainText(path.join(workspace, 'cases', 'japan-trump', kept!));
  expect(await readFile(path.join(path.dirname(file), kept!), 'utf8')).toBe(GARBAGE);
  await expect(banner).toBeHidden();

  await expect(select).toBeEnabled();
  await select.selectOption('continuity');
  await expect
    .poll(async () =>
      readFile(file, 'utf8')
        .then((text) => JSON.parse(text).verdicts?.[0]?.verdict)
        .catch(() => 'no file yet'),
    )
    .toBe('continuity');
});

test('a malformed case is named with its problem, and the default case still opens', async ({
  launch,
  workspace,
}) => {
  const cases = await mkdtemp(path.join(os.tmpdir(), 'diptych-cases-'));
  try {
    await cp(CASES_DIR, cases, { recursive: true });
    await mkdir(path.join(cases, 'broken-case'));
    await writeFile(path.join(cases, 'broken-case', 'case.json'), '{"schemaVersion": 1, "id": ');
    await mkdir(path.join(cases, 'wrong-case'));
    await writeFile(
      path.join(cases, 'wrong-case', 'case.json'),
      JSON.stringify({ schemaVersion: 1, id: 'wrong-case', title: 'Wrong' }),
    );
    const app = await launch({ workspace, cases });
    const wb = new WorkbenchPage(app.page);
    await wb.waitUntilOpen();
    const banner = app.page.getByRole('alert', { name: 'Cases that could not be opened' });
    await expect(banner).toContainText('2 cases could not be opened');
    await expect(banner).toContainText('broken-case/case.json');
    await expect(banner).toContainText('not valid JSON');
    await expect(banner).toContainText('wrong-case/case.json');
    await expect(banner).toContainText('$.periods');
    const kase = await readDefaultCase();
    await expect(wb.issueLinks()).toHaveText(kase.issues.map((i) => i.label));
    await expect(wb.pane('Trump 1.0')).toBeVisible();
    await expect(app.page.getByLabel('Case', { exact: true })).toHaveValue('japan-trump');
  } finally {
    await rm(cases, { recursive: true, force: true });
  }
});

test('the theme follows the OS, can be overridden, and is remembered', async ({
  app,
  launch,
  workspace,
}) => {
  const wb = new WorkbenchPage(app.page);
  await wb.waitUntilOpen();
  const html = app.page.locator('html');
  await expect(html).not.toHaveAttribute('data-theme');
  await wb.chooseTheme('dark');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const bg = await app.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(22, 24, 29)');
  await expect
    .poll(async () => readFile(path.join(workspace, 'settings.json'), 'utf8').catch(() => ''))
    .toContain('"theme": "dark"');
  await app.close();
  const again = await launch({ workspace });
  await new WorkbenchPage(again.page).waitUntilOpen();
  await expect(again.page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await new WorkbenchPage(again.page).chooseTheme('system');
  await expect(again.page.locator('html')).not.toHaveAttribute('data-theme');
});

test('an unreadable settings.json is reported, left alone, and kept aside on a change', async ({
  launch,
  workspace,
}) => {
  const file = path.join(workspace, 'settings.json');
  await writeFile(file, 'not json at all');
  const app = await launch({ workspace });
  const wb = new WorkbenchPage(app.page);
  await wb.waitUntilOpen();
  const notice = app.page.getByRole('status').filter({ hasText: 'layout settings file' });
  await expect(notice).toContainText('settings.json could not be read');
  // Opening the app writes nothing; the first change moves the broken file aside first.
  await new Promise((resolve) => setTimeout(resolve, 800));
  expect(await readFile(file, 'utf8')).toBe('not json at all');
  await wb.chooseTheme('light');
  await expect(app.page.getByRole('status').filter({ hasText: 'was kept as' })).toBeVisible();
  const kept = (await readdir(workspace)).filter((f) => f.startsWith('settings.broken-'));
  expect(kept).toHaveLength(1);
  expect(await readFile(path.join(workspace, kept[0]!), 'utf8')).toBe('not json at all');
  expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({
    schemaVersion: 1,
    theme: 'light',
  });
});
