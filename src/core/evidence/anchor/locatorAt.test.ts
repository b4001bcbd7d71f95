import { describe, expect, it } from 'vitest';
import { locatorAt } from './locatorAt';

describe('locatorAt', () => {
  const text = 'First block.\n\nSecond block, with words.\n\nThird.';
  it.each([
    [0, 'paragraph 1'],
    [text.indexOf('block.'), 'paragraph 1'],
    [text.indexOf('Second'), 'paragraph 2'],
    [text.indexOf('with'), 'paragraph 2'],
    [text.indexOf('Third'), 'paragraph 3'],
  ])('offset %d is in %s', (offset, locator) => {
    expect(locatorAt(text, offset)).toBe(locator);
  });

  it('names the heading above and counts paragraphs without headings', () => {
    const md = '# Intro\n\nOne.\n\n## Tariffs\n\nTwo.\n\nThree words here.';
    expect(locatorAt(md, md.indexOf('words'))).toBe('paragraph 3, under “Tariffs”');
  });
});
