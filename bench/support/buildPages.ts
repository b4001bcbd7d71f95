/**
 * Builds the benchmark pages (the blank and Recharts baselines, the first screen's script, the
 * chart page and the figure page) with the app's Vite stack.
 */
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { ROOT } from './app';

export async function buildBenchPage(
  name: 'blank' | 'recharts-page' | 'first-screen' | 'charts-page' | 'figures-page',
): Promise<string> {
  const outDir = path.join(ROOT, 'bench', '.build', name);
  await build({
    root: path.join(ROOT, 'bench', name),
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      modulePreload: { polyfill: false },
      chunkSizeWarningLimit: 2000,
    },
  });
  return outDir;
}
