/**
 * A brief as a Word file, in the page: each chart's PNG is drawn from its SVG at 2× for the
 * readers that show no SVG. The `docx` package is loaded here only, when a DOCX is asked for.
 */
import type { Brief } from '../../../core/brief/briefModel';
import { pngBlob } from '../figures';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function briefDocxBlob(brief: Brief): Promise<Blob> {
  const { renderBriefDocx } = await import('../../../core/brief/docx/renderBriefDocx');
  const bytes = await renderBriefDocx(brief, {
    png: async (figure) => new Uint8Array(await (await pngBlob(figure, 2)).arrayBuffer()),
  });
  return new Blob([bytes.slice().buffer], { type: DOCX_MIME });
}
