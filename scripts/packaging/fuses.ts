/**
 * The Electron fuses Diptych ships with, flipped in the packaged binary after electron-builder
 * has copied it (the `afterPack` hook). Fuses are baked into the executable, so a packaged
 * Diptych cannot be turned back into a general Node runtime or debugged from the command line.
 */
import path from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses';

/** Every fuse, named, with the state it is set to. Unset fuses would silently inherit. */
export const DIPTYCH_FUSES: Readonly<Record<keyof typeof FuseV1Options, boolean>> = {
  // ELECTRON_RUN_AS_NODE would turn the app into a plain Node binary.
  RunAsNode: false,
  // Cookies and the session's stores are encrypted with the OS keychain.
  EnableCookieEncryption: true,
  // NODE_OPTIONS could preload arbitrary code into the main process.
  EnableNodeOptionsEnvironmentVariable: false,
  // --inspect and friends would attach a debugger to the main process.
  EnableNodeCliInspectArguments: false,
  // The app.asar is checked against the hash recorded at package time (macOS, Windows).
  EnableEmbeddedAsarIntegrityValidation: true,
  // Only the app.asar is loaded, never a loose app/ folder placed beside it.
  OnlyLoadAppFromAsar: true,
  LoadBrowserProcessSpecificV8Snapshot: false,
  // The app is served from app://; file:// keeps no extra privileges.
  GrantFileProtocolExtraPrivileges: false,
};

/** The configuration passed to `flipFuses`: every fuse explicit, so a new one fails loudly. */
export function fuseConfig(platform: string): FuseV1Config {
  const config: FuseV1Config = {
    version: FuseVersion.V1,
    strictlyRequireAllFuses: true,
    // Flipping fuses breaks the ad-hoc signature arm64 macOS needs to start at all.
    resetAdHocDarwinSignature: platform === 'darwin',
    [FuseV1Options.RunAsNode]: DIPTYCH_FUSES.RunAsNode,
    [FuseV1Options.EnableCookieEncryption]: DIPTYCH_FUSES.EnableCookieEncryption,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]:
      DIPTYCH_FUSES.EnableNodeOptionsEnvironmentVariable,
    [FuseV1Options.EnableNodeCliInspectArguments]: DIPTYCH_FUSES.EnableNodeCliInspectArguments,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]:
      DIPTYCH_FUSES.EnableEmbeddedAsarIntegrityValidation,
    [FuseV1Options.OnlyLoadAppFromAsar]: DIPTYCH_FUSES.OnlyLoadAppFromAsar,
    [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]:
      DIPTYCH_FUSES.LoadBrowserProcessSpecificV8Snapshot,
    [FuseV1Options.GrantFileProtocolExtraPrivileges]:
      DIPTYCH_FUSES.GrantFileProtocolExtraPrivileges,
  };
  return config;
}

/** What the hook needs of electron-builder's AfterPackContext. */
export interface PackedApp {
  readonly appOutDir: string;
  readonly electronPlatformName: string;
  readonly packager: {
    readonly appInfo: { readonly productFilename: string };
    readonly executableName?: string;
  };
}

/** The packaged executable (or .app bundle, which flipFuses looks inside) for a platform. */
export function packedExecutable(context: PackedApp): string {
  const { appOutDir, electronPlatformName: platform, packager } = context;
  const name = packager.appInfo.productFilename;
  switch (platform) {
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${name}.app`);
    case 'win32':
      return path.join(appOutDir, `${name}.exe`);
    default:
      return path.join(appOutDir, packager.executableName ?? name);
  }
}

/** The afterPack hook: flips every fuse in the packaged binary. */
export async function applyFuses(context: PackedApp): Promise<void> {
  await flipFuses(packedExecutable(context), fuseConfig(context.electronPlatformName));
}
