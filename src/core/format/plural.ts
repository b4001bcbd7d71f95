/**
 * Counted words ("1 claim", "2 claims", "0 rows") chosen by `Intl.PluralRules`, so every count on
 * screen, in a screen reader's text or in a message agrees on one rule instead of `n === 1`
 * tests scattered through the code.
 */
const rules = new Intl.PluralRules('en');

/** The word for `n`: `one` when English says "1 claim", `other` otherwise ("0 claims"). */
export function pluralWord(n: number, one: string, other: string): string {
  return rules.select(n) === 'one' ? one : other;
}

/** `n` with its word: `plural(1, 'claim', 'claims')` is "1 claim", `plural(1200, …)` "1,200 claims". */
export function plural(n: number, one: string, other: string): string {
  return `${n.toLocaleString('en')} ${pluralWord(n, one, other)}`;
}
