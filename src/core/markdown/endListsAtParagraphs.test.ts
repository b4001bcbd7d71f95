import { describe, expect, it } from 'vitest';
import { endListsAtParagraphs } from './endListsAtParagraphs';
import { noteMarkdownToUntrustedHtml } from './noteMarkdown';

const noClaims = (): undefined => undefined;
const html = (md: string): string => noteMarkdownToUntrustedHtml(md, noClaims).replace(/\n/g, '');

describe('a list ends where the analyst left it', () => {
  it('starts a paragraph on the line after a list item (two Enters in the editor)', () => {
    expect(html('- one\n- two\nAfter the list')).toBe(
      '<ul><li>one</li><li>two</li></ul><p>After the list</p>',
    );
    expect(html('1. first\nThen prose')).toBe('<ol><li>first</li></ol><p>Then prose</p>');
  });

  it('keeps indented continuation lines, nested items and blank-separated text as they were', () => {
    expect(endListsAtParagraphs('- one\n  still one\n- two')).toBe('- one\n  still one\n- two');
    expect(endListsAtParagraphs('- a\n  - b\n- c')).toBe('- a\n  - b\n- c');
    expect(endListsAtParagraphs('- a\n\nText')).toBe('- a\n\nText');
    expect(endListsAtParagraphs('Text\nmore text')).toBe('Text\nmore text');
  });

  it('leaves fenced code alone', () => {
    const code = '```\n- x\ny\n```';
    expect(endListsAtParagraphs(code)).toBe(code);
  });
});
