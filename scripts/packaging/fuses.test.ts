import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyFuses, DIPTYCH_FUSES, fuseConfig, packedExecutable, type PackedApp } from './fuses';

// The fuse wire as Electron's binaries carry it: sentinel, version 1, length, one byte per fuse.
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ENABLE = 49;
const DISABLE = 48;
const FUSE_COUNT = 8;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'diptych-fuses-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A stand-in executable holding a fuse wire in Electron's stock state (everything enabled). */
async function fakeElectron(file: string): Promise<void> {
  const wire = Buffer.from([1, FUSE_COUNT, ...Array<number>(FUSE_COUNT).fill(ENABLE)]);
  await writeFile(
    file,
    Buffer.concat([Buffer.from('\x7fELF…code…'), Buffer.from(SENTINEL), wire, Buffer.from('…')]),
  );
}

function linuxApp(): PackedApp {
  return {
    appOutDir: dir,
    electronPlatformName: 'linux',
    packager: { appInfo: { productFilename: 'Diptych' }, executableName: 'diptych' },
  };
}

describe('the fuse set', () => {
  it('names every fuse of the wire, so none is left to inherit', () => {
    const names = Object.keys(FuseV1Options).filter((k) => Number.isNaN(Number(k)));
    expect(Object.keys(DIPTYCH_FUSES).sort()).toEqual(names.sort());
    expect(fuseConfig('linux').strictlyRequireAllFuses).toBe(true);
  });

  it('turns off Run-as-Node, NODE_OPTIONS, --inspect and file:// privileges', () => {
    const config = fuseConfig('linux');
    expect(config[FuseV1Options.RunAsNode]).toBe(false);
    expect(config[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(config[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(config[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });

  it('turns on cookie encryption, ASAR integrity and ASAR-only loading', () => {
    const config = fuseConfig('win32');
    expect(config[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(config[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(config[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
  });

  it('re-signs ad hoc on macOS only', () => {
    expect(fuseConfig('darwin').resetAdHocDarwinSignature).toBe(true);
    expect(fuseConfig('linux').resetAdHocDarwinSignature).toBe(false);
  });
});

describe('the afterPack hook', () => {
  it('finds the executable of each platform', () => {
    const app = linuxApp();
    expect(packedExecutable(app)).toBe(path.join(dir, 'diptych'));
    expect(packedExecutable({ ...app, electronPlatformName: 'win32' })).toBe(
      path.join(dir, 'Diptych.exe'),
    );
    expect(packedExecutable({ ...app, electronPlatformName: 'darwin' })).toBe(
      path.join(dir, 'Diptych.app'),
    );
  });

  it('flips the fuses in the packaged binary on disk', async () => {
    const binary = path.join(dir, 'diptych');
    await fakeElectron(binary);
    const before = await readFile(binary);
    await applyFuses(linuxApp());
    const wire = await getCurrentFuseWire(binary);
    expect(wire[FuseV1Options.RunAsNode]).toBe(DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(DISABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(DISABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(ENABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ENABLE);
    // Only the wire changed: the rest of the binary is byte for byte what it was.
    const after = await readFile(binary);
    expect(after.length).toBe(before.length);
    const wireStart = before.indexOf(SENTINEL) + SENTINEL.length + 2;
    expect(after.subarray(0, wireStart)).toEqual(before.subarray(0, wireStart));
    expect(after.subarray(wireStart + FUSE_COUNT)).toEqual(before.subarray(wireStart + FUSE_COUNT));
  });

  it('fails the package when the binary has no fuse wire', async () => {
    await writeFile(path.join(dir, 'diptych'), 'not electron');
    await expect(applyFuses(linuxApp())).rejects.toThrow(/sentinel/);
  });
});
