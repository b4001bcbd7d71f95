/** A chart's source line: the same full citation the evidence dialog gives, one per source. */
import type { Source } from '../case/schema';
import { fullCitation } from '../compare/citation';

/** One source as a chart tooltip and a data export cite it. */
export const formatCitation = fullCitation;

/** "Source: A" or "Sources: A; B", one citation per distinct source, in first-cited order. */
export function formatSourceLine(sources: readonly Source[]): string {
  if (sources.length === 0) return '';
  const label = sources.length === 1 ? 'Source' : 'Sources';
  return `${label}: ${sources.map(fullCitation).join('; ')}`;
}
