import { describe, expect, test } from 'vitest';
import { backlinkIndex, claimIdsIn } from './backlinks';

describe('the claims a note links to', () => {
  test('every [[claim:id]] once, in order of first appearance', () => {
    expect(
      claimIdsIn('See [[claim:b-2]] and [[claim:a-1]].\n\n- again [[claim:b-2]]\n*[[claim:c]]*'),
    ).toEqual(['b-2', 'a-1', 'c']);
  });

  test('what the preview would not render as a chip is no link', () => {
    expect(
      claimIdsIn('[[claim:Upper]] [[claim:]] [claim:x] [[claim:-lead]] [[claim:ok]] [[Claim:no]]'),
    ).toEqual(['ok']);
  });

  test('a note without links has none', () => {
    expect(claimIdsIn('')).toEqual([]);
    expect(claimIdsIn('Plain text, a [link](https://example.org) and [@hughes-rsis].')).toEqual([]);
  });
});

describe('the backlink index', () => {
  test('maps each claim to the issue areas whose notes cite it', () => {
    const index = backlinkIndex([
      { issue: 'trade', claims: ['tariffs', 'summits'] },
      { issue: 'burden', claims: ['tariffs'] },
      { issue: 'korea', claims: [] },
    ]);
    expect(index.get('tariffs')).toEqual(['trade', 'burden']);
    expect(index.get('summits')).toEqual(['trade']);
    expect(index.has('korea')).toBe(false);
    expect(index.get('uncited')).toBeUndefined();
  });

  test('a note listed twice counts once', () => {
    const index = backlinkIndex([
      { issue: 'trade', claims: ['tariffs'] },
      { issue: 'trade', claims: ['tariffs'] },
    ]);
    expect(index.get('tariffs')).toEqual(['trade']);
  });

  test('a thousand notes over ten thousand claims are indexed by claim', () => {
    const notes = Array.from({ length: 1000 }, (_, n) => ({
      issue: `issue-${n}`,
      claims: Array.from({ length: 10 }, (_, k) => `claim-${(n * 10 + k) % 10_000}`),
    }));
    const index = backlinkIndex(notes);
    expect(index.size).toBe(10_000);
    expect(index.get('claim-0')).toEqual(['issue-0']);
    expect(index.get('claim-9999')).toEqual(['issue-999']);
  });
});
