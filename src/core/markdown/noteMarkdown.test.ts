import { describe, expect, test } from 'vitest';
import { chipLabel, claimLinkText } from './claimLinks';
import { noteMarkdownToUntrustedHtml, type ClaimLookup } from './noteMarkdown';

const lookup: ClaimLookup = (id) =>
  id === 'known-claim'
    ? { label: 'Tariffs on steel', title: 'Tariffs on steel & aluminium' }
    : undefined;

describe('claim links', () => {
  test('a known claim becomes a chip with its short statement', () => {
    expect(noteMarkdownToUntrustedHtml(`See ${claimLinkText('known-claim')}.`, lookup)).toBe(
      '<p>See <a href="#claim:known-claim" data-claim-id="known-claim" class="claim-chip" title="Tariffs on steel &amp; aluminium">Tariffs on steel</a>.</p>\n',
    );
  });

  test('an unknown claim becomes a chip marked missing, showing the id', () => {
    const html = noteMarkdownToUntrustedHtml('[[claim:gone-1]]', lookup);
    expect(html).toContain('class="claim-chip claim-chip-missing"');
    expect(html).toContain('>gone-1</a>');
  });

  test('an id outside the pattern is left as text', () => {
    const html = noteMarkdownToUntrustedHtml('[[claim:"><script>]]', lookup);
    expect(html).not.toContain('claim-chip');
  });

  test('claim links work inside emphasis and lists', () => {
    const html = noteMarkdownToUntrustedHtml('- *[[claim:known-claim]]*', lookup);
    expect(html).toContain('<em><a href="#claim:known-claim"');
  });

  test('chip labels are cut at a word boundary', () => {
    expect(chipLabel('Short one')).toBe('Short one');
    const long =
      'The administration imposed tariffs on steel and aluminium imports from Japan in 2018';
    expect(chipLabel(long)).toBe('The administration imposed tariffs on steel and aluminium…');
  });
});

describe('raw HTML', () => {
  test('is shown as text, block or inline', () => {
    expect(noteMarkdownToUntrustedHtml('<img src=x onerror="alert(1)">', lookup)).toBe(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;',
    );
    expect(noteMarkdownToUntrustedHtml('a <b onclick="x()">b</b>', lookup)).toBe(
      '<p>a &lt;b onclick=&quot;x()&quot;&gt;b&lt;/b&gt;</p>\n',
    );
  });
});

describe('images and task lists', () => {
  test('an image is shown as its alt text, with no src anywhere', () => {
    const html = noteMarkdownToUntrustedHtml(
      '![chart of <tariffs>](http://example.com/x.png)',
      lookup,
    );
    expect(html).toBe(
      '<p><span class="note-image-alt">[image: chart of &lt;tariffs&gt;]</span></p>\n',
    );
  });

  test('task boxes are plain characters, not form inputs', () => {
    const html = noteMarkdownToUntrustedHtml('- [x] done\n- [ ] open', lookup);
    expect(html).not.toContain('<input');
    expect(html).toContain('☑ done');
    expect(html).toContain('☐ open');
  });
});
