/**
 * The case's sources (built-in and own) as a bibliography file for a reference manager, named
 * `<case>-sources.<ext>`; the page delivers it (`deliverFile`) as any other file taken away.
 */
import { sourceToCsl } from '../../../core/citation/sourceToCsl';
import { BIBLIOGRAPHY_EXTENSIONS, writeBibliography } from '../citation/writeBibliography';
import type { BibliographyFormat } from '../citation/readBibliography';
import { viewOf } from './caseView';
import type { EvidenceContext } from './evidenceContext';

export async function exportSources(
  ctx: EvidenceContext,
  caseId: string,
  format: BibliographyFormat,
): Promise<{ fileName: string; text: string; count: number }> {
  const state = await ctx.users.read(caseId);
  const { merged } = await viewOf(ctx, caseId, state.layer);
  // The key a note cites a source by (`[@hughes-rsis]`) is the key the file gives it.
  const items = merged.case.sources.map(sourceToCsl);
  return {
    fileName: `${caseId}-sources.${BIBLIOGRAPHY_EXTENSIONS[format]}`,
    text: writeBibliography(items, format),
    count: items.length,
  };
}
