import { describe, expect, it } from 'vitest';
import type { Source } from '../case/schema';
import { formatCitation, formatSourceLine } from './citation';

const hughes: Source = {
  id: 'hughes',
  type: 'commentary',
  authors: [{ family: 'Hughes', given: 'Christopher W.' }],
  title: 'A Title',
  publisher: 'S. Rajaratnam School of International Studies (RSIS)',
  containerTitle: 'RSIS Commentary',
  date: { notBefore: '2025-03', inferred: true, note: 'inferred' },
};

describe('formatCitation', () => {
  it('gives author, title, container, publisher and what the record says of the date', () => {
    expect(formatCitation(hughes)).toBe(
      'Christopher W. Hughes, “A Title”, RSIS Commentary, S. Rajaratnam School of International Studies (RSIS), undated (not before Mar 2025)',
    );
  });

  it('joins several authors and uses a stated date and URL', () => {
    const s: Source = {
      id: 'x',
      type: 'report',
      authors: [{ family: 'A' }, { family: 'B', given: 'Bea' }, { family: 'C' }],
      title: 'T',
      date: { stated: '2024-06-01', inferred: false, note: '' },
      url: 'https://example.org/r',
    };
    expect(formatCitation(s)).toBe('A, Bea B and C, “T”, 1 Jun 2024, https://example.org/r');
  });

  it('writes one source line for the sources cited', () => {
    expect(formatSourceLine([hughes])).toMatch(/^Source: Christopher W\. Hughes, “A Title”.*\.$/);
    expect(formatSourceLine([hughes, { ...hughes, id: 'b', title: 'B' }])).toMatch(/^Sources: /);
    expect(formatSourceLine([])).toBe('');
  });
});
