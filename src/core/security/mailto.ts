/**
 * A `mailto:` link keeps only its recipients, `subject` and `body`: any other header a link can
 * carry (`cc`, `bcc`, `to`, `attach`, `in-reply-to`…) could send the analyst's mail somewhere
 * else or attach a file, unseen. Parsed by hand after RFC 6068, since URLSearchParams reads `+`
 * as a space, which in a mailto header it is not.
 */

const KEPT = ['subject', 'body'] as const;

/** The link with every header but `subject` and `body` removed; null when it is no mailto link. */
export function cleanMailtoUrl(raw: string): string | null {
  const href = raw.trim();
  if (!/^mailto:/i.test(href)) return null;
  const rest = href.slice('mailto:'.length);
  const at = rest.indexOf('?');
  const recipients = at < 0 ? rest : rest.slice(0, at);
  const query = at < 0 ? '' : rest.slice(at + 1);
  if (/\s/.test(recipients) || [...recipients].some(isControl)) return null;
  const kept = new Map<string, string>();
  for (const field of query.split('&')) {
    const eq = field.indexOf('=');
    if (eq < 0) continue;
    const name = field.slice(0, eq).toLowerCase();
    if (!(KEPT as readonly string[]).includes(name) || kept.has(name)) continue;
    const value = decodeField(field.slice(eq + 1));
    if (value !== null) kept.set(name, value);
  }
  const headers = KEPT.filter((name) => kept.has(name)).map(
    (name) => `${name}=${encodeURIComponent(kept.get(name) ?? '')}`,
  );
  return `mailto:${recipients}${headers.length > 0 ? `?${headers.join('&')}` : ''}`;
}

function isControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}

function decodeField(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
