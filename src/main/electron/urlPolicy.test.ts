import { describe, expect, it } from 'vitest';
import {
  externalUrlToOpen,
  isAllowedRequest,
  isAppUrl,
  isPermissionAllowed,
  isSafeExternalUrl,
  isTrustedSender,
} from './urlPolicy';

const app = { origin: 'app://diptych', development: false };
const dev = { origin: 'http://localhost:5173', development: true };

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
  const good = { fromAppWindow: true, isMainFrame: true, url: 'app://diptych/index.html' };

  it("trusts the app's own main frame", () => expect(isTrustedSender(good, app)).toBe(true));
  it('refuses a subframe', () =>
    expect(isTrustedSender({ ...good, isMainFrame: false }, app)).toBe(false));
  it('refuses another window', () =>
    expect(isTrustedSender({ ...good, fromAppWindow: false }, app)).toBe(false));
  it('refuses another page, even a local one', () => {
    expect(isTrustedSender({ ...good, url: 'file:///tmp/evil.html' }, app)).toBe(false);
    expect(isTrustedSender({ ...good, url: 'app://evil/index.html' }, app)).toBe(false);
    expect(isTrustedSender({ ...good, url: 'app://diptych.evil/' }, app)).toBe(false);
    expect(isTrustedSender({ ...good, url: 'https://evil.example/' }, app)).toBe(false);
    expect(isTrustedSender({ ...good, url: '' }, app)).toBe(false);
  });
  it('in development trusts only the dev server origin', () => {
    expect(isAppUrl('http://localhost:5173/', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('http://evil.example/', dev)).toBe(false);
  });
  it('trusts app:// only outside development', () => {
    expect(isAppUrl('app://diptych/index.html', dev)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', app)).toBe(false);
  });
});

describe('permissions', () => {
  const page = 'app://diptych/index.html';

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

describe('the offline request filter', () => {
  it.each([
    'app://diptych/index.html',
    'app://diptych/assets/index-abc.js',
    'data:image/png;base64,AAAA',
    'blob:app://diptych/4f1c',
  ])('lets the app load %s', (url) => expect(isAllowedRequest(url, app)).toBe(true));
  it.each([
    'https://fonts.googleapis.com/css',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'file:///home/analyst/workspace/cases/x/documents/a.txt',
    'app://other/index.html',
    'devtools://devtools/bundled/inspector.html',
    'ws://localhost:5173/',
  ])('cancels %s in a release build', (url) => expect(isAllowedRequest(url, app)).toBe(false));
  it('lets a development build reach its dev server and DevTools, nothing remote', () => {
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', dev)).toBe(true);
    expect(isAllowedRequest('https://example.org/', dev)).toBe(false);
    expect(isAllowedRequest('file:///etc/passwd', dev)).toBe(false);
  });
});
