import { describe, expect, it } from 'vitest';
import type { Source } from '../case/schema';
import { hughesCommentary as hughes } from '../case/testing/hughesCommentary';
import { authorsShort, fullCitation, shortCitation, sourceDateText } from './citation';

describe('citations', () => {
  it('gives the short form under a quote', () => {
    expect(shortCitation(hughes)).toBe('Hughes, RSIS Commentary');
    expect(shortCitation({ ...hughes, authors: [], containerTitle: undefined })).toBe(
      'S. Rajaratnam School of International Studies (RSIS)',
    );
  });

  it('gives a full reference without inventing a date', () => {
    expect(fullCitation(hughes)).toBe(
      "Hughes, Christopher W. “Japan's International Strategy and the Challenges of Trump 2.0.” " +
        'RSIS Commentary. S. Rajaratnam School of International Studies (RSIS), ' +
        'n.d. (in or after March 2025, inferred).',
    );
    const bare: Source = { id: 'x', type: 'other', authors: [], title: 'Untitled?' };
    expect(fullCitation(bare)).toBe('“Untitled?” n.d.');
  });

  it('states dates as the source supports them', () => {
    expect(sourceDateText(undefined)).toBe('n.d.');
    expect(sourceDateText({ stated: '2025-03-04', inferred: false, note: '' })).toBe(
      '4 March 2025',
    );
    expect(sourceDateText({ notAfter: '2024', inferred: true, note: '' })).toBe(
      'n.d. (in or before 2024, inferred)',
    );
    expect(
      sourceDateText({ notBefore: '2025-03', notAfter: '2025-06', inferred: true, note: '' }),
    ).toBe('n.d. (between March 2025 and June 2025, inferred)');
  });

  it('names one, two or many authors', () => {
    const a = { family: 'Hughes' };
    const b = { family: 'Tanaka', given: 'Aki' };
    expect(authorsShort([a, b])).toBe('Hughes and Tanaka');
    expect(authorsShort([a, b, a])).toBe('Hughes et al.');
    expect(fullCitation({ ...hughes, authors: [hughes.authors[0]!, b] })).toMatch(
      /^Hughes, Christopher W\., and Aki Tanaka\. /,
    );
  });
});
