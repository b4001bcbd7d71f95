/** A raw TCP client for the host's tests: sends exactly the bytes given, reads what comes back. */
import net from 'node:net';

export interface RawConnection {
  readonly socket: net.Socket;
  /** Everything received so far. */
  received(): string;
  /** Resolves when the received text matches, or rejects after `ms`. */
  waitFor(pattern: RegExp, ms?: number): Promise<string>;
  /** Resolves when the host has closed the connection (end or reset). */
  closed(ms?: number): Promise<'closed'>;
}

export function connectRaw(port: number): Promise<RawConnection> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let text = '';
    let ended = false;
    const waiters = new Set<() => void>();
    const wake = (): void => waiters.forEach((w) => w());
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString('latin1');
      wake();
    });
    socket.on('end', () => ((ended = true), wake()));
    socket.on('close', () => ((ended = true), wake()));
    socket.on('error', () => ((ended = true), wake()));
    const until = <T>(test: () => T | undefined, ms: number, what: string): Promise<T> =>
      new Promise((done, fail) => {
        const check = (): void => {
          const value = test();
          if (value === undefined) return;
          clearTimeout(timer);
          waiters.delete(check);
          done(value);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          fail(new Error(`${what} within ${ms} ms; received: ${text.slice(0, 200)}`));
        }, ms);
        waiters.add(check);
        check();
      });
    socket.once('connect', () =>
      resolve({
        socket,
        received: () => text,
        waitFor: (pattern, ms = 5000) =>
          until(() => (pattern.test(text) ? text : undefined), ms, `no ${pattern}`),
        closed: (ms = 5000) =>
          until(() => (ended ? ('closed' as const) : undefined), ms, 'not closed'),
      }),
    );
    socket.once('error', reject);
  });
}
