/** JSON text parsed with an error a user can act on: what is wrong, at which line and column. */

export type JsonParse =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

export function parseJsonText(text: string): JsonParse {
  const body = text.replace(/^\ufeff/, '');
  if (body.trim().length === 0) return { ok: false, message: 'the file is empty' };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(raw);
    const at = position
      ? Number(position[1])
      : /end of JSON input/i.test(raw)
        ? body.length
        : undefined;
    // V8's wording differs across versions; keep its first clause, then say where.
    const what = raw
      .replace(/ in JSON at position \d+.*$/s, '')
      .replace(/,? ".*" is not valid JSON$/s, '')
      .replace(/ \(line \d+ column \d+\)$/, '');
    return {
      ok: false,
      message: `it is not valid JSON: ${what}${at === undefined ? '' : ` (${lineColumn(body, at)})`}`,
    };
  }
}

/** "line 3, column 7" of a 0-based offset. */
export function lineColumn(text: string, offset: number): string {
  let line = 1;
  let lastBreak = -1;
  for (let i = 0; i < Math.min(offset, text.length); i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lastBreak = i;
    }
  }
  return `line ${line}, column ${offset - lastBreak}`;
}
