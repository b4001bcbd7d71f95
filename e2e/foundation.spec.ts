import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { contract } from '../src/core/api/contract';
import { exposedNames } from '../src/core/api/define';
import { WorkbenchPage } from './pages/WorkbenchPage';
import { ROOT } from './support/host';
import { expect, test } from './support/fixtures';

interface CaseFile {
  readonly issues: readonly { readonly label: string }[];
}

async function shippedIssueLabels(): Promise<string[]> {
  const raw = await readFile(path.join(ROOT, 'data/cases/japan-trump/case.json'), 'utf8');
  return (JSON.parse(raw) as CaseFile).issues.map((i) => i.label);
}

test('the app lists the case issue areas and shows both period panes', async ({ app }) => {
  const workbench = new WorkbenchPage(app.page);
  await workbench.waitUntilOpen();
  await expect(workbench.issueLinks()).toHaveText(await shippedIssueLabels());
  await expect(workbench.pane('Trump 1.0')).toBeVisible();
  await expect(workbench.pane('Trump 2.0')).toBeVisible();
});

test('the Electron page has no Node access and the preload exposes exactly the contract', async ({
  app,
}) => {
  test.skip(app.kind !== 'electron', 'the preload bridge and Node exist only in Electron');
  const { page } = app;
  await new WorkbenchPage(page).waitUntilOpen();
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
    'undefined',
  );
  expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe(
    'undefined',
  );
  expect(await page.evaluate(() => location.origin)).toBe('app://diptych');
  const exposed = await page.evaluate(() => Object.keys(window.diptych ?? {}));
  expect(exposed.sort()).toEqual(exposedNames(contract).sort());
});

test('in the browser the API is the HTTP client of the same contract', async ({ app }) => {
  test.skip(app.kind !== 'browser', 'Electron has its own test of the preload bridge');
  const { page } = app;
  await new WorkbenchPage(page).waitUntilOpen();
  const exposed = await page.evaluate(() => Object.keys(window.diptych ?? {}));
  expect(exposed.sort()).toEqual(exposedNames(contract).sort());
  expect(await page.evaluate(() => location.protocol)).toBe('http:');
  const info = await page.evaluate(() => window.diptych!.getAppInfo());
  expect(info.host).toBe('browser');
  // Nothing was opened from the system here: a browser has no double-click to hand over.
  expect(await page.evaluate(() => window.diptych!.takeOpenedBundle())).toBeNull();
});

test('the browser host refuses calls without the token or from a foreign host', async ({
  app,
  request,
}) => {
  test.skip(app.kind !== 'browser', 'the HTTP checks belong to the browser host');
  const url = `${app.origin}/api/listCases`;
  const headers = { 'Content-Type': 'application/json' };
  expect((await request.post(url, { headers, data: [] })).status()).toBe(401);
  expect(
    (
      await request.post(url, { headers: { ...headers, 'X-Diptych-Token': 'wrong' }, data: [] })
    ).status(),
  ).toBe(401);
  const good = { ...headers, 'X-Diptych-Token': app.token ?? '' };
  expect((await request.post(url, { headers: good, data: [] })).status()).toBe(200);
  const foreign = await request.post(url, {
    headers: { ...good, Host: 'evil.example:80' },
    data: [],
  });
  expect(foreign.status()).toBe(403);
  expect(
    (await request.post(`${app.origin}/api/noSuchMethod`, { headers: good, data: [] })).status(),
  ).toBe(404);
  const invalid = await request.post(`${app.origin}/api/openCase`, {
    headers: good,
    data: ['../etc'],
  });
  expect(invalid.status()).toBe(400);
  expect(((await invalid.json()) as { error: { message: string } }).error.message).toContain(
    'argument 1',
  );
  const cors = await request.post(url, {
    headers: { ...good, Origin: 'https://evil.example' },
    data: [],
  });
  expect(cors.headers()['access-control-allow-origin']).toBeUndefined();
});

test('restarting the host on the same workspace works', async ({ launch, workspace }) => {
  const first = await launch({ workspace });
  await new WorkbenchPage(first.page).waitUntilOpen();
  await first.close();
  const second = await launch({ workspace });
  const workbench = new WorkbenchPage(second.page);
  await workbench.waitUntilOpen();
  await expect(workbench.issueLinks()).toHaveText(await shippedIssueLabels());
});
