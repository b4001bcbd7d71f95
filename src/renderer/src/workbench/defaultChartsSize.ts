/** About the height of one whole chart in the dock (heading, controls, plot), with its strip head. */
const ONE_CHART_PX = 480;
/** The least the grid keeps by default: its pane headers and the top of a row's claims. */
const GRID_MIN_PX = 320;
/** The top bar and the issue header, above the grid and the charts. */
const ABOVE_PX = 100;

/**
 * The charts' default share (percent) of the column under the issue header, for a window this
 * tall: room for one whole chart where the grid keeps enough beside it, less on a short window.
 */
export function defaultChartsSize(windowHeight: number): number {
  const column = Math.max(windowHeight - ABOVE_PX, 1);
  const charts = Math.min(ONE_CHART_PX, column - GRID_MIN_PX);
  const share = (charts / column) * 100;
  return Math.round(Math.min(60, Math.max(34, share)) * 10) / 10;
}
