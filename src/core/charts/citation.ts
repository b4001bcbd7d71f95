/** A chart's source line: the same full citation the evidence dialog gives, one per source. */
import type { Source } from '../case/schema';
import { fullCitation } from '../compare/citation';

/** One source as a chart tooltip and a data export cite it. */
export const formatCitation = fullCitation;

/**
 * A citation followed by where in the source: "…, inferred), Alliance Anxieties, paragraph 4."
 * The citation's closing full stop moves to the end instead of standing before the comma.
 */
export function citeAt(citation: string, locator: string | undefined): string {
  if (!locator) return citation;
  const stem = citation.replace(/\.\s*$/, '');
  return `${stem}, ${locator}.`;
}

/** "Source: A" or "Sources: A; B", one citation per distinct source, in first-cited order. */
export function formatSourceLine(sources: readonly Source[]): string {
  if (sources.length === 0) return '';
  const label = sources.length === 1 ? 'Source' : 'Sources';
  return `${label}: ${sources.map(fullCitation).join('; ')}`;
}
