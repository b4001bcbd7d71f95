import { describe, expect, it } from 'vitest';
import { countWords, extractionArtifact, sentenceBoundary } from './quoteRules';

describe('countWords', () => {
  it('counts tokens with a letter or digit, not dashes', () => {
    expect(countWords('rising by 2019 to a high – nearly ten times')).toBe(9);
    expect(countWords('  ')).toBe(0);
  });
});

describe('sentenceBoundary', () => {
  it('finds none in one sentence, even one that ends with its full stop', () => {
    expect(
      sentenceBoundary('It experienced US tariffs on its exports of aluminium and steel.'),
    ).toBe(undefined);
    expect(sentenceBoundary('a reboot of contentions from Trump 1.0 but')).toBe(undefined);
  });

  it('finds a full stop followed by a space and a capital', () => {
    const text = 'to defend the US. Hegseth was also rumoured in March';
    expect(sentenceBoundary(text)).toBe(text.indexOf('. H'));
  });

  it('finds one after closing quotes, and after question and exclamation marks', () => {
    expect(sentenceBoundary('an "interesting deal". Trump said')).toBeDefined();
    expect(sentenceBoundary('Can Japan hold back? It may')).toBeDefined();
    expect(sentenceBoundary('Never! Japan said')).toBeDefined();
  });

  it('ignores abbreviations and initials', () => {
    expect(sentenceBoundary('Dr. Colby met Gen. Smith and Mr. Jones')).toBe(undefined);
    expect(sentenceBoundary('the U.S. Secretary of State')).toBe(undefined);
    expect(sentenceBoundary('By Christopher W. Hughes')).toBe(undefined);
    expect(sentenceBoundary('as noted (e.g. Japan and Korea)')).toBe(undefined);
  });

  it('needs a capital after the space', () => {
    expect(sentenceBoundary('about 4.65 billion. and more')).toBe(undefined);
  });
});

describe('extractionArtifact', () => {
  it('finds link markup, escaped dollars and line breaks', () => {
    expect(extractionArtifact('a <u>Joint Statement</u>')).toContain('<u>');
    expect(extractionArtifact('US\\$8 billion')).toContain('\\$');
    expect(extractionArtifact('the importance of the\n\nalliance')).toContain('line break');
    expect(extractionArtifact('US$8 billion')).toBe(undefined);
  });
});
