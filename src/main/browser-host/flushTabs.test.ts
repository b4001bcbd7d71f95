import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CASE } from '../services/drill/drillServices';
import { hostWithTabs } from './testing/hostWithTabs';
import type { Tab, TabOptions } from './testing/tabClient';

const world = hostWithTabs('diptych-flush-');
function tab(issueId: string, options: Partial<TabOptions> = {}): Promise<Tab> {
  return world.tab({ issueId, text: `Text of ${issueId}`, saveDelayMs: 0, ...options });
}

function onDisk(issueId: string): Promise<string> {
  return readFile(path.join(world.workspace, 'notes', DEFAULT_CASE, `${issueId}.md`), 'utf8');
}

describe('stopping the host with several tabs open', () => {
  it('waits until every tab has saved, not only the first to answer', async () => {
    await tab('quick');
    await tab('slow', { saveDelayMs: 400 });
    await tab('slower', { saveDelayMs: 800 });
    const outcome = await world.services.flushRenderer.request('quit', 5000);
    expect(outcome).toEqual({ asked: 3, unconfirmed: [] });
    expect(await onDisk('quick')).toBe('Text of quick');
    expect(await onDisk('slow')).toBe('Text of slow');
    expect(await onDisk('slower')).toBe('Text of slower');
  });

  it('names a tab that could not save and one that never answered', async () => {
    await tab('fine');
    const failing = await tab('failing', { answer: 'not-saved' });
    const frozen = await tab('frozen', { answer: 'none' });
    const outcome = await world.services.flushRenderer.request('quit', 1500);
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
    const pending = world.services.flushRenderer.request('quit', 3000);
    setTimeout(() => leaving.close(), 200);
    // Had the closed tab been waited for, it would be listed as not answering.
    expect(await pending).toEqual({ asked: 2, unconfirmed: [] });
  });

  it('sends each tab its own request and ignores an answer to another', async () => {
    const a = await tab('a', { answer: 'none' });
    const b = await tab('b', { answer: 'none' });
    const pending = world.services.flushRenderer.request('quit', 1000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const idOf = (t: Tab): string =>
      (t.events.find((e) => e.event === 'flushRequested')?.payload as { id: string }).id;
    expect(idOf(a)).not.toBe(idOf(b));
    // The first tab answers twice with its own id: the second tab still has not answered.
    await world.services.handlers.flushDone(idOf(a), 'saved');
    await world.services.handlers.flushDone(idOf(a), 'saved');
    expect((await pending).unconfirmed).toEqual([{ clientId: b.clientId, why: 'no-answer' }]);
  });
});
