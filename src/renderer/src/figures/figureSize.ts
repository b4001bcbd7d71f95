/**
 * Figure sizes for the page, independent of the window: journal columns in millimetres, a 16:9
 * slide, or a custom size; and the raster density of a PNG, as a scale or in dots per inch.
 */
import type { LabelledKeys } from './labelledKeys';

export type SizePreset = 'single' | 'double' | 'slide' | 'custom';

/** CSS pixels per millimetre: SVG and PDF units are 96 per inch. */
export const PX_PER_MM = 96 / 25.4;

export const SIZE_PRESETS: LabelledKeys<SizePreset> = [
  { key: 'single', label: 'Journal, single column (85 mm)' },
  { key: 'double', label: 'Journal, double column (175 mm)' },
  { key: 'slide', label: 'Slide (16:9)' },
  { key: 'custom', label: 'Custom' },
];

export interface CustomSize {
  readonly unit: 'px' | 'mm';
  readonly width: number;
  /** Only a slide and a custom size fix the height; a column grows to its content. */
  readonly height?: number;
}

/** The figure's width in CSS pixels, and its height when the size fixes one. */
export function figureBox(
  preset: SizePreset,
  custom: CustomSize,
): { readonly width: number; readonly height?: number } {
  switch (preset) {
    case 'single':
      return { width: Math.round(85 * PX_PER_MM) };
    case 'double':
      return { width: Math.round(175 * PX_PER_MM) };
    case 'slide':
      return { width: 960, height: 540 };
    case 'custom': {
      const k = custom.unit === 'mm' ? PX_PER_MM : 1;
      return {
        width: Math.round(custom.width * k),
        ...(custom.height !== undefined && { height: Math.round(custom.height * k) }),
      };
    }
  }
}

export type Raster =
  | { readonly kind: 'scale'; readonly value: 1 | 2 | 3 }
  | {
      readonly kind: 'dpi';
      readonly value: 300 | 600;
    };

export const RASTERS: readonly Raster[] = [
  { kind: 'scale', value: 1 },
  { kind: 'scale', value: 2 },
  { kind: 'scale', value: 3 },
  { kind: 'dpi', value: 300 },
  { kind: 'dpi', value: 600 },
];

/** Pixels of the PNG per CSS pixel of the figure. */
export function rasterScale(raster: Raster): number {
  return raster.kind === 'scale' ? raster.value : raster.value / 96;
}

export function rasterLabel(raster: Raster): string {
  return raster.kind === 'scale' ? `${raster.value}×` : `${raster.value} dpi`;
}

/** The smallest and largest figure width accepted, in CSS pixels. */
export const MIN_FIGURE_WIDTH = 240;
export const MAX_FIGURE_WIDTH = 2400;
