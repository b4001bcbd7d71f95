/**
 * `diptych/first-chart-painted`: the app's start-up milestone, marked once, after the first plot
 * has been committed and painted, so a benchmark reads it from the app.
 */
import { markAfterNextPaint } from '../perf/markAfterNextPaint';

let marked = false;

export function markFirstChartPainted(): void {
  if (marked) return;
  marked = true;
  markAfterNextPaint('diptych/first-chart-painted');
}
