import { describe, expect, it } from 'vitest';
import { cleanReading } from './cleanReading';

describe('cleanReading', () => {
  it.each([
    [
      'drops link markup and unescapes dollar signs',
      'a <u>high of ¥700 billion (US\\$4.65 billion) annually</u> –',
      'a high of ¥700 billion (US$4.65 billion) annually –',
    ],
    [
      'joins a sentence split by a page break with one space',
      'stressing the importance of the\n\nalliance to US interests',
      'stressing the importance of the alliance to US interests',
    ],
    [
      'collapses runs of whitespace and trims the ends',
      '\n\n  SYNOPSIS\n\nJapan has  been\tconducting \n',
      'SYNOPSIS Japan has been conducting',
    ],
  ])('%s', (_, source, reading) => {
    expect(cleanReading(source)).toBe(reading);
  });
});
