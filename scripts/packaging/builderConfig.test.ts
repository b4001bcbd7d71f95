import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builderConfig, PACKAGED_CASES_FOLDER } from './builderConfig';
import { applyFuses } from './fuses';

const root = path.resolve(__dirname, '..', '..');

describe('the electron-builder configuration', () => {
  it('builds AppImage and deb, dmg and NSIS, all from the ASAR', () => {
    expect(builderConfig.linux?.target).toEqual(['AppImage', 'deb']);
    expect(builderConfig.mac?.target).toEqual(['dmg']);
    expect(builderConfig.win?.target).toEqual(['nsis']);
    expect(builderConfig.asar).toBe(true);
  });

  it('ships the built-in cases as resources and registers .diptych', () => {
    expect(builderConfig.extraResources).toEqual([
      { from: 'data/cases', to: PACKAGED_CASES_FOLDER, filter: ['**/*.json'] },
    ]);
    expect(existsSync(path.join(root, 'data/cases/japan-trump/case.json'))).toBe(true);
    const types = [builderConfig.fileAssociations].flat();
    expect(types.map((t) => t?.ext)).toEqual(['diptych']);
  });

  it('uses an icon that exists and flips the fuses after packing', () => {
    expect(existsSync(path.join(root, String(builderConfig.icon)))).toBe(true);
    expect(builderConfig.afterPack).toBe(applyFuses);
  });
});
