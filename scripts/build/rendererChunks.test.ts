import { describe, expect, it } from 'vitest';
import { initialChunks, rendererChunk, sortPreloadsBySize } from './rendererChunks';

describe('rendererChunk', () => {
  it('puts React, the chart libraries and zod in chunks of their own', () => {
    expect(rendererChunk('/app/node_modules/react-dom/cjs/react-dom.production.js')).toBe('react');
    expect(rendererChunk('/app/node_modules/react/jsx-runtime.js')).toBe('react');
    expect(rendererChunk('/app/node_modules/recharts/es6/chart/LineChart.js')).toBe('charts');
    expect(rendererChunk('/app/node_modules/d3-shape/src/line.js')).toBe('charts');
    expect(rendererChunk('/app/node_modules/zod/v4/core/schemas.js')).toBe('zod');
    expect(rendererChunk('/app/src/core/zodConfig.ts')).toBe('zod');
  });

  it('leaves the app’s own modules and other libraries to the bundler', () => {
    expect(rendererChunk('/app/src/renderer/src/App.tsx')).toBeUndefined();
    expect(rendererChunk('/app/node_modules/react-resizable-thing/index.js')).toBeUndefined();
    expect(rendererChunk('/app/node_modules/@codemirror/view/dist/index.js')).toBeUndefined();
  });
});

describe('initialChunks', () => {
  it('follows the entry’s static imports, not its lazy ones', () => {
    const bundle = {
      'index.js': { type: 'chunk', fileName: 'index.js', isEntry: true, imports: ['react.js'] },
      'react.js': { type: 'chunk', fileName: 'react.js', imports: ['runtime.js'] },
      'runtime.js': { type: 'chunk', fileName: 'runtime.js', imports: ['react.js'] },
      'NotesPanel.js': { type: 'chunk', fileName: 'NotesPanel.js', imports: ['react.js'] },
      'index.css': { type: 'asset', fileName: 'index.css' },
    };
    expect([...initialChunks(bundle)].sort()).toEqual(['index.js', 'react.js', 'runtime.js']);
  });
});

describe('sortPreloadsBySize', () => {
  const html = [
    '<script type="module" src="./assets/index.js"></script>',
    '<link rel="modulepreload" crossorigin href="./assets/small.js">',
    '<link rel="modulepreload" crossorigin href="./assets/large.js">',
    '<link rel="modulepreload" crossorigin href="./assets/middle.js">',
    '<link rel="stylesheet" href="./assets/index.css">',
    '',
  ].join('\n');
  const sizes: Record<string, number> = {
    'assets/small.js': 1,
    'assets/large.js': 300,
    'assets/middle.js': 20,
  };

  it('lists the largest first and leaves the other tags where they were', () => {
    const sorted = sortPreloadsBySize(html, (f) => sizes[f] ?? 0).split('\n');
    expect(sorted).toEqual([
      '<script type="module" src="./assets/index.js"></script>',
      '<link rel="modulepreload" crossorigin href="./assets/large.js">',
      '<link rel="modulepreload" crossorigin href="./assets/middle.js">',
      '<link rel="modulepreload" crossorigin href="./assets/small.js">',
      '<link rel="stylesheet" href="./assets/index.css">',
      '',
    ]);
  });
});
