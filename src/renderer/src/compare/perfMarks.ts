/**
 * Performance marks a benchmark reads: `diptych/issue-switch-start` when the analyst picks an
 * issue area, `diptych/panes-painted` once the panes showing it have been painted.
 */
import { markAfterNextPaint } from '../perf/markAfterNextPaint';

let switching = false;

export function markIssueSwitchStart(): void {
  performance.mark('diptych/issue-switch-start');
  switching = true;
}

/** Called after the panes commit; marks after the next paint. */
export function markPanesPaintedIfSwitching(): void {
  if (!switching) return;
  switching = false;
  markAfterNextPaint('diptych/panes-painted');
}
