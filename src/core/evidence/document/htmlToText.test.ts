import { describe, expect, it } from 'vitest';
import { htmlToText } from './htmlToText';

describe('HTML to text', () => {
  it('drops scripts, styles, templates, comments and the head, whatever their case', () => {
    const html = `<!DOCTYPE html><html><head><title>Title</title><style>p{color:red}</style>
      <script>document.write("<p>injected</p>")</script></head>
      <body><!-- <p>commented</p> --><p>Kept.</p><template><p>template</p><script>t()</script></template>
      <SCRIPT type="module">alert(1)</SCRIPT ><noscript><p>noscript</p></noscript>
      <svg><script>s()</script><text>svg text</text></svg><p>Also kept.</p></body></html>`;
    expect(htmlToText(html)).toBe('Kept.\n\nAlso kept.');
  });

  it('keeps no attribute, so no handler or javascript: URL, and skips ">" inside quoted values', () => {
    const html = `<p onclick="alert('>')" title='a > b'>Text with <a href="javascript:alert(1)">a link</a>.</p><img src=x onerror="alert(1)">`;
    const text = htmlToText(html);
    expect(text).toBe('Text with a link.');
    expect(text).not.toMatch(/alert|javascript|onerror/);
  });

  it('drops an unclosed script to the end rather than showing its code', () => {
    expect(htmlToText('<p>Before</p><script>var x = "</p>";')).toBe('Before');
  });

  it('decodes named and numeric references', () => {
    expect(
      htmlToText(
        '<p>&yen;700&nbsp;billion &ndash; &#8220;nearly&#x201D; &amp;c &unknown; &#0; &#150;</p>',
      ),
    ).toBe('¥700\u00a0billion – “nearly” &c &unknown; \ufffd –');
    expect(htmlToText('AT&T &copy 2025 &hellip &hellip;')).toBe('AT&T © 2025 &hellip …');
  });

  it('decodes every name in the HTML table and the legacy names without a semicolon, as a browser does', () => {
    expect(htmlToText('<p>&rArr; &hearts; &check; &notin; &AMP; &Eacute;</p>')).toBe('⇒ ♥ ✓ ∉ & É');
    // Legacy names (those HTML 4 had) decode without ';', even before letters or digits.
    expect(htmlToText('<p>caf&eacute &copy2025 &ampx &notit;</p>')).toBe('café ©2025 &x ¬it;');
  });

  it('lays out blocks as lines and paragraphs, collapses spaces, keeps <pre>', () => {
    const html = `<h1>Trade</h1><p>First   line
      continues.</p><ul><li>one</li><li>two</li></ul><pre>  a  b
  c</pre><table><tr><td>2019</td><td>¥700bn</td></tr><tr><td>2024</td><td>¥1tn</td></tr></table>x<br>y`;
    expect(htmlToText(html)).toBe(
      'Trade\n\nFirst line continues.\n\none\ntwo\n\n  a  b\n  c\n\n2019 ¥700bn\n2024 ¥1tn\n\nx\ny',
    );
  });

  it('treats a stray "<" as text and survives malformed markup', () => {
    expect(htmlToText('a < b and 3<4 <p>e</p')).toBe('a < b and 3<4\n\ne');
    // As in a browser, "<d …>" is a tag, even a broken one: its text is not shown.
    expect(htmlToText('c<d <p>e')).toBe('ce');
    expect(htmlToText('<p>unclosed <b>bold')).toBe('unclosed bold');
    expect(htmlToText('<!-- never closed')).toBe('');
  });

  it('keeps offsets right after characters that lengthen when lower-cased', () => {
    expect(htmlToText('<p>İstanbul</p><SCRIPT>x</SCRIPT><p>after</p>')).toBe('İstanbul\n\nafter');
  });
});
