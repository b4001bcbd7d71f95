/**
 * Performance marks a benchmark reads: `diptych/issue-switch-start` when the analyst picks an
 * issue area, `diptych/panes-painted` once the panes showing it have been painted.
 */
let switching = false;

export function markIssueSwitchStart(): void {
  performance.mark('diptych/issue-switch-start');
  switching = true;
}

/** Called after the panes commit; marks after the next paint (a frame, then a task). */
export function markPanesPaintedIfSwitching(): void {
  if (!switching) return;
  switching = false;
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      performance.mark('diptych/panes-painted');
      channel.port1.close();
    };
    channel.port2.postMessage(null);
  });
}
