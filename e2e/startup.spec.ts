import { ChartsPage } from './pages/ChartsPage';
import { WorkbenchPage } from './pages/WorkbenchPage';
import { expect, test } from './support/fixtures';

test('the browser host inlines the first screen’s data: the app starts without a boot call', async ({
  app,
}) => {
  test.skip(app.kind !== 'browser', 'Electron keeps its one boot call over IPC');
  const { page } = app;
  await new WorkbenchPage(page).waitUntilOpen();
  // The first screen is complete: the default issue's grid and its first chart.
  await expect(page.getByRole('navigation', { name: 'Issue areas' })).toBeVisible();
  await expect(new ChartsPage(page).charts().first().locator('svg.recharts-surface')).toBeVisible();
  const calls = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.startsWith('/api/')),
  );
  expect(calls).not.toContain('/api/boot');
  // The data block was read once and removed; nothing of it is left in the page.
  expect(await page.locator('#diptych-boot').count()).toBe(0);
});

test('every face of the font the first screen sets its text in was asked for by the page itself', async ({
  app,
}) => {
  const { page } = app;
  await new WorkbenchPage(page).waitUntilOpen();
  await expect(new ChartsPage(page).charts().first().locator('svg.recharts-surface')).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  const { preloaded, used } = await page.evaluate(() => ({
    preloaded: [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="font"]')]
      .filter((l) => l.crossOrigin !== null)
      .map((l) => new URL(l.href).pathname),
    used: performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.endsWith('.woff2')),
  }));
  // Without a preload a face is only fetched once text needs it, after the scripts have run, and
  // every line is laid out again when it lands.
  expect(used.length).toBeGreaterThan(0);
  for (const face of used) expect(preloaded).toContain(face);
});

test('the scripts the page starts with hold no schema code: zod comes with the first answer it checks', async ({
  app,
}) => {
  test.skip(app.kind !== 'browser', 'in Electron the preload checks the answers with its own copy');
  const { page } = app;
  await new WorkbenchPage(page).waitUntilOpen();
  await expect(new ChartsPage(page).charts().first().locator('svg.recharts-surface')).toBeVisible();
  // The page as served: once running, the page adds preload links of its own for what it loads.
  const initial = await page.evaluate(async () => {
    const served = new DOMParser().parseFromString(await (await fetch('/')).text(), 'text/html');
    const urls = [
      ...[...served.querySelectorAll<HTMLScriptElement>('script[type="module"][src]')].map((s) =>
        s.getAttribute('src'),
      ),
      ...[...served.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) =>
        l.getAttribute('href'),
      ),
    ].map((ref) => new URL(ref!, location.href).href);
    return Promise.all(urls.map(async (url) => ({ url, text: await (await fetch(url)).text() })));
  });
  expect(initial.length).toBeGreaterThan(0);
  for (const { url, text } of initial) expect(text, url).not.toContain('ZodError');
  // The answers are still checked: one that the page asks for now comes back through zod.
  const info = await page.evaluate(() => window.diptych!.getAppInfo());
  expect(info.host).toBe('browser');
  const scripts = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
  );
  expect(scripts.some((p) => /\/assets\/zod-[\w-]+\.js$/.test(p))).toBe(true);
});

test('the note editor’s code is asked for only once the first chart has been painted', async ({
  app,
}) => {
  const { page } = app;
  await new WorkbenchPage(page).waitUntilOpen();
  await expect(page.locator('.cm-content').first()).toBeVisible();
  const { painted, editor } = await page.evaluate(() => ({
    painted: performance.getEntriesByName('diptych/first-chart-painted', 'mark')[0]?.startTime,
    editor: performance
      .getEntriesByType('resource')
      .find((e) => /\/NotesPanel-[\w-]+\.js$/.test(new URL(e.name).pathname))?.startTime,
  }));
  // CodeMirror's evaluation would otherwise hold the first chart's frame back.
  expect(painted).toBeDefined();
  expect(editor).toBeDefined();
  expect(editor!).toBeGreaterThan(painted!);
});

test('the scripts the page starts with are compiled as they parse, the largest asked for first', async ({
  app,
}) => {
  test.skip(app.kind !== 'browser', 'the app scheme is not limited to six requests at once');
  const { page } = app;
  await new WorkbenchPage(page).waitUntilOpen();
  const scripts = await page.evaluate(async () => {
    const served = new DOMParser().parseFromString(await (await fetch('/')).text(), 'text/html');
    const entry = served.querySelector<HTMLScriptElement>('script[type="module"][src]')!;
    const preloads = [...served.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')];
    return Promise.all(
      [entry.getAttribute('src'), ...preloads.map((l) => l.getAttribute('href'))].map(
        async (ref) => {
          const text = await (await fetch(new URL(ref!, location.href))).text();
          return { ref: ref!, head: text.slice(0, 40), size: text.length };
        },
      ),
    );
  });
  expect(scripts.length).toBeGreaterThan(2);
  for (const { ref, head } of scripts)
    expect(head, ref).toMatch(/^\/\/# allFunctionsCalledOnLoad\n/);
  const preloadSizes = scripts.slice(1).map((s) => s.size);
  expect(preloadSizes).toEqual([...preloadSizes].sort((a, b) => b - a));
});

test('the filter lists are drawn when the popover first opens, not with the first screen', async ({
  app,
}) => {
  const wb = new WorkbenchPage(app.page);
  await wb.waitUntilOpen();
  await expect(
    new ChartsPage(app.page).charts().first().locator('svg.recharts-surface'),
  ).toBeVisible();
  await expect(app.page.locator('.filter-popover input')).toHaveCount(0);
  await wb.filtersButton().click();
  await expect(wb.filterPanel().getByRole('checkbox', { name: /Expected/ })).toBeVisible();
  // Closed and opened again, the lists (and what was typed in the finder) are still there.
  await wb.filterPanel().getByRole('searchbox').fill('steel');
  await wb.filtersButton().click();
  await expect(wb.filterPanel()).toBeHidden();
  await wb.filtersButton().click();
  await expect(wb.filterPanel().getByRole('searchbox')).toHaveValue('steel');
});
