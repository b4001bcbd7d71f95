/** The case bundle's file type: what an export is named and what an import accepts. */

/** Exports are named `<case>-bundle-<date>.diptych`, the type the installed app registers. */
export const BUNDLE_EXTENSION = 'diptych';

/** `.zip` stays accepted: bundles exported before the file type existed are plain ZIPs. */
export const ACCEPTED_BUNDLE_EXTENSIONS: readonly string[] = [BUNDLE_EXTENSION, 'zip'];

/** Whether a file name (or path) names a bundle by its extension, in any letter case. */
export function isBundleFileName(name: string): boolean {
  const dot = name.lastIndexOf('.');
  if (dot < 0) return false;
  const extension = name.slice(dot + 1).toLowerCase();
  return ACCEPTED_BUNDLE_EXTENSIONS.includes(extension);
}
