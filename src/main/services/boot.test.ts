import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BootData } from '../../core/api/contract';
import { defaultSettings } from '../../core/settings/schema';
import { CASES_DIR, openServices } from './drill/drillServices';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'diptych-boot-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

/** A cases folder holding the default case and a copy of it under another id. */
async function twoCases(): Promise<string> {
  const dir = path.join(root, 'cases');
  await cp(path.join(CASES_DIR, 'japan-trump'), path.join(dir, 'japan-trump'), { recursive: true });
  const raw = JSON.parse(await readFile(path.join(dir, 'japan-trump', 'case.json'), 'utf8')) as {
    id: string;
  };
  await mkdir(path.join(dir, 'second-case'));
  await writeFile(
    path.join(dir, 'second-case', 'case.json'),
    JSON.stringify({ ...raw, id: 'second-case' }),
  );
  return dir;
}

describe('the boot call', () => {
  it('answers with the app, the cases, the settings and the default case opened', async () => {
    const services = await openServices(path.join(root, 'ws'));
    const boot = await services.handlers.boot();
    expect(BootData.safeParse(boot).success).toBe(true);
    expect(boot.failure).toBeNull();
    expect(boot.opened?.case.id).toBe('japan-trump');
    expect(boot.catalogue.cases.map((c) => c.id)).toContain('japan-trump');
    expect(boot.info.workspace).toBe(path.join(root, 'ws'));
  });

  it('opens the case the settings name as used last', async () => {
    const cases = await twoCases();
    const services = await openServices(path.join(root, 'ws'), cases);
    expect((await services.handlers.boot()).opened?.case.id).toBe('japan-trump');
    await services.handlers.writeSettings({ ...defaultSettings(), lastCase: 'second-case' });
    await services.flush();
    const again = await openServices(path.join(root, 'ws'), cases);
    const boot = await again.handlers.boot();
    expect(boot.opened?.case.id).toBe('second-case');
    expect(boot.settings.settings.lastCase).toBe('second-case');
  });

  it('says why no case was opened, with the problems of the cases that failed to load', async () => {
    const dir = path.join(root, 'cases');
    await mkdir(path.join(dir, 'broken'), { recursive: true });
    await writeFile(path.join(dir, 'broken', 'case.json'), '{"schemaVersion": 1, "id": "broken"');
    const services = await openServices(path.join(root, 'ws'), dir);
    const boot = await services.handlers.boot();
    expect(boot.opened).toBeNull();
    expect(boot.failure).toBe('No case could be opened.');
    expect(boot.catalogue.problems.map((p) => p.file)).toEqual([
      expect.stringContaining('case.json'),
    ]);
  });
});
