import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Workspace } from './workspace';
import { parseHostArgs } from './config';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'diptych-ws-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('the workspace', () => {
  it('is created with its folders on first run', async () => {
    const ws = await Workspace.open(path.join(root, 'new', 'nested'));
    for (const dir of ['notes', 'cases', 'exports']) {
      expect((await stat(path.join(ws.root, dir))).isDirectory()).toBe(true);
    }
  });

  it('builds file paths only from valid ids', async () => {
    const ws = await Workspace.open(root);
    expect(ws.noteFile('japan-trump', 'trade')).toBe(
      path.join(root, 'notes', 'japan-trump', 'trade.md'),
    );
    for (const bad of ['../x', 'a/b', 'a\\b', '..', '', 'x\0', '/abs']) {
      expect(() => ws.noteFile('japan-trump', bad)).toThrow(/not a valid id/);
      expect(() => ws.userLayerFile(bad)).toThrow(/not a valid id/);
    }
    expect(() => ws.dir('..', 'elsewhere')).toThrow(/outside the workspace/);
  });
});

describe('command-line options', () => {
  it('takes --workspace, --port, --cases and --browser', () => {
    const options = parseHostArgs(
      ['--workspace', '/tmp/w', '--port', '4100', '--cases', 'c', '--browser'],
      '/app',
    );
    expect(options).toEqual({
      workspaceDir: '/tmp/w',
      port: 4100,
      casesDir: path.resolve('c'),
      browser: true,
    });
  });

  it('defaults to the app-data folder, a free port and the built-in cases', () => {
    const options = parseHostArgs([], '/app');
    expect(options.workspaceDir).toMatch(/Diptych/);
    expect(options.port).toBe(0);
    expect(options.casesDir).toBe(path.join('/app', 'data', 'cases'));
  });

  it('refuses a port that is not a number', () => {
    expect(() => parseHostArgs(['--port', 'abc'], '/app')).toThrow(/--port/);
    expect(() => parseHostArgs(['--port', '70000'], '/app')).toThrow(/--port/);
  });
});
