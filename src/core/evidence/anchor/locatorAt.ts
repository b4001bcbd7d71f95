/**
 * "Where in the source" for a passage of a stored document: the paragraph it starts in,
 * counted as the viewer shows them (blocks of text between blank lines), and the heading above
 * it when the text has Markdown headings.
 */
export function locatorAt(text: string, offset: number): string {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const blocks = before.split(/\n[ \t]*\n/).filter((b) => b.trim() !== '');
  // The passage's own block counts even when the selection starts at its first character.
  const started = /\n[ \t]*\n[ \t]*$/.test(before) || before.trim() === '' ? 1 : 0;
  const headings = blocks.filter((b) => /^#{1,6}\s/.test(b.trim()));
  const heading = headings
    .at(-1)
    ?.trim()
    .replace(/^#{1,6}\s+/, '');
  const paragraphs = blocks.length + started - headings.length;
  const paragraph = `paragraph ${Math.max(1, paragraphs)}`;
  return heading ? `${paragraph}, under “${heading.slice(0, 80)}”` : paragraph;
}
