/**
 * Citations of a source, from what the case records and nothing more: a missing date is "n.d.",
 * an inferred one says so, a missing publisher is left out, never guessed.
 */
import type { Source } from '../case/schema';
import { formatPartialDate } from '../format/dates';

type Person = Source['authors'][number];
type SourceDate = NonNullable<Source['date']>;

/** `2025` → "2025", `2025-03` → "March 2025", `2025-03-04` → "4 March 2025". */
export function formatLongDate(date: string): string {
  return formatPartialDate(date, 'long');
}

/** The publication date as the source supports it, e.g. "n.d. (in or after March 2025, inferred)". */
export function sourceDateText(date: SourceDate | undefined): string {
  if (!date) return 'n.d.';
  const inferred = date.inferred ? ', inferred' : '';
  if (date.stated) {
    return date.inferred
      ? `${formatLongDate(date.stated)} (inferred)`
      : formatLongDate(date.stated);
  }
  const { notBefore, notAfter } = date;
  if (notBefore && notAfter) {
    return notBefore === notAfter
      ? `n.d. (${formatLongDate(notBefore)}${inferred})`
      : `n.d. (between ${formatLongDate(notBefore)} and ${formatLongDate(notAfter)}${inferred})`;
  }
  if (notBefore) return `n.d. (in or after ${formatLongDate(notBefore)}${inferred})`;
  if (notAfter) return `n.d. (in or before ${formatLongDate(notAfter)}${inferred})`;
  return 'n.d.';
}

/** "Hughes", "Hughes and Tanaka", "Hughes et al."; an unsigned source has no author part. */
export function authorsShort(authors: readonly Person[]): string {
  const [first, second] = authors;
  if (!first) return '';
  if (authors.length === 1) return first.family;
  if (authors.length === 2 && second) return `${first.family} and ${second.family}`;
  return `${first.family} et al.`;
}

/** "Hughes, Christopher W.", then "Jane Tanaka" style for the others, joined with "and". */
export function authorsFull(authors: readonly Person[]): string {
  const names = authors.map((a, i) => {
    if (!a.given) return a.family;
    return i === 0 ? `${a.family}, ${a.given}` : `${a.given} ${a.family}`;
  });
  if (names.length <= 1) return names[0] ?? '';
  if (names.length === 2) return `${names[0]}, and ${names[1]}`;
  return `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]}`;
}

/** The short form shown under a quote: "Hughes, RSIS Commentary". */
export function shortCitation(source: Source): string {
  const where = source.containerTitle ?? source.publisher ?? source.title;
  const who = authorsShort(source.authors);
  return who ? `${who}, ${where}` : where;
}

/** A full reference, in the order author, title, container, publisher, date, URL. */
export function fullCitation(source: Source): string {
  const parts: string[] = [];
  const who = authorsFull(source.authors);
  if (who) parts.push(endWithPeriod(who));
  parts.push(`“${endWithPeriod(source.title)}”`);
  if (source.containerTitle) parts.push(endWithPeriod(source.containerTitle));
  const date = sourceDateText(source.date);
  parts.push(endWithPeriod(source.publisher ? `${source.publisher}, ${date}` : date));
  if (source.url) parts.push(source.url);
  return parts.join(' ');
}

function endWithPeriod(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
