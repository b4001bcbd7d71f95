/**
 * PNG from an exported SVG: drawn onto a canvas at `scale` from a blob: URL (the CSP allows
 * img-src blob:), so the pixel size is exactly the SVG's size × scale.
 */
import { withPixelDensity } from './pngDensity';

export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  scale: number,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    // Every figure paints its own background: an opaque canvas is encoded as RGB, a quarter
    // less to compress than RGBA.
    const context = canvas.getContext('2d', { alpha: false });
    if (!context) throw new Error('This browser cannot draw on a canvas.');
    // Drawn at the target size, the vector image is rasterised sharp rather than upscaled.
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The browser could not encode the PNG.');
    const bytes = withPixelDensity(new Uint8Array(await blob.arrayBuffer()), scale);
    return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/png' });
  } finally {
    URL.revokeObjectURL(url);
  }
}
