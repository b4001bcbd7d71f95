/**
 * The transport of the browser host: `POST /api/<name>` and Server-Sent Events read through
 * fetch. The host admits the page by its HttpOnly session cookie, which the browser sends with
 * every same-origin request, so the page never holds the secret itself.
 */
import type { Transport } from '../../../core/api/client';
import { takeEvents } from '../../../core/api/eventStream';
/** This tab's id: the host asks each tab to save before it stops, and names the tab that wrote. */
const CLIENT_HEADER = 'X-Diptych-Client';

export function createHttpTransport(): Transport {
  const client = crypto.randomUUID();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let streaming = false;

  const startStream = (): void => {
    if (streaming) return;
    streaming = true;
    void readEvents(client, (event, payload) => {
      listeners.get(event)?.forEach((listener) => listener(payload));
    }).finally(() => {
      streaming = false;
    });
  };

  return {
    async call(name, args) {
      const response = await fetch(`/api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          [CLIENT_HEADER]: client,
        },
        body: JSON.stringify(args),
        // Lets a save started while the page closes still reach the host.
        keepalive: JSON.stringify(args).length < 60_000,
      });
      return response.json();
    },
    subscribe(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener);
      startStream();
      return () => set.delete(listener);
    },
  };
}

async function readEvents(
  client: string,
  deliver: (event: string, payload: unknown) => void,
): Promise<void> {
  for (;;) {
    try {
      const response = await fetch(`/api/events?client=${client}`);
      if (!response.ok || !response.body) return;
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        const { events, rest } = takeEvents(buffer + value);
        buffer = rest;
        for (const { event, payload } of events) deliver(event, payload);
      }
    } catch {
      // The host went away (restart, sleep): try again shortly.
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
