/**
 * Pandoc's citation syntax in notes: `[@key]`, `[@key, p. 3]`, `[see @a, chap. 2; also @b]`,
 * `[-@key]` (author suppressed). Parsed here into cites a CSL processor formats; the syntax is
 * Pandoc's so a note exported as Markdown still cites through `pandoc --citeproc`.
 */

export interface PandocCite {
  readonly key: string;
  readonly prefix?: string;
  /** The locator's value (`3`, `33-35`) and its CSL label (`page`, `chapter`…). */
  readonly locator?: string;
  readonly label?: string;
  readonly suffix?: string;
  readonly suppressAuthor?: boolean;
}

export interface PandocCitation {
  /** The text matched, brackets included. */
  readonly raw: string;
  readonly cites: readonly PandocCite[];
}

// A key starts with a letter, digit or _, and may hold internal punctuation (Pandoc's rule).
const KEY = /^(-?)@([\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_]))*)/u;

const LABELS: readonly (readonly [RegExp, string])[] = [
  [/^(p|pp|page|pages)\.?$/i, 'page'],
  [/^(chap|chaps|ch|chapter|chapters)\.?$/i, 'chapter'],
  [/^(sec|secs|section|sections|§|§§)\.?$/i, 'section'],
  [/^(para|paras|paragraph|paragraphs|¶|¶¶)\.?$/i, 'paragraph'],
  [/^(fig|figs|figure|figures)\.?$/i, 'figure'],
  [/^(vol|vols|volume|volumes)\.?$/i, 'volume'],
  [/^(n|nn|note|notes)\.?$/i, 'note'],
  [/^(l|ll|line|lines)\.?$/i, 'line'],
  [/^(bk|bks|book|books)\.?$/i, 'book'],
];

/**
 * The citation at the start of `src`, or undefined: it must open with `[`, close with the
 * matching `]` on the same paragraph, and every `;`-separated part must hold one `@key`.
 */
export function parsePandocCitation(src: string): PandocCitation | undefined {
  if (!src.startsWith('[')) return undefined;
  const end = closingBracket(src);
  if (end < 0) return undefined;
  const inner = src.slice(1, end);
  if (!inner.includes('@') || /\n\s*\n/.test(inner)) return undefined;
  // `[text](url)` and `[text][ref]` are links, not citations.
  if (src[end + 1] === '(' || src[end + 1] === '[') return undefined;
  const cites: PandocCite[] = [];
  for (const part of inner.split(';')) {
    const cite = parsePart(part);
    if (!cite) return undefined;
    cites.push(cite);
  }
  return { raw: src.slice(0, end + 1), cites };
}

function closingBracket(src: string): number {
  let depth = 0;
  for (let i = 0; i < src.length && i < 2000; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return i;
  }
  return -1;
}

function parsePart(part: string): PandocCite | undefined {
  const at = part.search(/-?@/);
  if (at < 0) return undefined;
  const before = part.slice(0, at);
  // The key must start a word: `me@example.org` is no citation.
  if (before !== '' && !/\s$/.test(before)) return undefined;
  const match = KEY.exec(part.slice(at));
  if (!match) return undefined;
  const prefix = before.trim();
  const rest = part.slice(at + match[0].length);
  return {
    key: match[2]!,
    ...(prefix ? { prefix } : {}),
    ...(match[1] === '-' ? { suppressAuthor: true } : {}),
    ...locatorOf(rest),
  };
}

/** `, p. 3, emphasis added` → locator 3, label page, suffix ", emphasis added". */
function locatorOf(rest: string): Pick<PandocCite, 'locator' | 'label' | 'suffix'> {
  const trimmed = rest.trimEnd();
  if (trimmed.trim() === '') return {};
  const comma = /^\s*,\s*(.*)$/s.exec(trimmed);
  if (!comma) return { suffix: trimmed.trim() };
  const text = comma[1]!;
  const [head, ...tail] = text.split(',');
  const words = head!.trim().split(/\s+/);
  const label = LABELS.find(([re]) => re.test(words[0] ?? ''))?.[1];
  const value = (label ? words.slice(1) : words).join(' ');
  // A bare number is a page (Pandoc's rule); other text without a label is a suffix.
  if (!label && !/^[\divxlcdm]+([-–,]\s*[\divxlcdm]+)*$/i.test(value))
    return { suffix: `, ${text}` };
  const suffix = tail.length > 0 ? `,${tail.join(',')}` : '';
  return {
    locator: value,
    ...(label && label !== 'page' ? { label } : { label: 'page' }),
    ...(suffix ? { suffix } : {}),
  };
}
