/** Turning a drawn chart into a standalone figure SVG and its PNG (the export dialog, benchmarks). */
export { buildExportSvg, type ExportedSvg, type ExportInput } from './buildExportSvg';
export { copyPngToClipboard } from './clipboard';
export { svgToPng } from './rasterize';
export { standaloneSvg } from './standaloneSvg';
