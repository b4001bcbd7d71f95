/**
 * `diptych/first-chart-painted`: the app's start-up milestone, marked once, after the first plot
 * has been committed and painted (a frame, then a task), so a benchmark reads it from the app.
 */
let marked = false;

export function markFirstChartPainted(): void {
  if (marked) return;
  marked = true;
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      performance.mark('diptych/first-chart-painted');
      channel.port1.close();
    };
    channel.port2.postMessage(null);
  });
}
