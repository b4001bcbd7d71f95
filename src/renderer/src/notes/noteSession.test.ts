import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { NoteSession } from './noteSession';
import type { RecoveryStore } from './recoveryCopies';
import { FakeNoteHost } from './testing/fakeNoteHost';

let host: FakeNoteHost;
let session: NoteSession;

beforeEach(() => {
  vi.useFakeTimers();
  host = new FakeNoteHost();
});

afterEach(() => {
  vi.useRealTimers();
});

async function open(disk: string | null = 'start'): Promise<NoteSession> {
  host.disk = disk;
  session = new NoteSession(host.api, 'c', 'i');
  await session.load();
  return session;
}

const text = (s: string): { toString(): string } => ({ toString: () => s });

/** An open note with `mine` typed and unsaved when another program writes `theirs`. */
async function typedThenChangedOnDisk(mine: string, theirs: string | null): Promise<void> {
  await open();
  session.edit(text(mine));
  host.editOnDisk(theirs);
  await vi.advanceTimersByTimeAsync(10);
}

describe('saving', () => {
  test('an edit is saved within a second of the last keystroke', async () => {
    await open();
    session.edit(text('start and more'));
    expect(session.getSnapshot().save.kind).toBe('dirty');
    await vi.advanceTimersByTimeAsync(700);
    expect(host.disk).toBe('start and more');
    expect(session.getSnapshot().save.kind).toBe('saved');
  });

  test('steady typing is still saved at least every two seconds', async () => {
    await open();
    for (let i = 0; i < 30; i += 1) {
      session.edit(text(`typed ${i}`));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(host.writes.length).toBeGreaterThanOrEqual(1);
    expect(host.writes.length).toBeLessThanOrEqual(3);
  });

  test('flush saves at once', async () => {
    await open();
    session.edit(text('quick'));
    await session.flush();
    expect(host.disk).toBe('quick');
  });

  test('a failed save keeps the text, says why, and retries every 5 s until it works', async () => {
    await open();
    host.failWrites = 'The disk is full: notes/c/i.md was not saved.';
    session.edit(text('precious'));
    await vi.advanceTimersByTimeAsync(700);
    expect(session.getSnapshot().save).toEqual({
      kind: 'error',
      message: 'The disk is full: notes/c/i.md was not saved.',
    });
    expect(session.currentText()).toBe('precious');
    await vi.advanceTimersByTimeAsync(5000);
    expect(session.getSnapshot().save.kind).toBe('error');
    host.failWrites = undefined;
    await vi.advanceTimersByTimeAsync(5000);
    expect(host.disk).toBe('precious');
    expect(session.getSnapshot().save.kind).toBe('saved');
  });

  test('after a failure, the next keystroke saves again', async () => {
    await open();
    host.failWrites = 'read-only';
    session.edit(text('a'));
    await vi.advanceTimersByTimeAsync(700);
    host.failWrites = undefined;
    session.edit(text('ab'));
    await vi.advanceTimersByTimeAsync(700);
    expect(host.disk).toBe('ab');
  });
});

describe('changes on disk', () => {
  test('with nothing unsaved, the note reloads', async () => {
    await open();
    const before = session.getSnapshot().textVersion;
    host.editOnDisk('from another editor');
    await vi.advanceTimersByTimeAsync(10);
    expect(session.getSnapshot().text).toBe('from another editor');
    expect(session.getSnapshot().textVersion).toBe(before + 1);
    expect(session.getSnapshot().conflict).toBeNull();
  });

  test('with unsaved edits, both versions are offered and nothing is written', async () => {
    await typedThenChangedOnDisk('mine', 'theirs');
    expect(session.getSnapshot().conflict).toMatchObject({ mine: 'mine', disk: 'theirs' });
    await vi.advanceTimersByTimeAsync(5000);
    expect(host.disk).toBe('theirs');
    expect(session.editable).toBe(false);
  });

  test('"Keep mine" writes mine and keeps the file’s version beside it', async () => {
    await typedThenChangedOnDisk('mine', 'theirs');
    await session.keepMine();
    expect(host.disk).toBe('mine');
    expect(host.copies).toEqual(['theirs']);
    expect(session.getSnapshot().notice).toBe(
      "The file's version was kept as notes/c/i.conflict-1.md.",
    );
    expect(session.getSnapshot().save.kind).toBe('saved');
  });

  test('"Use the file’s version" keeps mine beside it, then shows the file', async () => {
    await typedThenChangedOnDisk('mine', 'theirs');
    await session.useDisk();
    expect(host.disk).toBe('theirs');
    expect(host.copies).toEqual(['mine']);
    expect(session.getSnapshot().text).toBe('theirs');
    expect(session.currentText()).toBe('theirs');
    expect(session.isClean).toBe(true);
  });

  test('a save against a changed file is refused and offers the same choice', async () => {
    await open();
    host.disk = 'changed silently';
    session.edit(text('mine'));
    await vi.advanceTimersByTimeAsync(700);
    expect(host.disk).toBe('changed silently');
    expect(session.getSnapshot().conflict).toMatchObject({
      mine: 'mine',
      disk: 'changed silently',
    });
  });

  test('a file changed to exactly the editor’s text is no conflict', async () => {
    await typedThenChangedOnDisk('same', 'same');
    expect(session.getSnapshot().conflict).toBeNull();
    expect(session.isClean).toBe(true);
  });

  test('a deleted file in a conflict is offered as "deleted" and "Keep mine" recreates it', async () => {
    await typedThenChangedOnDisk('mine', null);
    expect(session.getSnapshot().conflict).toMatchObject({ mine: 'mine', disk: null });
    await session.keepMine();
    expect(host.disk).toBe('mine');
    expect(host.copies).toEqual([]);
  });
});

describe('a note that cannot be read', () => {
  test('is shown as unreadable, cannot be edited, and is never written', async () => {
    host.unreadable = true;
    await open('bytes');
    expect(session.getSnapshot().phase).toEqual({
      kind: 'unreadable',
      file: 'notes/c/i.md',
      message: 'it is not valid UTF-8 text',
    });
    session.edit(text('typed'));
    await session.flush();
    await vi.advanceTimersByTimeAsync(6000);
    expect(host.writes).toEqual([]);
    expect(host.disk).toBe('bytes');
  });
});

describe('recovery copies', () => {
  /** The page's storage for one note: a plain slot, as localStorage holds it. */
  function slot(): { copy: string | null; store: RecoveryStore } {
    const box: { copy: string | null; store: RecoveryStore } = {
      copy: null,
      store: {
        keep: (t) => {
          box.copy = t;
        },
        read: () => box.copy,
        clear: () => {
          box.copy = null;
        },
      },
    };
    return box;
  }

  async function openWith(store: RecoveryStore, disk = 'on disk'): Promise<NoteSession> {
    host.disk = disk;
    session = new NoteSession(host.api, 'c', 'i', { recovery: store });
    await session.load();
    return session;
  }

  test('text that fails to save is kept, and the copy goes once it is saved', async () => {
    const box = slot();
    await openWith(box.store);
    host.failWrites = 'read-only';
    session.edit(text('on disk, and more'));
    await vi.advanceTimersByTimeAsync(700);
    expect(box.copy).toBe('on disk, and more');
    host.failWrites = undefined;
    await vi.advanceTimersByTimeAsync(5000);
    expect(host.disk).toBe('on disk, and more');
    expect(box.copy).toBeNull();
  });

  test('text typed after the last save attempt is kept when the page goes away', async () => {
    const box = slot();
    await openWith(box.store);
    session.edit(text('typed just now'));
    session.keepRecoveryNow();
    expect(box.copy).toBe('typed just now');
  });

  test('a copy differing from the file is offered, not applied, and restoring saves it', async () => {
    const box = slot();
    box.copy = 'recovered words';
    await openWith(box.store);
    expect(session.getSnapshot().recovered).toBe('recovered words');
    expect(session.getSnapshot().text).toBe('on disk');
    expect(session.editable).toBe(false);
    expect(host.disk).toBe('on disk');
    session.restoreRecovered();
    await session.flush();
    expect(host.disk).toBe('recovered words');
    expect(session.getSnapshot().recovered).toBeNull();
    expect(box.copy).toBeNull();
  });

  test('discarding a copy leaves the file as it is', async () => {
    const box = slot();
    box.copy = 'recovered words';
    await openWith(box.store);
    session.discardRecovered();
    expect(box.copy).toBeNull();
    expect(session.getSnapshot().recovered).toBeNull();
    expect(session.editable).toBe(true);
    expect(host.disk).toBe('on disk');
  });

  test('a copy equal to the file is dropped without asking', async () => {
    const box = slot();
    box.copy = 'on disk';
    await openWith(box.store);
    expect(session.getSnapshot().recovered).toBeNull();
    expect(box.copy).toBeNull();
  });
});
