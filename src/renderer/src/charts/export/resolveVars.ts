/** Replaces CSS `var(--name, fallback)` references with their values, so a file stands alone. */

/**
 * Every `var(…)` in `value` resolved through `lookup` (the computed custom property), else its
 * fallback, else removed. Nested references and fallbacks are resolved too.
 */
export function resolveVars(value: string, lookup: (name: string) => string): string {
  let result = value;
  // Each pass resolves the outermost references; values may themselves hold references.
  for (let pass = 0; pass < 8 && result.includes('var('); pass += 1) {
    result = resolveOnce(result, lookup);
  }
  return result.includes('var(') ? result.replace(/var\([^()]*\)/g, '') : result;
}

function resolveOnce(value: string, lookup: (name: string) => string): string {
  let out = '';
  let i = 0;
  while (i < value.length) {
    const start = value.indexOf('var(', i);
    if (start < 0) {
      out += value.slice(i);
      break;
    }
    out += value.slice(i, start);
    const end = matchingParen(value, start + 3);
    if (end < 0) {
      out += value.slice(start);
      break;
    }
    const inner = value.slice(start + 4, end);
    const comma = topLevelComma(inner);
    const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
    const fallback = comma < 0 ? '' : inner.slice(comma + 1).trim();
    const found = lookup(name).trim();
    out += found || resolveVars(fallback, lookup);
    i = end + 1;
  }
  return out;
}

function matchingParen(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i += 1) {
    if (s[i] === '(') depth += 1;
    else if (s[i] === ')') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function topLevelComma(s: string): number {
  let depth = 0;
  for (let i = 0; i < s.length; i += 1) {
    if (s[i] === '(') depth += 1;
    else if (s[i] === ')') depth -= 1;
    else if (s[i] === ',' && depth === 0) return i;
  }
  return -1;
}
