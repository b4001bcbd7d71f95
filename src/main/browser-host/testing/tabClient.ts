/**
 * A browser tab reduced to its HTTP traffic, for tests and drills: it holds an event stream open
 * and, when the host asks it to flush, waits a moment (a save in progress) and writes its note
 * before it answers, as the page does. Plain node:http, so no browser is needed.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { takeEvents } from '../../../core/api/eventStream';

export interface TabOptions {
  readonly port: number;
  /** How the tab authenticates: the session cookie or the token header. */
  readonly auth: Readonly<Record<string, string>>;
  readonly caseId: string;
  readonly issueId: string;
  /** The text this tab holds unsaved, written when the host asks it to flush. */
  readonly text: string;
  /** How long its save takes before it reaches the host. */
  readonly saveDelayMs: number;
  /** What it answers: `saved`, `not-saved`, or nothing at all (a frozen tab). */
  readonly answer?: 'saved' | 'not-saved' | 'none';
}

export interface Tab {
  readonly clientId: string;
  /** Every event received, by name. */
  readonly events: readonly { readonly event: string; readonly payload: unknown }[];
  /** Why its flush answer failed (the host went away mid-save), if it did. */
  readonly failures: readonly string[];
  /** Resolves once the stream is open. */
  readonly ready: Promise<void>;
  /** Closes the stream, as closing the tab does. */
  close(): void;
}

export function openTab(options: TabOptions): Tab {
  const clientId = randomUUID();
  const events: { event: string; payload: unknown }[] = [];
  const failures: string[] = [];
  let request: http.ClientRequest | undefined;
  const ready = new Promise<void>((resolve, reject) => {
    request = http.get(
      {
        host: '127.0.0.1',
        port: options.port,
        path: `/api/events?client=${clientId}`,
        headers: { ...options.auth, 'X-Diptych-Client': clientId },
      },
      (res) => {
        if (res.statusCode !== 200) {
          reject(new Error(`the event stream answered ${res.statusCode}`));
          return;
        }
        resolve();
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          const taken = takeEvents(buffer + chunk);
          buffer = taken.rest;
          for (const { event, payload } of taken.events) {
            events.push({ event, payload });
            if (event === 'flushRequested') {
              answerFlush((payload as { id: string }).id).catch((error: unknown) => {
                failures.push((error as Error).message);
              });
            }
          }
        });
        res.on('error', () => undefined);
      },
    );
    request.on('error', reject);
  });

  async function answerFlush(id: string): Promise<void> {
    if (options.answer === 'none') return;
    await new Promise((resolve) => setTimeout(resolve, options.saveDelayMs));
    const read = (await call('readNote', [options.caseId, options.issueId])) as {
      revision: string;
    };
    await call('writeNote', [options.caseId, options.issueId, options.text, read.revision]);
    await call('flushDone', [id, options.answer ?? 'saved']);
  }

  function call(name: string, args: unknown): Promise<unknown> {
    return callHost(options.port, options.auth, name, args, clientId);
  }

  return { clientId, events, failures, ready, close: () => request?.destroy() };
}

/** Calls one contract method over HTTP; resolves to the value or rejects with the error. */
export function callHost(
  port: number,
  auth: Readonly<Record<string, string>>,
  name: string,
  args: unknown,
  clientId?: string,
): Promise<unknown> {
  const body = JSON.stringify(args);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/api/${name}`,
        headers: {
          ...auth,
          ...(clientId ? { 'X-Diptych-Client': clientId } : {}),
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          const envelope = JSON.parse(text) as
            { ok: true; value: unknown } | { ok: false; error: { message: string } };
          if (envelope.ok) resolve(envelope.value);
          else reject(new Error(`${name}: ${envelope.error.message}`));
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
