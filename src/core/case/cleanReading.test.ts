import { describe, expect, it } from 'vitest';
import { cleanReading } from './cleanReading';

describe('cleanReading', () => {
  it('drops link markup and unescapes dollar signs', () => {
    expect(cleanReading('a <u>high of ¥700 billion (US\\$4.65 billion) annually</u> –')).toBe(
      'a high of ¥700 billion (US$4.65 billion) annually –',
    );
  });

  it('joins a sentence split by a page break with one space', () => {
    expect(cleanReading('stressing the importance of the\n\nalliance to US interests')).toBe(
      'stressing the importance of the alliance to US interests',
    );
  });

  it('collapses runs of whitespace and trims the ends', () => {
    expect(cleanReading('\n\n  SYNOPSIS\n\nJapan has  been\tconducting \n')).toBe(
      'SYNOPSIS Japan has been conducting',
    );
  });
});
