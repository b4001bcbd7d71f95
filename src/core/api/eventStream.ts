/**
 * Server-Sent Events as the host writes them and the page and the tests read them: one
 * `event:` and one `data:` line (JSON) per block, blocks ended by a blank line.
 */

export interface StreamEvent {
  readonly event: string;
  readonly payload: unknown;
}

export function formatEvent(event: string, payload: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
}

/**
 * Takes the complete blocks off the text received so far; `rest` is the unfinished tail to
 * keep for the next chunk. Blocks without both lines (the comments that keep the stream open)
 * are dropped.
 */
export function takeEvents(received: string): {
  readonly events: readonly StreamEvent[];
  readonly rest: string;
} {
  const events: StreamEvent[] = [];
  let rest = received;
  let end: number;
  while ((end = rest.indexOf('\n\n')) >= 0) {
    const block = rest.slice(0, end);
    rest = rest.slice(end + 2);
    const event = /^event: (.*)$/m.exec(block)?.[1];
    const data = /^data: (.*)$/m.exec(block)?.[1];
    if (event && data) events.push({ event, payload: JSON.parse(data) as unknown });
  }
  return { events, rest };
}
