import { describe, expect, it } from 'vitest';
import {
  askWith,
  choiceAt,
  closeFlushOf,
  closeQuestion,
  mayClose,
  type CloseChoice,
  type CloseFlush,
} from './closeGuard';

/** A page whose flushes answer in turn, and a user whose answers come in turn; both recorded. */
function fakes(outcomes: CloseFlush[], answers: CloseChoice[]) {
  const log: string[] = [];
  return {
    log,
    port: {
      flush: async () => {
        const outcome = outcomes.shift() ?? 'flushed';
        log.push(`flush:${outcome}`);
        return outcome;
      },
      ask: async () => {
        const answer = answers.shift() ?? 'cancel';
        log.push(`ask:${answer}`);
        return answer;
      },
    },
  };
}

describe('mayClose', () => {
  it('closes without asking when everything was saved', async () => {
    const { port, log } = fakes(['flushed'], []);
    expect(await mayClose(port)).toBe(true);
    expect(log).toEqual(['flush:flushed']);
  });

  it('closes without asking when the page does not answer', async () => {
    const { port, log } = fakes(['timeout'], []);
    expect(await mayClose(port)).toBe(true);
    expect(log).toEqual(['flush:timeout']);
  });

  it('asks when a save failed, and stays open on cancel', async () => {
    const { port, log } = fakes(['unsaved'], ['cancel']);
    expect(await mayClose(port)).toBe(false);
    expect(log).toEqual(['flush:unsaved', 'ask:cancel']);
  });

  it('closes on discard', async () => {
    const { port } = fakes(['unsaved'], ['discard']);
    expect(await mayClose(port)).toBe(true);
  });

  it('tries again on keep trying, and closes once the save succeeds', async () => {
    const { port, log } = fakes(['unsaved', 'unsaved', 'flushed'], ['keep-trying', 'keep-trying']);
    expect(await mayClose(port)).toBe(true);
    expect(log).toEqual([
      'flush:unsaved',
      'ask:keep-trying',
      'flush:unsaved',
      'ask:keep-trying',
      'flush:flushed',
    ]);
  });
});

describe('the question', () => {
  it('names the three choices, and reads the button pressed as one of them', async () => {
    const question = closeQuestion();
    expect(question.buttons).toEqual(['Keep trying', 'Discard', 'Cancel']);
    expect(question.buttons.map((_, i) => choiceAt(i))).toEqual([
      'keep-trying',
      'discard',
      'cancel',
    ]);
    expect(choiceAt(question.cancelId)).toBe('cancel');
    const shown: string[] = [];
    const ask = askWith(async (q) => {
      shown.push(q.message);
      return { response: 1 };
    });
    expect(await ask()).toBe('discard');
    expect(shown).toEqual(['Some of your work could not be saved']);
    expect(choiceAt(-1)).toBe('cancel');
    expect(choiceAt(7)).toBe('cancel');
  });
});

describe('closeFlushOf', () => {
  it('is flushed when every client confirmed, or none was asked', () => {
    expect(closeFlushOf({ asked: 1, unconfirmed: [] })).toBe('flushed');
    expect(closeFlushOf({ asked: 0, unconfirmed: [] })).toBe('flushed');
  });

  it('is unsaved when a client could not save, even if another did not answer', () => {
    expect(
      closeFlushOf({
        asked: 2,
        unconfirmed: [
          { clientId: 'a', why: 'no-answer' },
          { clientId: 'b', why: 'not-saved' },
        ],
      }),
    ).toBe('unsaved');
  });

  it('is a timeout when a client did not answer', () => {
    expect(closeFlushOf({ asked: 1, unconfirmed: [{ clientId: 'a', why: 'no-answer' }] })).toBe(
      'timeout',
    );
  });
});
