/**
 * Before a window closes or the host stops, the renderer is asked to save what it holds (a note
 * typed a moment ago) and answers when done. A renderer that does not answer in time (hung,
 * already gone) does not keep the app from closing.
 */
import { randomUUID } from 'node:crypto';
import type { EventHub } from './events';

export type FlushOutcome = 'flushed' | 'unsaved' | 'timeout';

export class FlushCoordinator {
  private readonly pending = new Map<string, (saved: boolean) => void>();

  constructor(private readonly events: EventHub) {}

  /**
   * Asks every renderer to flush; resolves when one answers or after `timeoutMs`: 'unsaved' when
   * the renderer could not write everything it holds.
   */
  request(reason: 'close' | 'quit', timeoutMs: number): Promise<FlushOutcome> {
    if (!this.events.hasListeners) return Promise.resolve('flushed');
    const id = randomUUID().slice(0, 36);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        resolve('timeout');
      }, timeoutMs);
      this.pending.set(id, (saved) => {
        clearTimeout(timer);
        this.pending.delete(id);
        resolve(saved ? 'flushed' : 'unsaved');
      });
      this.events.emit('flushRequested', { id, reason });
    });
  }

  /** A renderer answered; without an outcome (an older page) everything counts as saved. */
  done(id: string, outcome?: { readonly saved: boolean }): void {
    this.pending.get(id)?.(outcome?.saved ?? true);
  }
}
