import { describe, expect, test } from 'vitest';
import { markdownChunks } from './markdownChunks';
import { noteMarkdownToUntrustedHtml, type ClaimLookup } from './noteMarkdown';

const lookup: ClaimLookup = () => undefined;
const render = (markdown: string): string => noteMarkdownToUntrustedHtml(markdown, lookup);

/** The note rendered chunk by chunk, as the preview of a long note does. */
function renderInChunks(markdown: string, minChars: number): string {
  const { chunks, definitions } = markdownChunks(markdown, minChars);
  return chunks.map((c) => render(definitions === '' ? c : `${c}\n\n${definitions}`)).join('');
}

const BLOCKS = [
  '# Heading\n',
  'A paragraph with *emphasis* and a [link][ref].\n',
  '- a loose list\n\n- with a second item\n\n  continued inside it\n',
  '1. ordered\n2. list\n',
  '```\ncode with a blank line\n\n# not a heading\n```\n',
  '    indented code\n\n    after a blank line\n',
  '> a quote\n>\n> of two paragraphs\n',
  '| a | b |\n|---|---|\n| 1 | 2 |\n',
  '[ref]: https://example.org/ref\n',
  'Setext heading\n---\n',
  '***\n',
];

describe('a long note rendered in chunks', () => {
  test('gives the HTML of the whole note, whatever the chunk size', () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 100; round += 1) {
      const parts = Array.from({ length: 3 + random(12) }, () => BLOCKS[random(BLOCKS.length)]!);
      const note = parts.join('\n');
      const whole = render(note);
      for (const size of [1, 20, 200]) expect(renderInChunks(note, size)).toBe(whole);
    }
  });

  test('the chunks join back into the note', () => {
    const note = BLOCKS.join('\n').repeat(5);
    const { chunks } = markdownChunks(note, 50);
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.join('\n')).toBe(note);
  });

  test('a fenced block is never cut, even at a blank line inside it', () => {
    const note = 'intro\n\n```\none\n\nTwo\n\nThree\n```\n\nafter\n';
    const { chunks } = markdownChunks(note, 1);
    expect(chunks.some((c) => c.includes('one\n\nTwo\n\nThree'))).toBe(true);
  });
});
