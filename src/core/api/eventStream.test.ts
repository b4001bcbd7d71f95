import { describe, expect, it } from 'vitest';
import { formatEvent, takeEvents } from './eventStream';

describe('the event stream', () => {
  it('reads back what the host writes, across chunks cut anywhere', () => {
    const text = ': connected\n\n' + formatEvent('a', { n: 1 }) + formatEvent('b', ['x']);
    for (let cut = 0; cut <= text.length; cut++) {
      const first = takeEvents(text.slice(0, cut));
      const second = takeEvents(first.rest + text.slice(cut));
      expect([...first.events, ...second.events]).toEqual([
        { event: 'a', payload: { n: 1 } },
        { event: 'b', payload: ['x'] },
      ]);
      expect(second.rest).toBe('');
    }
  });
});
