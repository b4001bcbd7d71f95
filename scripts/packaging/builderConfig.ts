/**
 * electron-builder's configuration: installers for the three desktop systems, the built-in cases
 * beside the app (not inside the ASAR, so they stay readable files), `.diptych` as the bundle
 * file type, and the fuses flipped after packing.
 */
import type { Configuration } from 'electron-builder';
import { BUNDLE_EXTENSION } from '../../src/core/evidence/bundleFile';
import { PACKAGED_CASES_FOLDER } from '../../src/main/electron/packagedPaths';
import { applyFuses } from './fuses';

export { PACKAGED_CASES_FOLDER };

export const builderConfig: Configuration = {
  appId: 'org.diptych.workbench',
  productName: 'Diptych',
  copyright: 'Diptych',
  directories: { output: 'dist', buildResources: 'build' },
  // Only the build output and package.json; the sources and tests stay out.
  files: ['out/**/*', 'package.json'],
  asar: true,
  extraResources: [{ from: 'data/cases', to: PACKAGED_CASES_FOLDER, filter: ['**/*.json'] }],
  // Committed 1024×1024 PNG rendered from src/renderer/public/icon.svg; electron-builder derives
  // the .icns and .ico from it.
  icon: 'build/icon.png',
  fileAssociations: [
    {
      ext: BUNDLE_EXTENSION,
      name: 'Diptych case bundle',
      description: 'A Diptych case: claims, sources, data, verdicts and notes',
      mimeType: 'application/x-diptych-bundle',
      role: 'Editor',
    },
  ],
  // No native modules: nothing to rebuild for Electron's ABI.
  npmRebuild: false,
  linux: { target: ['AppImage', 'deb'], category: 'Office', executableName: 'diptych' },
  deb: { packageCategory: 'office' },
  mac: { target: ['dmg'], category: 'public.app-category.productivity' },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  afterPack: applyFuses,
};
