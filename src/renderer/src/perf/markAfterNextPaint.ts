/**
 * Marks `name` once the frame now being prepared has been painted: a requestAnimationFrame
 * callback runs before that frame's paint, and a task posted from it runs after. The app's
 * milestones and the benchmark's baseline pages all use this one definition of "painted".
 */
export function markAfterNextPaint(name: string): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      performance.mark(name);
      channel.port1.close();
    };
    channel.port2.postMessage(null);
  });
}
