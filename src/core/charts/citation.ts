/**
 * A chart's source line and its points' citations: the full reference the evidence dialog gives,
 * in the workspace's citation style once its processor has loaded, the plain form until then.
 */
import type { Source } from '../case/schema';
import { fullCitation } from '../compare/citation';

/** A source's full reference (a bibliography entry, as text). */
export type Reference = (source: Source) => string;

/** The plain reference that stands in while the citation style loads. */
export const formatCitation: Reference = fullCitation;

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
export function formatSourceLine(
  sources: readonly Source[],
  reference: Reference = formatCitation,
): string {
  if (sources.length === 0) return '';
  const label = sources.length === 1 ? 'Source' : 'Sources';
  return `${label}: ${sources.map((s) => reference(s)).join('; ')}`;
}
