/** Bundles a drill's child process into one CommonJS file: a plain Node start beats a TS loader. */
import path from 'node:path';
import { build } from 'esbuild';

/** The repository root, which entry points are named from. */
export const ROOT = path.resolve(__dirname, '..', '..', '..', '..');

/** Bundles `entry` (relative to the repository root) into `outfile` for Node 20. */
export async function bundleForNode(entry: string, outfile: string): Promise<string> {
  await build({
    entryPoints: [path.join(ROOT, entry)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}
