/** A source as one line of a citation, the way a chart's source line and a data export give it. */
import type { Source } from '../case/schema';
import { formatPartialDate } from '../format/dates';

/**
 * "Christopher W. Hughes, “Japan's International Strategy…”, RSIS Commentary, S. Rajaratnam
 * School…, undated (not before Mar 2025)". Nothing is added that the record does not hold.
 */
export function formatCitation(source: Source): string {
  const parts: string[] = [];
  const authors = formatAuthors(source.authors);
  if (authors) parts.push(authors);
  parts.push(`“${source.title}”`);
  if (source.containerTitle) parts.push(source.containerTitle);
  if (source.publisher) parts.push(source.publisher);
  const date = formatSourceDate(source);
  if (date) parts.push(date);
  if (source.url) parts.push(source.url);
  return parts.join(', ');
}

function formatAuthors(authors: Source['authors']): string {
  const names = authors.map((a) => (a.given ? `${a.given} ${a.family}` : a.family));
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The date the record supports: stated, or "undated (not before …)" where it is only inferred. */
function formatSourceDate(source: Source): string {
  const date = source.date;
  if (!date) return '';
  if (date.stated) return formatPartialDate(date.stated);
  const bounds: string[] = [];
  if (date.notBefore) bounds.push(`not before ${formatPartialDate(date.notBefore)}`);
  if (date.notAfter) bounds.push(`not after ${formatPartialDate(date.notAfter)}`);
  return bounds.length > 0 ? `undated (${bounds.join(', ')})` : 'undated';
}

/** "Source: A; B", one citation per distinct source, in first-cited order. */
export function formatSourceLine(sources: readonly Source[]): string {
  if (sources.length === 0) return '';
  const label = sources.length === 1 ? 'Source' : 'Sources';
  return `${label}: ${sources.map(formatCitation).join('; ')}.`;
}
