/**
 * Figures: anything Diptych draws for the page rather than the screen. A figure is one SVG
 * drawn at a chosen size and theme (see `figureSize` and `core/figures/figurePalette`), with
 * its header, footer, `<title>`/`<desc>` and embedded font; every format is made from that SVG:
 * `svgBlob`, `pngBlob` (dpi recorded), `pdfBlob` (vector, font embedded). A new kind of figure
 * builds its SVG (for charts: `drawFigure`, or `buildChartFigureSvg` from a measure) and reuses
 * the rest, including `FigurePreview`.
 */
export { buildChartFigureSvg, caseFigureText, type ChartFigureOptions } from './chartFigure';
export { drawFigure, type FigureSpec, type FigureText } from './drawFigure';
export { FIGURE_FONT_CSS, FIGURE_FONT_FAMILY } from './figureFont';
export { pdfBlob, pngBlob, svgBlob, type FigureFormat } from './figureFiles';
export {
  figureBox,
  MAX_FIGURE_WIDTH,
  MIN_FIGURE_WIDTH,
  rasterLabel,
  rasterScale,
  RASTERS,
  SIZE_PRESETS,
  type CustomSize,
  type Raster,
  type SizePreset,
} from './figureSize';
export { FigurePreview } from './FigurePreview';
