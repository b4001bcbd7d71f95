import { describe, expect, test } from 'vitest';
import { writeOutcome } from './writeOutcome';

describe('writeOutcome', () => {
  test('a write the host saved is on disk at the revision it reports', () => {
    expect(writeOutcome({ status: 'saved', revision: 'r2' }, 'mine')).toEqual({
      kind: 'saved',
      revision: 'r2',
    });
  });

  test('a refused write is a conflict with the file’s text and revision', () => {
    const refused = { status: 'conflict', diskText: 'theirs', diskRevision: 'r3' } as const;
    expect(writeOutcome(refused, 'mine')).toEqual({
      kind: 'conflict',
      disk: 'theirs',
      diskRevision: 'r3',
    });
  });

  test('a refused write whose file already holds the same text is saved at the file’s revision', () => {
    const refused = { status: 'conflict', diskText: 'same words', diskRevision: 'r4' } as const;
    expect(writeOutcome(refused, 'same words')).toEqual({ kind: 'saved', revision: 'r4' });
  });

  test('a file deleted meanwhile is a conflict, even when the text written is empty', () => {
    const deleted = { status: 'conflict', diskText: null, diskRevision: 'absent' } as const;
    expect(writeOutcome(deleted, '')).toEqual({
      kind: 'conflict',
      disk: null,
      diskRevision: 'absent',
    });
  });
});
