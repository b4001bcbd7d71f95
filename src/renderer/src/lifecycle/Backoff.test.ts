import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Backoff } from './Backoff';

let tries: number;
let events: EventTarget;
let backoff: Backoff;

beforeEach(() => {
  vi.useFakeTimers();
  tries = 0;
  events = new EventTarget();
  backoff = new Backoff(() => (tries += 1), 1000, 4000, events as unknown as Window);
});

afterEach(() => {
  backoff.dispose();
  vi.useRealTimers();
});

describe('Backoff', () => {
  test('tries again after a delay that doubles up to its limit', async () => {
    const at: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      backoff.failed();
      const before = tries;
      let waited = 0;
      while (tries === before) {
        await vi.advanceTimersByTimeAsync(250);
        waited += 250;
      }
      at.push(waited);
    }
    expect(at).toEqual([1000, 2000, 4000, 4000]);
  });

  test('a focus or online event tries at once, only while something failed', async () => {
    events.dispatchEvent(new Event('focus'));
    expect(tries).toBe(0);
    backoff.failed();
    events.dispatchEvent(new Event('focus'));
    expect(tries).toBe(1);
    backoff.failed();
    events.dispatchEvent(new Event('online'));
    expect(tries).toBe(2);
  });

  test('success cancels the pending try and starts the delay afresh', async () => {
    backoff.failed();
    backoff.succeeded();
    await vi.advanceTimersByTimeAsync(5000);
    expect(tries).toBe(0);
    backoff.failed();
    await vi.advanceTimersByTimeAsync(1000);
    expect(tries).toBe(1);
  });
});
