import { describe, expect, it } from 'vitest';
import { BOOT_ELEMENT_ID, withInlineBoot } from './inlineBoot';

const PAGE = '<!doctype html><html><head><title>t</title></head><body></body></html>';

/** The data block's text, as a browser's HTML parser would end it: at the first `</script`. */
function blockText(html: string): string {
  const open = `<script type="application/json" id="${BOOT_ELEMENT_ID}">`;
  const from = html.indexOf(open) + open.length;
  return html.slice(from, html.toLowerCase().indexOf('</script', from));
}

describe('the boot data inlined into the page', () => {
  it('gives back exactly the data, even strings that would end the element or open a comment', () => {
    const boot = {
      note: '</script><script>window.__pwned = 1</script>',
      comment: '<!-- <script>',
      separators: 'a\u2028b\u2029c & d',
    };
    const html = withInlineBoot(PAGE, boot);
    expect(html.indexOf(`id="${BOOT_ELEMENT_ID}"`)).toBeLessThan(html.indexOf('</head>'));
    expect(blockText(html)).not.toMatch(/[<>]/);
    expect(JSON.parse(blockText(html))).toEqual(boot);
  });

  it('leaves a page without a head as it is', () => {
    expect(withInlineBoot('<p>no head</p>', { a: 1 })).toBe('<p>no head</p>');
  });
});
