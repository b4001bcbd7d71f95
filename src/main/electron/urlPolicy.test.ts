import { describe, expect, it } from 'vitest';
import {
  externalUrlToOpen,
  isAppUrl,
  isPermissionAllowed,
  isSafeExternalUrl,
  isTrustedSender,
} from './urlPolicy';

describe('external links', () => {
  it.each(['https://www.rsis.edu.sg/', 'http://example.org/a?b=c', 'mailto:editor@example.org'])(
    'opens %s',
    (url) => expect(isSafeExternalUrl(url)).toBe(true),
  );
  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'smb://server/share',
    'ms-msdt:/id',
    'chrome://settings',
    'https://user:pass@evil.example/',
    'not a url',
    '',
    'mailto:',
  ])('refuses %s', (url) => expect(isSafeExternalUrl(url)).toBe(false));
});

describe('the URL handed to the OS', () => {
  it('is the link itself for http(s)', () => {
    expect(externalUrlToOpen('https://example.org/a?cc=b')).toBe('https://example.org/a?cc=b');
  });
  it('keeps only subject and body of a mailto link', () => {
    expect(
      externalUrlToOpen(
        'mailto:editor@example.org?subject=Brief&cc=x@evil.test&attach=/etc/passwd',
      ),
    ).toBe('mailto:editor@example.org?subject=Brief');
  });
  it('is nothing for a link that may not open', () => {
    expect(externalUrlToOpen('file:///etc/passwd')).toBeNull();
    expect(externalUrlToOpen('javascript:alert(1)')).toBeNull();
  });
});

describe('IPC senders', () => {
  const app = { indexFile: '/opt/diptych/out/renderer/index.html' };
  const good = {
    fromAppWindow: true,
    isMainFrame: true,
    url: 'file:///opt/diptych/out/renderer/index.html',
  };

  it("trusts the app's own main frame", () => expect(isTrustedSender(good, app)).toBe(true));
  it('refuses a subframe', () =>
    expect(isTrustedSender({ ...good, isMainFrame: false }, app)).toBe(false));
  it('refuses another window', () =>
    expect(isTrustedSender({ ...good, fromAppWindow: false }, app)).toBe(false));
  it('refuses another page, even a local one', () => {
    expect(isTrustedSender({ ...good, url: 'file:///tmp/evil.html' }, app)).toBe(false);
    expect(isTrustedSender({ ...good, url: 'https://evil.example/' }, app)).toBe(false);
    expect(isTrustedSender({ ...good, url: '' }, app)).toBe(false);
  });
  it('in development trusts only the dev server origin', () => {
    const dev = { devOrigin: 'http://localhost:5173' };
    expect(isAppUrl('http://localhost:5173/', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('http://evil.example/', dev)).toBe(false);
  });
  it('accepts a Windows path to the built page', () => {
    expect(
      isAppUrl('file:///C:/Diptych/out/renderer/index.html', {
        indexFile: 'C:\\Diptych\\out\\renderer\\index.html',
      }),
    ).toBe(true);
  });
});

describe('permissions', () => {
  const app = { indexFile: '/opt/diptych/out/renderer/index.html' };
  const page = 'file:///opt/diptych/out/renderer/index.html';

  it('lets the app page write an image to the clipboard', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', page, app)).toBe(true);
  });
  it.each([
    'clipboard-read',
    'media',
    'geolocation',
    'notifications',
    'openExternal',
    'fullscreen',
  ])('refuses %s', (permission) => expect(isPermissionAllowed(permission, page, app)).toBe(false));
  it('refuses the clipboard to any other page', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://evil.example/', app)).toBe(
      false,
    );
  });
});
