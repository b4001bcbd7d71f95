/** Chart exports, for the export menu and for benchmarks. */
export { buildExportSvg, type ExportedSvg, type ExportInput } from './buildExportSvg';
export {
  exportCsv,
  exportFileName,
  exportInputFrom,
  exportJson,
  exportPng,
  exportSvg,
  PNG_SCALES,
  type ExportFormat,
} from './chartExport';
export { copyPngToClipboard } from './clipboard';
export { svgToPng } from './rasterize';
export { standaloneSvg } from './standaloneSvg';
