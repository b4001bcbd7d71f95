import { describe, expect, it } from 'vitest';
import { hughesCommentary } from '../case/testing/hughesCommentary';
import { fullCitation } from '../compare/citation';
import { citeAt, formatCitation, formatSourceLine } from './citation';

const hughes = { ...hughesCommentary, title: 'A Title' };

describe('chart citations', () => {
  it('cite a source exactly as the evidence dialog does', () => {
    expect(formatCitation(hughes)).toBe(fullCitation(hughes));
    expect(formatCitation(hughes)).toBe(
      'Hughes, Christopher W. “A Title.” RSIS Commentary. S. Rajaratnam School of International Studies (RSIS), n.d. (in or after March 2025, inferred).',
    );
  });

  it('write one source line for the sources cited', () => {
    expect(formatSourceLine([hughes])).toBe(`Source: ${fullCitation(hughes)}`);
    expect(formatSourceLine([hughes, { ...hughes, id: 'b', title: 'B' }])).toMatch(
      /^Sources: Hughes, Christopher W\. “A Title\.”.*; Hughes, Christopher W\. “B\.”/,
    );
    expect(formatSourceLine([])).toBe('');
  });
});

describe('citeAt', () => {
  it('puts the locator before the closing full stop, with no stray punctuation', () => {
    const cited = citeAt(formatCitation(hughes), 'Alliance Anxieties, paragraph 4');
    expect(cited).toMatch(/inferred\), Alliance Anxieties, paragraph 4\.$/);
    expect(cited).not.toContain(').,');
    expect(citeAt('A.', undefined)).toBe('A.');
  });
});
