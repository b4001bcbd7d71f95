import { expect, it } from 'vitest';
import { sanitizeCslHtml } from './citationHtml';

it('keeps the tags a style emits and shows any other tag as text', () => {
  expect(
    sanitizeCslHtml(
      '  <div class="csl-entry">A <i>Journal</i> <span style="font-variant:small-caps;">sc</span> <img src=x onerror=alert(1)> <a href="javascript:alert(1)">x</a> <span onclick="y">z</span></div>\n',
    ),
  ).toBe(
    'A <i>Journal</i> <span style="font-variant:small-caps;">sc</span> &lt;img src=x onerror=alert(1)&gt; &lt;a href=&quot;javascript:alert(1)&quot;&gt;x&lt;/a&gt; &lt;span onclick=&quot;y&quot;&gt;z</span>',
  );
});

it('escapes a tag left open at the end', () => {
  expect(sanitizeCslHtml('x <script')).toBe('x &lt;script');
});
