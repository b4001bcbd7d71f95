/** The rules a quote must follow: verbatim, at most one sentence, at most 50 words. */

export const MAX_QUOTE_WORDS = 50;

/** Counts words as whitespace-separated tokens holding a letter or digit (a dash is no word). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

// Tokens that end in a full stop without ending a sentence ("Dr. Colby", "Gen. Smith").
const ABBREVIATIONS = new Set(
  [
    'dr mr mrs ms mx prof st jr sr gen col lt capt sgt maj adm gov sen rep rev hon amb pres',
    'no nos vol fig pp vs etc cf al approx inc ltd co corp',
    'jan feb mar apr jun jul aug sep sept oct nov dec',
  ]
    .join(' ')
    .split(' '),
);

// Sentence-ending punctuation, closing quotes or brackets, a space, opening ones, a capital.
const BOUNDARY = /[.!?]["'”’)\]]*\s+["'“‘([]*\p{Lu}/gu;

/** Whether the full stop at `index` ends an abbreviation or an initial rather than a sentence. */
function isAbbreviation(text: string, index: number): boolean {
  const token = /[^\s"'“‘([]*$/u.exec(text.slice(0, index))?.[0] ?? '';
  if (token === '') return false;
  // A single capital ("Christopher W. Hughes") or a dotted form ("U.S.", "e.g.").
  if (/^\p{Lu}$/u.test(token) || token.includes('.')) return true;
  return ABBREVIATIONS.has(token.toLowerCase());
}

/**
 * The offset of the first sentence boundary inside a quote, or undefined when it holds at most one
 * sentence. Punctuation at the very end of the quote is no boundary: there is nothing after it.
 */
export function sentenceBoundary(text: string): number | undefined {
  for (const match of text.matchAll(BOUNDARY)) {
    const at = match.index;
    if (text[at] === '.' && isAbbreviation(text, at)) continue;
    return at;
  }
  return undefined;
}

/** Leftovers of the plain-text extraction that a clean-reading quote never contains. */
export function extractionArtifact(text: string): string | undefined {
  if (/<\/?u>/i.test(text)) return 'the link markup <u>…</u>';
  if (text.includes('\\$')) return 'the escaped dollar sign \\$';
  if (/\s{2,}|\n/.test(text)) return 'a line break or a run of spaces';
  return undefined;
}
