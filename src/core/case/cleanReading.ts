/**
 * The clean reading of a plain-text extraction of a web page: what quotes are checked against.
 *
 * The extraction marks former hyperlinks as `<u>…</u>`, escapes `$` as `\$`, and splits some
 * sentences with a page break. The clean reading drops the link markup, unescapes the dollar sign
 * and collapses every run of whitespace (line and page breaks included) to one space.
 */
export function cleanReading(raw: string): string {
  return raw
    .replace(/<\/?u>/gi, '')
    .replace(/\\\$/g, '$')
    .replace(/\s+/g, ' ')
    .trim();
}
