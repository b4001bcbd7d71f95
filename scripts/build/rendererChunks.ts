/**
 * How the renderer's scripts are cut into files and compiled, for a start that waits less.
 *
 * The first screen runs React and Recharts (with its d3, redux and immer). In one file of
 * 850 KB, Chromium parses them on one background thread while the page's main thread waits;
 * cut into three files of 180–440 KB they parse side by side. A browser asks a host for six
 * files at once, so the first screen's preloads are listed largest first: the longest parse
 * starts first. And the files the page starts with carry V8's compile hint: their functions are
 * compiled while they parse in the background, instead of one by one on the main thread when
 * first called (nearly all of them are called while the first screen is drawn).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';

const LIBRARY_CHUNKS: readonly (readonly [string, RegExp])[] = [
  // zod and the line that makes it jitless share one chunk, so it is configured before any
  // schema is built, however the lazily loaded screens split the rest.
  ['zod', /node_modules[\\/]zod[\\/]|src[\\/]core[\\/]zodConfig/],
  ['react', /node_modules[\\/](react|react-dom|scheduler)[\\/]/],
  [
    'charts',
    /node_modules[\\/](recharts|d3-[\w-]+|victory-vendor|es-toolkit|decimal\.js-light|@reduxjs|immer|redux|reselect|react-redux|eventemitter3|internmap|tiny-invariant|use-sync-external-store)[\\/]/,
  ],
];

/** The chunk a module goes in, or undefined where the bundler's own splitting decides. */
export function rendererChunk(id: string): string | undefined {
  return LIBRARY_CHUNKS.find(([, pattern]) => pattern.test(id))?.[0];
}

interface ChunkFacts {
  readonly type: string;
  readonly fileName: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
  readonly code?: string;
}

/** The entry's chunk and every chunk it imports statically: the scripts the page starts with. */
export function initialChunks(bundle: Readonly<Record<string, ChunkFacts>>): readonly string[] {
  const found = new Set<string>();
  const visit = (file: string): void => {
    const chunk = bundle[file];
    if (!chunk || chunk.type !== 'chunk' || found.has(file)) return;
    found.add(file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  for (const [file, chunk] of Object.entries(bundle)) if (chunk.isEntry) visit(file);
  return [...found];
}

/** V8's explicit compile hint: compile every function of the file eagerly, off the main thread. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

export function compileFirstScreenEagerly(): Plugin {
  return {
    name: 'diptych-compile-hints',
    apply: 'build',
    enforce: 'post',
    // Once the files are written: the hint must be the file's first line, and the bundler's
    // own passes (minifying, the preload map) rewrite the code until then.
    async writeBundle(output, bundle) {
      for (const file of initialChunks(bundle as Record<string, ChunkFacts>)) {
        const full = path.join(output.dir ?? '', file);
        const code = await readFile(full, 'utf8');
        if (!code.startsWith(COMPILE_HINT)) await writeFile(full, `${COMPILE_HINT}\n${code}`);
      }
    },
  };
}

const PRELOAD = /<link rel="modulepreload"[^>]*href="\.\/([^"]+)"[^>]*>\n?/g;

/** Orders the page's module preloads by size, largest first (see the header). */
export function sortPreloadsBySize(html: string, sizeOf: (file: string) => number): string {
  const links = [...html.matchAll(PRELOAD)];
  if (links.length < 2) return html;
  const sorted = [...links].sort((a, b) => sizeOf(b[1]!) - sizeOf(a[1]!));
  let at = 0;
  return html.replace(PRELOAD, () => sorted[at++]![0]);
}

export function largestPreloadsFirst(): Plugin {
  return {
    name: 'diptych-largest-preloads-first',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = (ctx.bundle ?? {}) as Record<string, ChunkFacts>;
        return sortPreloadsBySize(html, (file) => bundle[file]?.code?.length ?? 0);
      },
    },
  };
}
