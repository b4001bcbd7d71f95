import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../core/settings/schema';
import { SettingsStore } from './settingsStore';
import { Workspace } from './workspace';

let root: string;
let store: SettingsStore;
let file: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'diptych-settings-'));
  store = new SettingsStore(await Workspace.open(root));
  file = path.join(root, 'settings.json');
});
afterEach(() => rm(root, { recursive: true, force: true }));

const changed: Settings = {
  ...defaultSettings(),
  theme: 'dark',
  notesCollapsed: true,
  lastCase: 'japan-trump',
  cases: { 'japan-trump': { panes: ['trump1', 'biden', 'trump2'], paneSizes: [30, 30, 40] } },
};

describe('the settings store', () => {
  it('gives defaults when there is no file, and writes nothing on read', async () => {
    expect(await store.read()).toEqual({ status: 'ok', settings: defaultSettings() });
    await expect(stat(file)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('writes settings.json and reads it back in a new store', async () => {
    await store.write(changed);
    const onDisk = JSON.parse(await readFile(file, 'utf8'));
    expect(onDisk).toMatchObject({ schemaVersion: 1, theme: 'dark', notesCollapsed: true });
    const fresh = new SettingsStore(await Workspace.open(root));
    expect(await fresh.read()).toEqual({ status: 'ok', settings: changed });
  });

  it('keeps keys it does not know, so a newer version loses nothing', async () => {
    await writeFile(file, JSON.stringify({ schemaVersion: 1, theme: 'light', future: { a: 1 } }));
    const read = await store.read();
    expect(read).toMatchObject({ status: 'ok', settings: { theme: 'light', future: { a: 1 } } });
    await store.write({ ...read.settings, theme: 'dark' });
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({
      theme: 'dark',
      future: { a: 1 },
    });
  });

  it('does not rewrite the file when nothing changed', async () => {
    await store.write(changed);
    const before = (await stat(file)).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 20));
    await store.write(changed);
    expect((await stat(file)).mtimeMs).toBe(before);
  });

  it.each([
    ['not JSON', '{"schemaVersion": 1, "theme": ', /not valid JSON/],
    ['a future version', '{"schemaVersion": 7}', /\$\.schemaVersion: expected 1, found 7/],
    ['no version', '{"theme": "dark"}', /found nothing/],
    ['a wrong value', '{"schemaVersion": 1, "theme": "purple"}', /\$\.theme/],
    ['a bad pane list', '{"schemaVersion": 1, "cases": {"x": {"panes": ["a"]}}}', /panes/],
  ])('reports %s, uses defaults and leaves the file alone', async (_name, content, message) => {
    await writeFile(file, content);
    const read = await store.read();
    expect(read).toMatchObject({ status: 'broken', file: 'settings.json' });
    expect(read.status === 'broken' && read.message).toMatch(message);
    expect(read.settings).toEqual(defaultSettings());
    expect(await readFile(file, 'utf8')).toBe(content);
  });

  it('sets a broken file aside before the first write, then writes a fresh one', async () => {
    const garbage = '\u0000 not settings';
    await writeFile(file, garbage);
    const written = await store.write(changed);
    expect(written.keptAs).toMatch(/^settings\.broken-[\dT-]+Z\.json$/);
    expect(await readFile(path.join(root, written.keptAs!), 'utf8')).toBe(garbage);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ theme: 'dark' });
    expect(await store.read()).toMatchObject({ status: 'ok', settings: { theme: 'dark' } });
    const again = await store.write({ ...changed, theme: 'light' });
    expect(again.keptAs).toBeUndefined();
    const kept = (await readdir(root)).filter((f) => f.startsWith('settings.broken-'));
    expect(kept).toHaveLength(1);
  });

  it('refuses settings that do not match the schema, writing nothing', async () => {
    await expect(
      store.write({ ...changed, theme: 'sepia' } as unknown as Settings),
    ).rejects.toThrow();
    await expect(stat(file)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('serialises concurrent writes: the last one wins on disk', async () => {
    await Promise.all([
      store.write({ ...changed, theme: 'light' }),
      store.write({ ...changed, theme: 'dark' }),
      store.write({ ...changed, theme: 'system' }),
    ]);
    await store.flush();
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ theme: 'system' });
    const temps = (await readdir(root)).filter((f) => f.includes('settings.json.'));
    expect(temps).toEqual([]);
  });
});
