/** Counted nouns: "1 note", "2 notes", by the language's plural rules rather than `n === 1`. */
const rules = new Intl.PluralRules('en');

/** `count` with the noun form its plural category takes ("one" → `one`, else `other`). */
export function plural(count: number, one: string, other: string): string {
  return `${count.toLocaleString('en')} ${rules.select(count) === 'one' ? one : other}`;
}
