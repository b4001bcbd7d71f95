/**
 * The CSL-JSON fields that need more than a type check to become a source's: names (particles
 * joined, literal names kept), the issued date (to the precision given) and an http(s) URL.
 * Whatever cannot be kept is reported through `warn`, by its path inside the item.
 */
import { z } from 'zod';
import { dayRange } from '../../case/dates';
import type { CslName } from '../../user/items';

/** Reports a field left out or shortened, at `path` inside the item. */
export type CslWarn = (path: (string | number)[], message: string) => void;

const Text = z.string();
export const CslNameRaw = z.looseObject({
  family: Text.optional(),
  given: Text.optional(),
  literal: Text.optional(),
  'non-dropping-particle': Text.optional(),
  'dropping-particle': Text.optional(),
  suffix: Text.optional(),
});
export const CslDateRaw = z.looseObject({
  'date-parts': z.array(z.array(z.union([z.number(), z.string()])).max(3)).optional(),
  raw: Text.optional(),
  literal: Text.optional(),
});

export function cslNames(
  list: readonly z.infer<typeof CslNameRaw>[],
  path: (string | number)[],
  warn: CslWarn,
): CslName[] {
  const out: CslName[] = [];
  list.slice(0, 200).forEach((n, k) => {
    const family = [n['non-dropping-particle'], n.family]
      .filter((s) => s?.trim())
      .join(' ')
      .trim();
    const given = [n.given, n['dropping-particle']]
      .filter((s) => s?.trim())
      .join(' ')
      .trim();
    const literal = n.literal?.trim();
    if (family)
      out.push({ family: family.slice(0, 200), ...(given ? { given: given.slice(0, 200) } : {}) });
    else if (literal) out.push({ literal: literal.slice(0, 300) });
    else if (given) out.push({ literal: given.slice(0, 300) });
    else warn([...path, k], 'a name with no family, given or literal part; it was left out');
  });
  return out;
}

/** `issued` as YYYY, YYYY-MM or YYYY-MM-DD, to the precision the item gives. */
export function cslDate(
  date: z.infer<typeof CslDateRaw>,
  path: (string | number)[],
  warn: CslWarn,
): string | undefined {
  const parts = date['date-parts']?.[0];
  if (parts && parts.length > 0) {
    const [y, m, d] = parts.map((p) => (typeof p === 'number' ? p : Number(String(p).trim())));
    if (y === undefined || !Number.isInteger(y) || y < 1000 || y > 9999) {
      warn(
        [...path, 'date-parts', 0, 0],
        `'${parts[0]}' is not a year Diptych can show; the date was left out`,
      );
      return undefined;
    }
    const pad = (n: number) => String(n).padStart(2, '0');
    // Months 13–24 are CSL seasons: the year is kept, the season dropped.
    if (m === undefined || !Number.isInteger(m) || m < 1 || m > 12) return String(y);
    const month = `${y}-${pad(m)}`;
    if (d === undefined || !Number.isInteger(d)) return month;
    const day = `${month}-${pad(d)}`;
    if (!dayRange(day)) {
      warn([...path, 'date-parts', 0, 2], `${day} is not a calendar date; the day was left out`);
      return month;
    }
    return day;
  }
  const raw = (date.raw ?? date.literal ?? '').trim();
  const iso = /^(\d{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?/.exec(raw);
  if (iso && dayRange(iso[0])) return iso[0];
  const year = /\b(1\d{3}|20\d{2})\b/.exec(raw);
  if (year) return year[1];
  if (raw) warn([...path], `'${raw.slice(0, 40)}' is not a date Diptych can read; it was left out`);
  return undefined;
}

/** The URL if it is an http(s) address of at most 2,000 characters. */
export function httpUrl(text: string): string | undefined {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && text.length <= 2000
      ? text
      : undefined;
  } catch {
    return undefined;
  }
}
