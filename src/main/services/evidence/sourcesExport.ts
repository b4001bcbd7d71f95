/**
 * The case's sources (built-in and own) as a bibliography file for a reference manager, written
 * to `exports/<case>-sources.<ext>` and returned as text for the browser to download.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { sourceToCsl } from '../../../core/citation/sourceToCsl';
import { writeFileAtomically } from '../atomicWrite';
import { BIBLIOGRAPHY_EXTENSIONS, writeBibliography } from '../citation/writeBibliography';
import type { BibliographyFormat } from '../citation/readBibliography';
import { viewOf } from './caseView';
import type { EvidenceContext } from './evidenceContext';

export async function exportSources(
  ctx: EvidenceContext,
  caseId: string,
  format: BibliographyFormat,
): Promise<{ file: string; fileName: string; text: string; count: number }> {
  const state = await ctx.users.read(caseId);
  const { merged } = await viewOf(ctx, caseId, state.layer);
  // The key a note cites a source by (`[@hughes-rsis]`) is the key the file gives it.
  const items = merged.case.sources.map(sourceToCsl);
  const text = writeBibliography(items, format);
  const file = ctx.workspace.dir('exports', `${caseId}-sources.${BIBLIOGRAPHY_EXTENSIONS[format]}`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomically(file, text);
  return {
    file: ctx.workspace.relative(file),
    fileName: path.basename(file),
    text,
    count: items.length,
  };
}
