/** The renderer's initial JavaScript: what index.html loads before anything is shown. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface SizeResult {
  readonly files: readonly string[];
  readonly rawBytes: number;
  readonly gzipBytes: number;
}

export async function measureInitialJs(rendererDir: string): Promise<SizeResult> {
  const html = await readFile(path.join(rendererDir, 'index.html'), 'utf8');
  const refs = [
    ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
  ].map((m) => m[1]!);
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const ref of refs) {
    const bytes = await readFile(path.join(rendererDir, ref.replace(/^\.?\//, '')));
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: refs, rawBytes, gzipBytes };
}
