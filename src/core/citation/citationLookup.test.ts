import { expect, it, vi } from 'vitest';
import type { Source } from '../case/schema';
import { shippedCase as shipped } from '../case/testing/shippedCase';
import { claimLookupFor } from '../markdown/claimLookup';
import { noteMarkdownToUntrustedHtml } from '../markdown/noteMarkdown';
import { bundledCslFiles } from './bundledCsl';
import { citationLookupFor } from './citationLookup';
import { formatCitation } from './formatCitation';
import { smithArticle } from './testing/smithArticle';

// Parsing a style's XML takes seconds on a loaded machine.
vi.setConfig({ testTimeout: 180_000 });

const imported: Source = {
  id: 'u-source-smith-2019',
  type: 'article',
  authors: [{ family: 'Smith', given: 'Jane' }],
  title: 'Alliance Politics',
  csl: { ...smithArticle, 'citation-key': 'smith2019' },
};
const sources = [...shipped.sources, imported];
const apa = bundledCslFiles('apa', 'en-US');
const cite = citationLookupFor(sources, (items, cites) => formatCitation(items, cites, apa));
const claims = claimLookupFor(shipped);

it('renders a citation by source id or imported key in the chosen style', () => {
  const html = noteMarkdownToUntrustedHtml(
    'As argued [@hughes-rsis; @smith2019, p. 9].',
    claims,
    cite,
  );
  expect(html).toContain(
    '<span class="note-cite" title="Japan&#39;s International Strategy and the Challenges of Trump 2.0; Alliance Politics">(Hughes, n.d.; in or after March 2025, inferred; Smith, 2019, p. 9)</span>',
  );
});

it('flags an unknown key, showing what was typed', () => {
  const html = noteMarkdownToUntrustedHtml('See [@hughes-rsis; @nobody-1999].', claims, cite);
  expect(html).toContain(
    '<span class="note-cite note-cite-missing" title="No source with the key @nobody-1999 in this case">[@hughes-rsis; @nobody-1999]</span>',
  );
});

it('shows known keys as typed while the style loads', () => {
  const pending = citationLookupFor(sources, undefined);
  expect(noteMarkdownToUntrustedHtml('[@smith2019]', claims, pending)).toContain(
    '<span class="note-cite">[@smith2019]</span>',
  );
});
