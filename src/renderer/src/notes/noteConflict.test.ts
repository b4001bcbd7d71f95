import { describe, expect, test } from 'vitest';
import { decideOnDisk, textToSetAside } from './noteConflict';
import type { NoteConflict, NoteSnapshot } from './noteSnapshot';

const ready: Pick<NoteSnapshot, 'phase' | 'conflict'> = {
  phase: { kind: 'ready' },
  conflict: null,
};
const typed = (s: string): { toString(): string } => ({ toString: () => s });

describe('a read of the file the editor did not cause', () => {
  test('at the revision the editor is based on changes nothing', () => {
    const ledger = { base: 'r1', latest: typed('mine'), unsaved: true };
    expect(decideOnDisk(ledger, ready, { text: 'x', revision: 'r1' })).toEqual({
      kind: 'unchanged',
    });
  });

  test('with nothing unsaved, reloads', () => {
    const ledger = { base: 'r1', latest: null, unsaved: false };
    expect(decideOnDisk(ledger, ready, { text: 'new', revision: 'r2' }).kind).toBe('reload');
  });

  test('holding exactly the unsaved text, is no conflict', () => {
    const ledger = { base: 'r1', latest: typed('same'), unsaved: true };
    expect(decideOnDisk(ledger, ready, { text: 'same', revision: 'r2' }).kind).toBe('caught-up');
  });

  test('differing from unsaved text, asks; a deleted file is offered as null', () => {
    const ledger = { base: 'r1', latest: typed('mine'), unsaved: true };
    expect(decideOnDisk(ledger, ready, { text: 'theirs', revision: 'r2' })).toEqual({
      kind: 'conflict',
      disk: 'theirs',
    });
    expect(decideOnDisk(ledger, ready, { text: '', revision: 'absent' })).toEqual({
      kind: 'conflict',
      disk: null,
    });
  });

  test('during a conflict, even with every edit saved, asks again instead of reloading', () => {
    const ledger = { base: 'r1', latest: typed('mine'), unsaved: false };
    const conflict: NoteConflict = { mine: 'mine', disk: 'a', diskRevision: 'r2', busy: false };
    const inConflict = { ...ready, conflict };
    expect(decideOnDisk(ledger, inConflict, { text: 'b', revision: 'r3' }).kind).toBe('conflict');
  });
});

describe('the version set aside before a choice', () => {
  const conflict = (mine: string, disk: string | null): NoteConflict => ({
    mine,
    disk,
    diskRevision: 'r',
    busy: false,
  });

  test('is the one not chosen', () => {
    expect(textToSetAside(conflict('mine', 'theirs'), 'mine')).toBe('theirs');
    expect(textToSetAside(conflict('mine', 'theirs'), 'disk')).toBe('mine');
  });

  test('is nothing when that version is deleted, blank, or equal to the kept one', () => {
    expect(textToSetAside(conflict('mine', null), 'mine')).toBeNull();
    expect(textToSetAside(conflict('mine', '  \n'), 'mine')).toBeNull();
    expect(textToSetAside(conflict(' ', 'theirs'), 'disk')).toBeNull();
    expect(textToSetAside(conflict('same', 'same'), 'disk')).toBeNull();
  });
});
