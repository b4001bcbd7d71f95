import { describe, expect, it } from 'vitest';
import { pageSource } from './appLocation';

const release = { origin: 'app://diptych', development: false, url: 'app://diptych/index.html' };

describe('where the page comes from', () => {
  it('is app://diptych in a release build', () => {
    expect(
      pageSource({ builtForDevelopment: false, isPackaged: false, rendererUrl: undefined }),
    ).toEqual(release);
  });

  it('ignores ELECTRON_RENDERER_URL in a release build', () => {
    for (const rendererUrl of ['http://localhost:5173', 'https://evil.example/']) {
      expect(pageSource({ builtForDevelopment: false, isPackaged: false, rendererUrl })).toEqual(
        release,
      );
    }
  });

  it('ignores it in a packaged app even if built for development', () => {
    expect(
      pageSource({
        builtForDevelopment: true,
        isPackaged: true,
        rendererUrl: 'http://localhost:5173',
      }),
    ).toEqual(release);
  });

  it('uses the loopback dev server in a development build', () => {
    expect(
      pageSource({
        builtForDevelopment: true,
        isPackaged: false,
        rendererUrl: 'http://localhost:5173',
      }),
    ).toEqual({
      origin: 'http://localhost:5173',
      development: true,
      url: 'http://localhost:5173/',
    });
  });

  it('never loads a remote origin, even in development', () => {
    for (const rendererUrl of ['https://evil.example', 'http://localhost.evil.example:5173']) {
      expect(pageSource({ builtForDevelopment: true, isPackaged: false, rendererUrl })).toEqual(
        release,
      );
    }
  });
});
