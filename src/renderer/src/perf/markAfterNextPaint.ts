/**
 * "Painted", defined once: a requestAnimationFrame callback runs before the frame now being
 * prepared is painted, and a task posted from it runs after. The app's milestones, the work it
 * holds back until the first screen is on display, and the benchmark's baseline pages all use
 * this one definition.
 */
export function afterNextPaint(callback: () => void): () => void {
  let channel: MessageChannel | undefined;
  const frame = requestAnimationFrame(() => {
    channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel?.port1.close();
      callback();
    };
    channel.port2.postMessage(null);
  });
  return () => {
    cancelAnimationFrame(frame);
    channel?.port1.close();
  };
}

/** Marks `name` once the frame now being prepared has been painted. */
export function markAfterNextPaint(name: string): void {
  afterNextPaint(() => performance.mark(name));
}
