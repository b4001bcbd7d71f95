import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../core/api/contract';
import { CASES_DIR, DEFAULT_CASE, openServices } from '../services/drill/drillServices';
import type { Services } from '../services/services';
import { Scratch } from '../services/testing/scratch';
import { startBrowserHost, type RunningHost } from './server';
import { openTab, type Tab, type TabOptions } from './testing/tabClient';

const TOKEN = 'flush-test-token-0123456789';
const scratch = new Scratch('diptych-flush-');
let workspace: string;
let services: Services;
let host: RunningHost;
let tabs: Tab[];

beforeEach(async () => {
  workspace = await scratch.dir();
  services = await openServices(workspace, CASES_DIR);
  host = await startBrowserHost({
    contract,
    handlers: services.handlers,
    events: services.events,
    rendererDir: path.join(workspace, 'no-renderer'),
    token: TOKEN,
    port: 0,
  });
  tabs = [];
});

afterEach(async () => {
  for (const tab of tabs) tab.close();
  await host.close();
  await scratch.cleanup();
});

async function tab(issueId: string, options: Partial<TabOptions> = {}): Promise<Tab> {
  const opened = openTab({
    port: host.port,
    auth: { 'X-Diptych-Token': TOKEN },
    caseId: DEFAULT_CASE,
    issueId,
    text: `Text of ${issueId}`,
    saveDelayMs: 0,
    ...options,
  });
  tabs.push(opened);
  await opened.ready;
  return opened;
}

function onDisk(issueId: string): Promise<string> {
  return readFile(path.join(workspace, 'notes', DEFAULT_CASE, `${issueId}.md`), 'utf8');
}

describe('stopping the host with several tabs open', () => {
  it('waits until every tab has saved, not only the first to answer', async () => {
    await tab('quick');
    await tab('slow', { saveDelayMs: 400 });
    await tab('slower', { saveDelayMs: 800 });
    const outcome = await services.flushRenderer.request('quit', 5000);
    expect(outcome).toEqual({ asked: 3, unconfirmed: [] });
    expect(await onDisk('quick')).toBe('Text of quick');
    expect(await onDisk('slow')).toBe('Text of slow');
    expect(await onDisk('slower')).toBe('Text of slower');
  });

  it('names a tab that could not save and one that never answered', async () => {
    await tab('fine');
    const failing = await tab('failing', { answer: 'not-saved' });
    const frozen = await tab('frozen', { answer: 'none' });
    const outcome = await services.flushRenderer.request('quit', 1500);
    expect(outcome.asked).toBe(3);
    expect(outcome.unconfirmed).toEqual(
      expect.arrayContaining([
        { clientId: failing.clientId, why: 'not-saved' },
        { clientId: frozen.clientId, why: 'no-answer' },
      ]),
    );
    expect(outcome.unconfirmed).toHaveLength(2);
  });

  it('counts a tab closed while the host waits as done', async () => {
    await tab('stays');
    const leaving = await tab('leaving', { answer: 'none' });
    const pending = services.flushRenderer.request('quit', 3000);
    setTimeout(() => leaving.close(), 200);
    // Had the closed tab been waited for, it would be listed as not answering.
    expect(await pending).toEqual({ asked: 2, unconfirmed: [] });
  });

  it('sends each tab its own request and ignores an answer to another', async () => {
    const a = await tab('a', { answer: 'none' });
    const b = await tab('b', { answer: 'none' });
    const pending = services.flushRenderer.request('quit', 1000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const idOf = (t: Tab): string =>
      (t.events.find((e) => e.event === 'flushRequested')?.payload as { id: string }).id;
    expect(idOf(a)).not.toBe(idOf(b));
    // The first tab answers twice with its own id: the second tab still has not answered.
    await services.handlers.flushDone(idOf(a), 'saved');
    await services.handlers.flushDone(idOf(a), 'saved');
    expect((await pending).unconfirmed).toEqual([{ clientId: b.clientId, why: 'no-answer' }]);
  });
});
