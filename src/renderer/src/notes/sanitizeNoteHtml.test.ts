// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { noteMarkdownToUntrustedHtml } from '../../../core/markdown/noteMarkdown';
import hostile from '../../../../test/notes/hostileNote.txt?raw';
import { isAllowedNoteHref, sanitizeNoteHtml } from './sanitizeNoteHtml';

const lookup = (id: string): { label: string; title: string } | undefined =>
  id === 'c-1' ? { label: 'A claim', title: 'A claim' } : undefined;

function render(markdown: string): HTMLElement {
  const previewHtml = sanitizeNoteHtml(noteMarkdownToUntrustedHtml(markdown, lookup));
  const host = document.createElement('div');
  host.innerHTML = previewHtml;
  return host;
}

const FORBIDDEN_TAGS = [
  'script',
  'style',
  'link',
  'meta',
  'base',
  'iframe',
  'frame',
  'object',
  'embed',
  'form',
  'input',
  'button',
  'svg',
  'math',
  'img',
  'video',
  'audio',
  'source',
  'details',
  'noscript',
  'template',
];

function renderRaw(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = sanitizeNoteHtml(html);
  return host;
}

// Through Markdown, raw HTML is already text; straight into the sanitizer, the gate stands alone.
describe.each([
  {
    way: 'through Markdown',
    host: () => render(hostile),
    links: ['https://example.org/analysis', 'mailto:analyst@example.org'],
  },
  {
    way: 'as raw HTML straight into the sanitizer',
    host: () => renderRaw(hostile),
    links: ['#claim:x', 'https://example.org/policy'],
  },
])('the hostile note, $way', ({ host: make, links }) => {
  const host = make();
  const elements = [...host.querySelectorAll('*')];

  test('keeps none of the forbidden elements', () => {
    for (const tag of FORBIDDEN_TAGS) {
      expect(host.querySelectorAll(tag).length, tag).toBe(0);
    }
  });

  test('keeps no event handler, style, id, name or src attribute', () => {
    for (const element of elements) {
      for (const attr of element.getAttributeNames()) {
        expect(attr.startsWith('on'), `${element.tagName} ${attr}`).toBe(false);
        expect(['style', 'id', 'name', 'src', 'srcdoc', 'action', 'data'], attr).not.toContain(
          attr,
        );
      }
    }
  });

  test('keeps only http(s), mailto and claim links; external ones open outside', () => {
    const kept = [...host.querySelectorAll('a[href]')];
    for (const a of kept) {
      const href = a.getAttribute('href')!;
      expect(isAllowedNoteHref(href), href).toBe(true);
      if (/^(https?|mailto):/.test(href)) {
        expect(a.getAttribute('target')).toBe('_blank');
        expect(a.getAttribute('rel')).toBe('noreferrer noopener');
      }
    }
    expect(kept.map((a) => a.getAttribute('href'))).toEqual(links);
  });

  test('keeps only its own classes', () => {
    for (const element of host.querySelectorAll('[class]')) {
      for (const name of element.classList) {
        expect(name, name).toMatch(/^(claim-chip|claim-chip-missing|note-image-alt)$/);
      }
    }
  });

  test('still shows the readable text', () => {
    expect(host.textContent).toContain('html javascript link');
    expect(host.textContent).toContain('clobbering ids and app classes');
  });
});

test('the hostile note still holds its payloads (no tool has defused them)', () => {
  expect(hostile.match(/__pwned/g)?.length).toBeGreaterThanOrEqual(25);
  expect(hostile).toContain('[entity encoded](&#106;avascript:');
  expect(hostile).toContain('<javascript:window.__pwned=17>');
});

test('a remote Markdown image is shown as its alt text', () => {
  expect(render(hostile).textContent).toContain('[image: remote markdown image]');
});

describe('one payload at a time', () => {
  test.each([
    ['<a href="JaVaScRiPt:alert(1)">x</a>', 'x'],
    ['<a href="&#x01;javascript:alert(1)">x</a>', 'x'],
    ['<a href="https://user:pw@example.org/">x</a>', 'x'],
    ['<a href="file:///etc/passwd">x</a>', 'x'],
    ['<a href="//example.org/">x</a>', 'x'],
    ['<a href="vbscript:msgbox(1)">x</a>', 'x'],
  ])('%s loses its href', (payload, text) => {
    const host = renderRaw(payload);
    expect(host.querySelector('a')?.hasAttribute('href')).toBe(false);
    expect(host.textContent?.trim()).toBe(text);
  });

  test('a claim chip keeps its anchor and id, and opens in place', () => {
    const a = render('See [[claim:c-1]]').querySelector('a')!;
    expect(a.getAttribute('href')).toBe('#claim:c-1');
    expect(a.getAttribute('data-claim-id')).toBe('c-1');
    expect(a.hasAttribute('target')).toBe(false);
    expect(a.textContent).toBe('A claim');
  });

  test('a forged claim id on an external link is dropped', () => {
    const a = renderRaw('<a href="https://example.org" data-claim-id="c-1">x</a>').querySelector(
      'a',
    )!;
    expect(a.hasAttribute('data-claim-id')).toBe(false);
  });

  test('ordinary Markdown survives', () => {
    const host = render(
      '# Title\n\n**bold** _it_ `code`\n\n| a | b |\n|---|:-:|\n| 1 | 2 |\n\n> quote',
    );
    expect(host.querySelector('h1')?.textContent).toBe('Title');
    expect(host.querySelector('strong')?.textContent).toBe('bold');
    expect(host.querySelector('em')?.textContent).toBe('it');
    expect(host.querySelector('code')?.textContent).toBe('code');
    expect(host.querySelectorAll('td')).toHaveLength(2);
    expect(host.querySelector('th[align="center"]')).not.toBeNull();
    expect(host.querySelector('blockquote')).not.toBeNull();
  });
});

describe('mail links', () => {
  test('keep their recipients, subject and body, and nothing else', () => {
    const host = render(
      '[write](mailto:analyst@example.org?subject=Brief&cc=x@evil.test&bcc=y@evil.test&attach=/etc/passwd&body=Hello)',
    );
    expect(host.querySelector('a')?.getAttribute('href')).toBe(
      'mailto:analyst@example.org?subject=Brief&body=Hello',
    );
  });
});
