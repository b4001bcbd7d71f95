import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

/**
 * Vite's dev server injects an inline React Refresh preamble and talks over a WebSocket; the
 * strict CSP in index.html would block both. In `electron-vite dev` only, relax it for those.
 */
function devCsp(): Plugin {
  return {
    name: 'diptych-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* http://localhost:*");
    },
  };
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/electron/index.ts'),
          'browser-host': resolve(__dirname, 'src/main/browser-host/main.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // Bundled into one file with its dependencies, so the window can run sandboxed.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react(), devCsp()],
    build: {
      minify: true,
      // The initial bundle's size is measured by `npm run bench` (about 1 MB raw, 300 KB gzip);
      // the note editor is already split off. A warning on every build would only be noise.
      chunkSizeWarningLimit: 1200,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/renderer/index.html') },
        output: {
          // zod and the line that makes it jitless share one chunk, so it is configured before
          // any schema is built, however the lazily loaded screens split the rest.
          manualChunks: (id: string) =>
            /node_modules[\\/]zod[\\/]|src[\\/]core[\\/]zodConfig/.test(id) ? 'zod' : undefined,
        },
      },
    },
  },
});
