/**
 * Before a window closes or the host stops, every renderer (the window, each browser tab) is
 * asked to save what it holds and answers when done, saying whether everything was saved. The
 * request waits for every client connected when it was made; a client that disconnects counts as
 * answered, and one that does not answer in time (hung, frozen) does not keep the app open.
 */
import { randomUUID } from 'node:crypto';
import type { EventHub } from './events';

export type FlushAnswer = 'saved' | 'not-saved';

/** A client that did not confirm its save, and why. */
export interface Unconfirmed {
  readonly clientId: string;
  readonly why: 'not-saved' | 'no-answer';
}

export interface FlushOutcome {
  /** How many clients were asked. */
  readonly asked: number;
  readonly unconfirmed: readonly Unconfirmed[];
}

interface Waiting {
  readonly clientId: string;
  readonly answer: (answer: FlushAnswer | 'left') => void;
}

export class FlushCoordinator {
  /** Per request id: the client it was sent to. */
  private readonly waiting = new Map<string, Waiting>();

  constructor(private readonly events: EventHub) {
    events.onLeave((clientId) => {
      for (const entry of [...this.waiting.values()]) {
        if (entry.clientId === clientId) entry.answer('left');
      }
    });
  }

  /** Asks every connected client to flush; resolves when all have answered or after `timeoutMs`. */
  async request(reason: 'close' | 'quit', timeoutMs: number): Promise<FlushOutcome> {
    const clients = this.events.clientIds;
    const answers = await Promise.all(clients.map((c) => this.ask(c, reason, timeoutMs)));
    const unconfirmed = clients.flatMap((clientId, i): Unconfirmed[] => {
      const answer = answers[i];
      if (answer === 'not-saved' || answer === 'no-answer') return [{ clientId, why: answer }];
      return [];
    });
    return { asked: clients.length, unconfirmed };
  }

  /** A client's answer to the request `id`; an unknown or repeated id is ignored. */
  done(id: string, answer: FlushAnswer): void {
    this.waiting.get(id)?.answer(answer);
  }

  private ask(
    clientId: string,
    reason: 'close' | 'quit',
    timeoutMs: number,
  ): Promise<FlushAnswer | 'left' | 'no-answer'> {
    const id = randomUUID();
    return new Promise((resolve) => {
      const finish = (answer: FlushAnswer | 'left' | 'no-answer'): void => {
        clearTimeout(timer);
        this.waiting.delete(id);
        resolve(answer);
      };
      const timer = setTimeout(() => finish('no-answer'), timeoutMs);
      this.waiting.set(id, { clientId, answer: finish });
      if (!this.events.emitTo(clientId, 'flushRequested', { id, reason })) finish('left');
    });
  }
}
